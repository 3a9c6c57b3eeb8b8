import { z } from 'zod';
import { UserError } from '../../errors.js';
import type { AccountChoice } from './account-service.js';
import type { CallFields } from './call-service.js';
import { CALL_OUTCOMES, CALL_TYPES, DEAL_STAGES } from './rules.js';
import { ACCOUNT_NAME_MAX, NOTES_MAX } from './text-rules.js';

/** Slack's limit on a button value. */
const BUTTON_VALUE_MAX = 2000;

/**
 * A quick-syntax call waiting for the rep to pick an account, carried on the prompt's buttons.
 * It keeps the command's sourceKey, so pressing two of the buttons still logs one call.
 */
const pendingSchema = z.object({
  k: z.string().min(1).max(300),
  n: z.string().min(1).max(ACCOUNT_NAME_MAX),
  a: z.string().min(1).max(64).optional(),
  f: z.object({
    occurredAt: z.iso.datetime(),
    type: z.enum(CALL_TYPES).optional(),
    outcome: z.enum(CALL_OUTCOMES).optional(),
    stage: z.enum(DEAL_STAGES).optional(),
    value: z.string().regex(/^\d+(\.\d{1,2})?$/).optional(),
    notes: z.string().max(NOTES_MAX).optional(),
  }),
});

export type PendingCall = { sourceKey: string; name: string; fields: CallFields };

/** The button value that logs `pending` at `accountId`, or as a new account when none is given. */
export function encodePending(pending: PendingCall, accountId?: string): string {
  const { occurredAt, type, outcome, stage, value, notes } = pending.fields;
  const value_ = JSON.stringify({
    k: pending.sourceKey,
    n: pending.name,
    ...(accountId ? { a: accountId } : {}),
    f: { occurredAt: occurredAt.toISOString(), type, outcome, stage, value, notes },
  });
  if (value_.length > BUTTON_VALUE_MAX) throw new UserError('calls.pending_too_big');
  return value_;
}

export function decodePending(value: string): { sourceKey: string; account: AccountChoice; fields: CallFields } {
  let json: unknown;
  try {
    json = JSON.parse(value);
  } catch {
    throw new UserError('calls.pending_invalid');
  }
  const parsed = pendingSchema.safeParse(json);
  if (!parsed.success) throw new UserError('calls.pending_invalid');
  const { k, n, a, f } = parsed.data;
  return {
    sourceKey: k,
    account: a ? { accountId: a } : { newName: n },
    fields: { ...f, occurredAt: new Date(f.occurredAt) },
  };
}
