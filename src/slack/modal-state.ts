import { z } from 'zod';
import { UserError } from '../errors.js';
import type { Translate } from '../i18n/index.js';

const stateValueSchema = z.looseObject({
  value: z.string().nullish(),
  selected_option: z.looseObject({ value: z.string() }).nullish(),
  selected_options: z.array(z.looseObject({ value: z.string() })).nullish(),
  selected_date: z.string().nullish(),
  selected_time: z.string().nullish(),
  selected_conversation: z.string().nullish(),
  selected_user: z.string().nullish(),
});
const stateSchema = z.record(z.string(), z.record(z.string(), stateValueSchema));
export type StateValue = z.infer<typeof stateValueSchema>;

/** `view.state.values` → a reader by block and action id; a malformed state reads as empty fields. */
export function modalState(raw: unknown): (blockId: string, actionId?: string) => StateValue {
  const parsed = stateSchema.safeParse(raw);
  const state = parsed.success ? parsed.data : {};
  return (blockId, actionId = blockId) => state[blockId]?.[actionId] ?? {};
}

/**
 * Reads fields one by one; a UserError thrown by a reader becomes that block's inline error
 * (`ack({ response_action: 'errors', errors })`), so the user sees every problem at once.
 */
export function fieldErrors<B extends string>(t: Translate) {
  const errors: Partial<Record<B, string>> = {};
  const field = <T>(blockId: B, read: () => T): T | undefined => {
    try {
      return read();
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      errors[blockId] ??= t(error.key, error.params);
      return undefined;
    }
  };
  return { field, errors, hasErrors: () => Object.keys(errors).length > 0 };
}

/** The chosen value when it is one of `values`; a forged one is refused. */
export function oneOf<T extends string>(values: readonly T[], value: string | null | undefined, invalid: UserError): T | undefined {
  if (value === undefined || value === null) return undefined;
  if ((values as readonly string[]).includes(value)) return value as T;
  throw invalid;
}
