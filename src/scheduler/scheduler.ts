import schedule from 'node-schedule';
import type { Clock } from '../clock.js';
import type { Db } from '../db/client.js';
import type { Log } from '../log.js';
import { enqueueOnce } from '../outbox/enqueue.js';
import type { Sender } from '../outbox/sender.js';
import type { Planner } from './planner.js';

export type SchedulerDeps = { db: Db; clock: Clock; log: Log; planners: readonly Planner[]; sender: Sender };

export type Scheduler = {
  /** Plans what is due now and sends it; the minute tick calls it, tests and the bench call it directly. */
  runDueWork(): Promise<void>;
  /** Sends what is due without planning (joins a drain already running). */
  sendDue(): Promise<void>;
  /** Starts the minute tick (and a run at once, to catch up after downtime) and the retry poll. */
  start(): void;
  /** Stops both; in-flight sends finish first. */
  stop(): Promise<void>;
};

const RETRY_POLL_MS = 1000;

export function createScheduler(deps: SchedulerDeps): Scheduler {
  const log = deps.log.child({ component: 'scheduler' });
  let job: schedule.Job | undefined;
  let poll: NodeJS.Timeout | undefined;
  let tick: Promise<void> | undefined;

  async function planAll(): Promise<void> {
    const now = deps.clock.now();
    for (const planner of deps.planners) {
      try {
        const items = await planner.plan(now);
        const created = await enqueueOnce(deps.db, items);
        if (created > 0) log.info({ planner: planner.name, created }, 'scheduled messages enqueued');
      } catch (error) {
        // One failing planner must not keep the others' messages from going out.
        log.error({ err: error, planner: planner.name }, 'planner failed');
      }
    }
  }

  async function runDueWork(): Promise<void> {
    await planAll();
    await deps.sender.drain();
  }

  const runTick = () => {
    // A tick that comes while the previous one still runs is dropped; the next minute catches up.
    tick ??= runDueWork()
      .catch((error: unknown) => log.error({ err: error }, 'scheduled work failed'))
      .finally(() => {
        tick = undefined;
      });
  };
  // Retries (429 Retry-After, backoff) come due between ticks; a drain already running is joined.
  const drainRetries = () => void deps.sender.drain().catch((error: unknown) => log.error({ err: error }, 'outbox drain failed'));

  return {
    runDueWork,
    sendDue: () => deps.sender.drain(),
    start() {
      job = schedule.scheduleJob('* * * * *', runTick);
      poll = setInterval(drainRetries, RETRY_POLL_MS);
      runTick();
    },
    async stop() {
      job?.cancel();
      clearInterval(poll);
      await deps.sender.stop();
      await tick;
    },
  };
}
