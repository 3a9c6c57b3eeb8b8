import type { Clock } from '../clock.js';
import type { Db } from '../db/client.js';
import { retryAfterOf } from '../outbox/retry-rules.js';
import type { BucketRule } from './bucket-rules.js';
import { databaseBudgetStore, memoryBudgetStore, type BudgetStore } from './budget-store.js';
import { inFlightLimiter } from './in-flight.js';
import { CHANNEL_RULE, isPerChannel, maxInFlightOf, methodRule } from './method-budgets.js';
import { PaceAborted, PaceDeferred, type PaceKey, type PaceOptions, type Pacer } from './pacer.js';
import type { Sleep } from './sleep.js';

export type SharedPacerDeps = { db: Db; clock: Clock; sleep: Sleep; sendBudget: number };

/**
 * How long tokens taken for the callers in line stay good. They are used at once (the callers are
 * already waiting), so this only bounds what another instance's 429 could still let through. It is
 * also how much later than the bucket counted it a token may be spent: in any second, at most a
 * burst plus the refill of a second and this much go out.
 */
export const RESERVE_MS = 250;

/** DMs (user, DM ids) are paced in memory; public and private channels (C…, G…) are shared through the database. */
const isSharedChannel = (channel: string): boolean => /^[CG]/.test(channel);

/**
 * The pacer of the app: one token bucket per workspace and method in the database (SlackBudget),
 * shared by every instance, plus about 1/s per channel for chat.postMessage. Within a process the
 * callers of one bucket queue in line (first come, first served: the sender asks in due order), so
 * only the head of the line polls the database. A 429 pauses the method for everyone until
 * Retry-After; the callers in line wait on that pause instead of calling.
 */
export function createSharedPacer(deps: SharedPacerDeps): Pacer {
  const shared = databaseBudgetStore(deps.db, deps.clock);
  const local = memoryBudgetStore(deps.clock);
  const lines = new Map<string, Promise<unknown>>();
  const inFlight = inFlightLimiter();

  /** Runs `task` after the previous caller of the same line is done with it. */
  function inLine<T>(line: string, task: () => Promise<T>): Promise<T> {
    const previous = lines.get(line) ?? Promise.resolve();
    const mine = previous.then(task, task);
    const tail = mine.catch(() => undefined);
    lines.set(line, tail);
    void tail.then(() => lines.get(line) === tail && lines.delete(line));
    return mine;
  }

  /** Tokens taken for callers already in line (one database round trip for several sends); short-lived. */
  const reserves = new Map<string, { tokens: number; until: number }>();
  const waiting = new Map<string, number>();

  async function acquire(store: BudgetStore, key: PaceKey, budget: string, rule: BucketRule, deadline: number, signal?: AbortSignal): Promise<void> {
    const line = `${key.workspaceId} ${budget}`;
    waiting.set(line, (waiting.get(line) ?? 0) + 1);
    await inLine(line, async () => {
      const behind = (waiting.get(line) ?? 1) - 1;
      if (behind > 0) waiting.set(line, behind);
      else waiting.delete(line); // one line per DM channel: keep nothing once it is empty
      for (;;) {
        if (signal?.aborted) throw new PaceAborted('stopped waiting for the Slack budget');
        const now = deps.clock.now().getTime();
        // Waiting in line or for a call in flight may already have used up the caller's patience.
        if (now > deadline) throw new PaceDeferred(new Date(now));
        const reserve = reserves.get(line);
        if (reserve && reserve.tokens >= 1 && reserve.until > now) return void (reserve.tokens -= 1);
        const { taken, waitMs } = await store.take(key.workspaceId, budget, rule, 1 + (waiting.get(line) ?? 0));
        if (taken > 0) {
          if (taken > 1) reserves.set(line, { tokens: taken - 1, until: now + RESERVE_MS });
          else reserves.delete(line);
          return;
        }
        if (now + waitMs > deadline) throw new PaceDeferred(new Date(now + waitMs));
        await deps.sleep(waitMs);
      }
    });
  }

  return {
    async run<T>(key: PaceKey, call: () => Promise<T>, options: PaceOptions = {}): Promise<T> {
      const rule = methodRule(key.method, deps.sendBudget);
      const deadline = deps.clock.now().getTime() + (options.maxWaitMs ?? Number.POSITIVE_INFINITY);
      // The channel first, outside the method's in-flight cap: a busy leaderboard channel holds up neither
      // the workspace's tokens nor the DMs behind it.
      if (key.channel && isPerChannel(key.method)) {
        const store = isSharedChannel(key.channel) ? shared : local;
        await acquire(store, key, `${key.method} ${key.channel}`, CHANNEL_RULE, deadline, options.signal);
      }
      return inFlight(`${key.workspaceId} ${key.method}`, maxInFlightOf(rule), async () => {
        await acquire(shared, key, key.method, rule, deadline, options.signal);
        try {
          return await call();
        } catch (error) {
          const retryAfter = retryAfterOf(error);
          if (retryAfter !== undefined) {
            reserves.delete(`${key.workspaceId} ${key.method}`);
            await shared.pause(key.workspaceId, key.method, rule, new Date(deps.clock.now().getTime() + retryAfter * 1000));
          }
          throw error;
        }
      });
    },
  };
}
