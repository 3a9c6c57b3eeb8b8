import type { BucketRule } from './bucket-rules.js';

/**
 * Slack's rate-limit tier of each method the app calls in the background, from the method reference
 * (`rate_limits` in ../shared/slack-specs/slack-ruby-slack-api-ref/docs.slack.dev/methods/*.json;
 * test/pacer/method-budgets.test.ts keeps this table in sync). "special" is chat.postMessage: about
 * one per second per channel plus a workspace limit, which is OUTFIELD_SEND_BUDGET.
 */
export const METHOD_TIERS: Readonly<Record<string, 1 | 2 | 3 | 4 | 'special'>> = {
  'chat.postMessage': 'special',
  'chat.update': 3,
  'chat.delete': 3,
  'views.publish': 4,
  'files.getUploadURLExternal': 4,
  'files.completeUploadExternal': 4,
  'conversations.open': 3,
  'conversations.info': 3,
  'conversations.members': 4,
  'users.info': 4,
  'users.list': 2,
  'reactions.add': 3,
};

/** Calls per minute of each tier (Slack's documented floor: "20+", "50+", "100+"). */
export const TIER_PER_MINUTE = { 1: 1, 2: 20, 3: 50, 4: 100 } as const;

/**
 * Share of every budget that background sends may use. The rest is headroom for replies to a
 * user's own action (a DM after a modal), which never wait for the pacer. 95% rather than 90%
 * keeps a big fan-out within SPEC §6's "at least 90% of the limit" while leaving 15 posts a minute
 * at the default budget for interactive use (acks, respond and ephemerals are other methods).
 */
export const BACKGROUND_SHARE = 0.95;

/** One second of budget may go at once: a fan-out starts gently, never with a spike Slack would answer 429. */
const BURST_SECONDS = 1;

/** About one message per second per channel, with a short burst (a leaderboard then a celebration). */
export const CHANNEL_RULE: BucketRule = { perMinute: 60, burst: 3 };

/** The background budget of `method` in one workspace; methods not in the table get Tier 3. */
export function methodRule(method: string, sendBudget: number): BucketRule {
  const tier = METHOD_TIERS[method] ?? 3;
  const perMinute = (tier === 'special' ? sendBudget : TIER_PER_MINUTE[tier]) * BACKGROUND_SHARE;
  return { perMinute, burst: Math.max(1, (perMinute / 60) * BURST_SECONDS) };
}

/** chat.postMessage is the one method Slack also limits per channel. */
export const isPerChannel = (method: string): boolean => method === 'chat.postMessage';

/** The Web API's usual answer time; with more calls than rate × this in flight the pacer only queues them. */
const ANSWER_SECONDS = 0.2;

/**
 * Calls of one method in flight at once per instance: enough to keep up with the rate (Little's
 * law), and 1 at the default budget, so a 429 is never overtaken by calls already on the wire.
 */
export const maxInFlightOf = (rule: BucketRule): number => Math.max(1, Math.round((rule.perMinute / 60) * ANSWER_SECONDS));
