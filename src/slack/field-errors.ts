import { UserError } from '../errors.js';
import type { Translate } from '../i18n/index.js';

/**
 * Reads a form field by field: `field(blockId, read)` answers what `read` returns, or records the
 * UserError it throws as that block's translated error, so the user sees every problem at once
 * (`ack({ response_action: 'errors', errors })`).
 */
export function fieldErrors<B extends string>(t: Translate) {
  const errors: Partial<Record<B, string>> = {};
  const field = <T>(blockId: B, read: () => T): T | undefined => {
    try {
      return read();
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      errors[blockId] = t(error.key, error.params);
      return undefined;
    }
  };
  return { errors, field };
}
