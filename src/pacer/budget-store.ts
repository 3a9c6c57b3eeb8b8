import type { Clock } from '../clock.js';
import type { Db } from '../db/client.js';
import { fullBucket, pauseBucket, takeTokens, type BucketRule, type BucketState } from './bucket-rules.js';
import { isUniqueViolation } from '../db/unique-violation.js';

/** Where buckets live: the database for budgets shared by all instances, memory for one instance's own. */
export type BudgetStore = {
  /** Takes 1 to `want` tokens, or answers how many ms to wait before asking again. */
  take(workspaceId: string, key: string, rule: BucketRule, want: number): Promise<Taken>;
  /** No token of `key` is handed out before `until` (a 429's Retry-After). */
  pause(workspaceId: string, key: string, rule: BucketRule, until: Date): Promise<void>;
};

export type Taken = { taken: number; waitMs: number };

/** Compare-and-swap rounds lost to other instances before a take gives way for a moment. */
const MAX_ROUNDS = 8;

/**
 * One SlackBudget row per (workspace, key), shared by every instance. A take reads the row,
 * computes the refill from the injected clock and writes it back only if nobody else wrote since
 * (`version` unchanged): of two instances racing for the last token, one update matches and the
 * other reads again. Portable SQL on both providers, no lock held across a Slack call.
 */
export function databaseBudgetStore(db: Db, clock: Clock): BudgetStore {
  const where = (workspaceId: string, key: string) => ({ workspaceId_key: { workspaceId, key } });

  /** Writes `change`'s new state (then answers its result) unless it answers only a wait. */
  async function update<R>(workspaceId: string, key: string, rule: BucketRule, change: (state: BucketState, now: Date) => { state?: BucketState; result: R }, busy: R): Promise<R> {
    for (let round = 0; round < MAX_ROUNDS; round += 1) {
      const now = clock.now();
      const row = await db.slackBudget.findUnique({ where: where(workspaceId, key) });
      const state = row ?? fullBucket(rule, now);
      const { state: next, result } = change(state, now);
      if (!next) return result;
      if (!row) {
        try {
          await db.slackBudget.create({ data: { workspaceId, key, ...next } });
          return result;
        } catch (error) {
          if (!isUniqueViolation(error)) throw error;
          continue;
        }
      }
      const { count } = await db.slackBudget.updateMany({
        where: { workspaceId, key, version: row.version },
        data: { ...next, version: { increment: 1 } },
      });
      if (count === 1) return result;
    }
    return busy; // heavy contention: let the other instances have it, then try again
  }

  return {
    take: (workspaceId, key, rule, want) =>
      update(workspaceId, key, rule, (state, now) => {
        const result = takeTokens(state, rule, now, want);
        return 'state' in result ? { state: result.state, result: { taken: result.taken, waitMs: 0 } } : { result: { taken: 0, waitMs: Math.max(1, result.waitMs) } };
      }, { taken: 0, waitMs: 5 }),
    async pause(workspaceId, key, rule, until) {
      await update(workspaceId, key, rule, (state, now) => ({ state: pauseBucket(state, rule, now, until), result: undefined }), undefined);
    },
  };
}

const PRUNE_AT = 5_000;

/** Buckets of this process only: DM channels, which no two instances post to at the same moment. */
export function memoryBudgetStore(clock: Clock): BudgetStore {
  const buckets = new Map<string, BucketState>();
  /** A fan-out touches thousands of DM channels once; buckets idle for a minute are full again and are dropped. */
  const prune = (now: Date) => {
    if (buckets.size < PRUNE_AT) return;
    for (const [id, state] of buckets) if (now.getTime() - state.refilledAt.getTime() > 60_000 && !state.pausedUntil) buckets.delete(id);
  };
  return {
    async take(workspaceId, key, rule, want) {
      const id = `${workspaceId} ${key}`;
      const now = clock.now();
      prune(now);
      const result = takeTokens(buckets.get(id) ?? fullBucket(rule, now), rule, now, want);
      if (!('state' in result)) return { taken: 0, waitMs: Math.max(1, result.waitMs) };
      buckets.set(id, result.state);
      return { taken: result.taken, waitMs: 0 };
    },
    async pause(workspaceId, key, rule, until) {
      const id = `${workspaceId} ${key}`;
      const now = clock.now();
      buckets.set(id, pauseBucket(buckets.get(id) ?? fullBucket(rule, now), rule, now, until));
    },
  };
}
