/**
 * Slack's rate limits, enforced by the fake: a token bucket per Web API method for the workspace
 * (the method's tier, or a per-test limit), about one chat.postMessage per second per channel, and
 * Retry-After. Every call that arrives while a Retry-After of its method is in force is a violation:
 * Slack answers 429 again and may disable an app that keeps doing it; the fake answers 429 and
 * remembers the call so the test fails (see FakeSlack.close and callsDuringRetryAfter).
 */
import { CLOCK_REWIND_MS, fullBucket, takeTokens, type BucketRule, type BucketState } from '../../src/pacer/bucket-rules.js';
import type { RateTier } from './fake-slack-spec.js';
import { str, type Args } from './fake-slack-types.js';

/** `burst` tokens at most, `perMinute` back per minute. */
export type FakeLimit = BucketRule;

export type FakeLimits = {
  /** Workspace limits per method; 'off' for none. Methods left out use their tier (below). */
  methods?: Record<string, FakeLimit | 'off'>;
  /** chat.postMessage per channel (a DM's user id counts as its channel). */
  channel?: FakeLimit | 'off';
  /** Every limit off (the bench's "app's own ceiling"); Retry-After from injected 429s still counts. */
  off?: boolean;
};

/** Slack's documented per-minute floor of each tier; chat.postMessage's workspace limit ("several hundred") is 300 here. */
const TIER_PER_MINUTE: Record<RateTier, number | undefined> = { t1: 1, t2: 20, t3: 50, t4: 100, t5: undefined };
const POST_MESSAGE_PER_MINUTE = 300;
/**
 * Default bursts: a whole minute's allowance (Slack evaluates "per minute" and lets bursts through),
 * so ordinary tests with a frozen clock are not slowed; fan-out tests set tight bursts themselves.
 */
const DEFAULT_CHANNEL: FakeLimit = { perMinute: 60, burst: 5 };


export class FakeRateLimits {
  private limits: FakeLimits = {};
  private readonly buckets = new Map<string, BucketState>();
  private readonly pauses = new Map<string, { from: number; until: number }>();

  constructor(private readonly now: () => Date, private readonly tiers: ReadonlyMap<string, RateTier>) {}

  set(limits: FakeLimits): void {
    this.limits = { ...this.limits, ...limits, methods: { ...this.limits.methods, ...limits.methods } };
    this.buckets.clear();
  }

  reset(): void {
    this.limits = {};
    this.buckets.clear();
    this.pauses.clear();
  }

  /** Seconds left of a Retry-After of `method` in force now, else undefined. */
  retryAfterLeft(method: string): number | undefined {
    const now = this.now().getTime();
    const pause = this.pauses.get(method);
    // A test that rewound its clock has left the pause behind.
    if (!pause || pause.until <= now || now < pause.from - CLOCK_REWIND_MS) return undefined;
    return Math.ceil((pause.until - now) / 1000);
  }

  /** The Retry-After (s) of a 429 for this call, or undefined when it may go through (then it spent its tokens). */
  admit(method: string, args: Args): number | undefined {
    const now = this.now();
    if (this.limits.off) return undefined;
    const channel = method === 'chat.postMessage' ? str(args.channel) : undefined;
    const channelRule = this.limits.channel ?? DEFAULT_CHANNEL;
    const wanted: [string, FakeLimit | 'off'][] = [[method, this.ruleOf(method)]];
    if (channel) wanted.push([`${method} ${channel}`, channelRule]);
    const waitMs = this.take(wanted, now);
    if (waitMs === 0) return undefined;
    const retryAfterSeconds = Math.max(1, Math.ceil(waitMs / 1000));
    this.retryAfter(method, retryAfterSeconds);
    return retryAfterSeconds;
  }

  /** A 429 was answered (by a limit or an injected fault): calls of `method` before then are violations. */
  retryAfter(method: string, seconds: number): void {
    const from = this.now().getTime();
    this.pauses.set(method, { from, until: from + seconds * 1000 });
  }

  private ruleOf(method: string): FakeLimit | 'off' {
    const own = this.limits.methods?.[method];
    if (own) return own;
    const perMinute = method === 'chat.postMessage' ? POST_MESSAGE_PER_MINUTE : TIER_PER_MINUTE[this.tiers.get(method) ?? 't5'];
    return perMinute === undefined ? 'off' : { perMinute, burst: perMinute };
  }

  /** 0 when a token of every bucket was taken, else the ms until all have one (nothing is spent then). */
  private take(wanted: readonly [string, FakeLimit | 'off'][], now: Date): number {
    const taken: [string, BucketState][] = [];
    let waitMs = 0;
    for (const [key, rule] of wanted) {
      if (rule === 'off') continue;
      const result = takeTokens(this.buckets.get(key) ?? fullBucket(rule, now), rule, now);
      if ('state' in result) taken.push([key, result.state]);
      else waitMs = Math.max(waitMs, result.waitMs);
    }
    if (waitMs === 0) for (const [key, state] of taken) this.buckets.set(key, state);
    return waitMs;
  }
}
