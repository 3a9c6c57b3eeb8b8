import type { MessageKey, MessageParams } from './i18n/index.js';

/**
 * An error the user can fix or must be told about. Carries an i18n key, never a sentence: the
 * boundary in src/slack/error-boundary.ts translates it for the person who caused it.
 */
export class UserError extends Error {
  override name = 'UserError';
  constructor(
    readonly key: MessageKey,
    readonly params: MessageParams = {},
  ) {
    super(key);
  }
}

/** The actor may not do this; the message says who can. */
export class ForbiddenError extends UserError {
  override name = 'ForbiddenError';
}
