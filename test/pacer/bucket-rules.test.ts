import { describe, expect, it } from 'vitest';
import { pauseBucket, refill, takeTokens, type BucketState } from '../../src/pacer/bucket-rules.js';

const T0 = new Date('2026-11-24T16:00:00Z');
const at = (ms: number) => new Date(T0.getTime() + ms);
const rule = { perMinute: 60, burst: 3 };
const state = (tokens: number, refilledMs = 0, pausedMs?: number): BucketState =>
  ({ tokens, refilledAt: at(refilledMs), pausedUntil: pausedMs === undefined ? null : at(pausedMs) });

describe('refill', () => {
  it.each([
    ['earns perMinute/60 tokens a second', state(0), 1500, 1.5],
    ['never holds more than burst', state(2), 60_000, 3],
    ['earns nothing when no time has passed', state(0.5), 0, 0.5],
    ['ignores a clock a little behind the last writer (another instance)', state(1, 30_000), 0, 1],
    ['starts afresh (full) when the clock went back more than a minute', state(0, 120_000), 0, 3],
  ])('%s', (_name, before, nowMs, tokens) => {
    expect(refill(before, rule, at(nowMs)).tokens).toBeCloseTo(tokens);
  });
});

describe('takeTokens', () => {
  it.each([
    ['takes a whole token', state(1.2), 0, 1, { taken: 1 }],
    ['takes as many whole tokens as wanted and there are', state(2.5), 0, 5, { taken: 2 }],
    ['waits until the next whole token is earned', state(0.25), 0, 1, { taken: 0, waitMs: 750, paused: false }],
    ['waits out a pause even with tokens left', state(3, 0, 5000), 1000, 1, { taken: 0, waitMs: 4000, paused: true }],
    ['takes again once the pause is over', state(0, 0, 5000), 5000, 2, { taken: 2 }],
  ])('%s', (_name, before, nowMs, want, expected) => {
    expect(takeTokens(before, rule, at(nowMs), want)).toMatchObject(expected);
  });

  it('a higher budget waits less: 300/min earns a token every 200 ms', () => {
    expect(takeTokens(state(0), { perMinute: 300, burst: 10 }, T0)).toMatchObject({ waitMs: 200 });
  });
});

describe('pauseBucket', () => {
  it('empties the bucket and pauses it until Retry-After', () => {
    expect(pauseBucket(state(3), rule, at(0), at(30_000))).toEqual({ tokens: 0, refilledAt: at(0), pausedUntil: at(30_000) });
  });

  it('keeps the later of two pauses (two 429s, two instances)', () => {
    expect(pauseBucket(state(0, 0, 60_000), rule, at(1000), at(30_000)).pausedUntil).toEqual(at(60_000));
  });
});
