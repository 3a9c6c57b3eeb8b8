export const MAX_ATTEMPTS = 5;
const BASE_BACKOFF_MS = 30_000;
const MAX_BACKOFF_MS = 15 * 60_000;

/** Slack errors that no retry can fix: the row fails at once. */
const PERMANENT_ERRORS = new Set([
  'channel_not_found', 'user_not_found', 'user_disabled', 'not_in_channel', 'is_archived', 'invalid_blocks',
  'msg_blocks_too_long', 'no_text', 'messages_tab_disabled', 'invalid_auth', 'account_inactive', 'token_revoked',
  'missing_scope', 'not_authed',
]);

/** Errors of a channel that cannot take the message now but may later (the bot is invited, the channel restored). */
const UNDELIVERABLE_ERRORS = new Set(['not_in_channel', 'is_archived', 'channel_not_found']);

type SlackError = { code?: string; retryAfter?: number; data?: { error?: string }; message?: string };

export type FailureOutcome =
  | { status: 'pending'; nextAttemptAt: Date; attempts: number; lastError: string }
  | { status: 'failed'; attempts: number; lastError: string };

/**
 * What to do with a row whose send threw. A 429 goes back to pending after Retry-After and is not
 * counted as an attempt (being rate limited is not the message's fault); permanent Slack errors fail
 * at once; anything else backs off exponentially (30 s, 1 min, 2 min, …, at most 15 min) until
 * MAX_ATTEMPTS attempts have failed.
 */
export function outcomeOfFailure(error: unknown, attemptsBefore: number, now: Date): FailureOutcome {
  const e = (error ?? {}) as SlackError;
  if (e.code === 'slack_webapi_rate_limited_error') {
    const seconds = Number.isFinite(e.retryAfter) && (e.retryAfter ?? 0) > 0 ? (e.retryAfter as number) : 1;
    return { status: 'pending', nextAttemptAt: new Date(now.getTime() + seconds * 1000), attempts: attemptsBefore, lastError: 'ratelimited' };
  }
  const reason = slackErrorOf(error);
  const attempts = attemptsBefore + 1;
  if (PERMANENT_ERRORS.has(reason) || attempts >= MAX_ATTEMPTS) return { status: 'failed', attempts, lastError: reason };
  const delay = Math.min(BASE_BACKOFF_MS * 2 ** (attempts - 1), MAX_BACKOFF_MS);
  return { status: 'pending', nextAttemptAt: new Date(now.getTime() + delay), attempts, lastError: reason };
}

/** The Slack error code of a failed Web API call ("not_in_channel"), else the error's code or message. */
export function slackErrorOf(error: unknown): string {
  const e = (error ?? {}) as SlackError;
  return e.data?.error ?? e.code ?? e.message ?? String(error);
}

export function isUndeliverable(error: unknown): boolean {
  return UNDELIVERABLE_ERRORS.has(slackErrorOf(error));
}
