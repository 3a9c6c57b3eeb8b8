/** A token bucket: `perMinute` tokens come back per minute, at most `burst` are kept. */
export type BucketRule = { perMinute: number; burst: number };

export type BucketState = { tokens: number; refilledAt: Date; pausedUntil: Date | null };

/**
 * A clock that moved back further than this (a test rewinding its clock, a restored VM) cannot be
 * reasoned about: the bucket starts afresh. Instances' clocks disagree by far less than this.
 */
export const CLOCK_REWIND_MS = 60_000;

export const fullBucket = (rule: BucketRule, now: Date): BucketState => ({ tokens: rule.burst, refilledAt: now, pausedUntil: null });

/** The bucket at `now`: tokens earned since refilledAt, capped at burst. */
export function refill(state: BucketState, rule: BucketRule, now: Date): BucketState {
  const elapsed = now.getTime() - state.refilledAt.getTime();
  if (elapsed < -CLOCK_REWIND_MS) return fullBucket(rule, now);
  if (elapsed <= 0) return state;
  return { ...state, tokens: Math.min(rule.burst, state.tokens + (elapsed * rule.perMinute) / 60_000), refilledAt: now };
}

export type TakeResult = { taken: number; state: BucketState } | { taken: 0; waitMs: number; paused: boolean };

/**
 * Takes up to `want` whole tokens at `now` (at least one), or says how long to wait: until the pause
 * after a 429 is over, else until the next whole token has been earned.
 */
export function takeTokens(state: BucketState, rule: BucketRule, now: Date, want = 1): TakeResult {
  const current = refill(state, rule, now);
  if (current.pausedUntil && current.pausedUntil > now) {
    return { taken: 0, waitMs: current.pausedUntil.getTime() - now.getTime(), paused: true };
  }
  const taken = Math.min(Math.max(1, want), Math.floor(current.tokens));
  if (taken >= 1) return { taken, state: { ...current, tokens: current.tokens - taken, pausedUntil: null } };
  return { taken: 0, waitMs: Math.ceil(((1 - current.tokens) * 60_000) / rule.perMinute), paused: false };
}

/** After a 429: nobody takes a token before `until`, and the bucket restarts empty so the first minute after is not a burst. */
export function pauseBucket(state: BucketState, rule: BucketRule, now: Date, until: Date): BucketState {
  const current = refill(state, rule, now);
  const pausedUntil = current.pausedUntil && current.pausedUntil > until ? current.pausedUntil : until;
  return { tokens: 0, refilledAt: now, pausedUntil };
}
