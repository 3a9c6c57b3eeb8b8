import { z } from 'zod';
import { UserError } from '../../errors.js';
import type { Translate } from '../../i18n/index.js';
import { fieldErrors } from '../../slack/modal-state.js';
import { minorDigitsOf } from '../../money.js';
import { isValidLocalDay, localDayOf } from '../../time/local-time.js';
import type { AccountChoice } from './account-service.js';
import type { CallInput } from './call-service.js';
import { ACCOUNT_SELECT_ACTION, CALL_BLOCKS, type CallBlock } from './ids.js';
import { CALL_OUTCOMES, CALL_TYPES, DEAL_STAGES, VALUE_MAX } from './rules.js';
import { checkAccountName, checkFreeText, NOTES_MAX, SHORT_TEXT_MAX } from './text-rules.js';
import { resolveOccurredAt } from './when-rules.js';

const stateValueSchema = z.looseObject({
  value: z.string().nullish(),
  selected_option: z.looseObject({ value: z.string() }).nullish(),
  selected_date: z.string().nullish(),
  selected_time: z.string().nullish(),
});
const stateSchema = z.record(z.string(), z.record(z.string(), stateValueSchema));
type StateValue = z.infer<typeof stateValueSchema>;

export type ModalResult = { input: CallInput } | { errors: Partial<Record<CallBlock, string>> };

const B = CALL_BLOCKS;
const DECIMAL = /^\d+(\.\d+)?$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

function accountOf(value: string | undefined): AccountChoice {
  if (value?.startsWith('id:') && value.length > 3) return { accountId: value.slice(3) };
  if (value?.startsWith('new:')) return { newName: checkAccountName(value.slice(4)) };
  throw new UserError('calls.account_pick');
}

function oneOf<T extends string>(values: readonly T[], value: string | undefined): T | undefined {
  if (value === undefined) return undefined;
  if ((values as readonly string[]).includes(value)) return value as T;
  throw new UserError('calls.select_invalid');
}

/** Slack's number_input sends plain digits with a dot; whole numbers only for currencies without cents (IDR). */
function amountOf(text: string | undefined, currency: string): string | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  const amount = Number(text.trim());
  if (!DECIMAL.test(text.trim()) || amount > VALUE_MAX) throw new UserError('calls.value_modal_invalid');
  const decimals = text.trim().split('.')[1]?.length ?? 0;
  if (decimals > minorDigitsOf(currency)) {
    throw new UserError(minorDigitsOf(currency) === 0 ? 'calls.value_modal_whole' : 'calls.value_modal_invalid', { currency });
  }
  return String(amount);
}

function dayOf(day: string | undefined, required: boolean): string | undefined {
  if (day === undefined) {
    if (required) throw new UserError('calls.date_required');
    return undefined;
  }
  if (!isValidLocalDay(day)) throw new UserError('calls.date_invalid', { token: day });
  return day;
}

/**
 * The Log a call form → a call, or one translated error per field (Slack shows them inline).
 * Every field is checked, so the rep sees all problems at once.
 */
export function readCallModal(rawState: unknown, context: { t: Translate; now: Date; tz: string; currency: string }): ModalResult {
  const parsed = stateSchema.safeParse(rawState);
  const state = parsed.success ? parsed.data : {};
  const at = (blockId: string, actionId = blockId): StateValue => state[blockId]?.[actionId] ?? {};
  const { errors, field } = fieldErrors<CallBlock>(context.t);
  const time = field(B.time, () => {
    const value = at(B.time).selected_time ?? undefined;
    if (value !== undefined && !TIME.test(value)) throw new UserError('calls.time_invalid');
    return value;
  });
  const occurredAt = field(time ? B.time : B.day, () =>
    resolveOccurredAt({ day: dayOf(at(B.day).selected_date ?? undefined, true), time, now: context.now, tz: context.tz }));
  const input = {
    account: field(B.account, () => accountOf(at(B.account, ACCOUNT_SELECT_ACTION).selected_option?.value)),
    contact: field(B.contact, () => checkFreeText(at(B.contact).value, SHORT_TEXT_MAX)),
    type: field(B.type, () => oneOf(CALL_TYPES, at(B.type).selected_option?.value)),
    outcome: field(B.outcome, () => oneOf(CALL_OUTCOMES, at(B.outcome).selected_option?.value)),
    value: field(B.value, () => amountOf(at(B.value).value ?? undefined, context.currency)),
    stage: field(B.stage, () => oneOf(DEAL_STAGES, at(B.stage).selected_option?.value)),
    nextStep: field(B.nextStep, () => checkFreeText(at(B.nextStep).value, SHORT_TEXT_MAX, { allowMentions: true })),
    nextStepDate: field(B.nextStepDate, () => {
      const day = dayOf(at(B.nextStepDate).selected_date ?? undefined, false);
      if (day && occurredAt && day < localDayOf(occurredAt, context.tz)) throw new UserError('calls.next_step_before_call');
      return day;
    }),
    notes: field(B.notes, () => checkFreeText(at(B.notes).value, NOTES_MAX, { allowMentions: true })),
  };
  if (Object.keys(errors).length > 0 || !input.account || !occurredAt) return { errors };
  return { input: { ...input, account: input.account, occurredAt } };
}
