import { describe, expect, it } from 'vitest';
import { MAX_ATTEMPTS, outcomeOfFailure } from '../../src/outbox/retry-rules.js';

const now = new Date('2026-11-24T16:00:00Z');
const platform = (error: string) => ({ code: 'slack_webapi_platform_error', data: { error } });

describe('outcomeOfFailure', () => {
  it('puts a 429 back after Retry-After without counting an attempt', () => {
    expect(outcomeOfFailure({ code: 'slack_webapi_rate_limited_error', retryAfter: 7 }, 2, now)).toEqual({
      status: 'pending', nextAttemptAt: new Date('2026-11-24T16:00:07Z'), attempts: 2, lastError: 'ratelimited',
    });
  });

  it.each([
    [0, '2026-11-24T16:00:30.000Z'],
    [1, '2026-11-24T16:01:00.000Z'],
    [3, '2026-11-24T16:04:00.000Z'],
  ])('backs off exponentially after %i earlier failures', (attempts, next) => {
    const outcome = outcomeOfFailure(platform('internal_error'), attempts, now);
    expect(outcome).toMatchObject({ status: 'pending', attempts: attempts + 1, lastError: 'internal_error' });
    expect(outcome.status === 'pending' && outcome.nextAttemptAt.toISOString()).toBe(next);
  });

  it('fails after the last attempt', () => {
    expect(outcomeOfFailure(new Error('socket hang up'), MAX_ATTEMPTS - 1, now)).toMatchObject({ status: 'failed', attempts: MAX_ATTEMPTS });
  });

  it.each(['channel_not_found', 'user_not_found', 'invalid_blocks', 'token_revoked'])('fails at once on %s', (error) => {
    expect(outcomeOfFailure(platform(error), 0, now)).toMatchObject({ status: 'failed', attempts: 1, lastError: error });
  });
});
