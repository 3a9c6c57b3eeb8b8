import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOutfield, type Outfield } from '../../src/app.js';
import { openDatabase, type Database } from '../../src/db/client.js';
import { NUDGE_KIND } from '../../src/features/quotas/ids.js';
import { createLog } from '../../src/log.js';
import { DUE_MINUTE, seedReps } from '../bench/fanout-run.js';
import { ScaledClock } from '../support/scaled-clock.js';
import { testProvider } from '../support/test-database-provider.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const REPS = 1000;
/** Slack's limit and the app's budget, the default: 285 background posts a minute, about 3.5 min for 1,000. */
const LIMIT = 300;
/**
 * The clock runs 8× faster than the wall clock (the pacer sleeps for real): about 26 s, and 38 posts
 * a real second, which the app keeps up with on a busy machine, so the limit is what binds.
 */
const SPEED = 8;

let t: TestApp;
let second: Database | undefined;
let other: Outfield;
beforeAll(async () => {
  const clock = new ScaledClock(DUE_MINUTE, SPEED);
  t = await startTestApp({
    clock,
    env: { OUTFIELD_SEND_BUDGET: String(LIMIT) },
    // A strict Slack: its limit, and bursts of at most 10 s of it (real Slack counts per minute). The clock's
    // speed makes the machine's hiccups 8× longer, which a 1 s burst would turn into 429s of the test's own making.
    limits: { methods: { 'chat.postMessage': { perMinute: LIMIT, burst: LIMIT / 6 } } },
  });
  // A second instance: its own connection on PostgreSQL; on SQLite (one process by design) the same one.
  if (testProvider() === 'postgresql') second = await openDatabase(t.database.url);
  other = createOutfield({ config: t.config, db: second?.db ?? t.db, clock, log: createLog('silent'), scheduling: 'manual', sleep: clock.sleep });
});
afterAll(async () => {
  await other.scheduler.stop();
  await second?.close();
  await t.close();
});

/** Runs both instances' due work until nothing is pending (rows deferred by the pacer come due again). */
async function fanOut(): Promise<void> {
  for (let round = 0; round < 50; round += 1) {
    await Promise.all([t.outfield.scheduler.runDueWork(), other.scheduler.runDueWork()]);
    if ((await t.db.outboxMessage.count({ where: { status: { in: ['pending', 'sending'] } } })) === 0) return;
    await t.clock.sleep(500);
  }
}

/** The most posts Slack saw in any 60 s of the app's clock. */
function busiestMinute(times: readonly number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  let most = 0;
  for (let i = 0, j = 0; j < sorted.length; j += 1) {
    while ((sorted[j] as number) - (sorted[i] as number) >= 60_000) i += 1;
    most = Math.max(most, j - i + 1);
  }
  return most;
}

describe('two instances fanning out 1,000 nudges against a rate-limiting Slack', () => {
  it('stay within the budget together, never call during a Retry-After, nudge everyone once and answer /call at once', async () => {
    await seedReps(t.db, t.fake.teamId, REPS);
    t.clock.set(DUE_MINUTE);
    t.fake.addUser({ id: 'U0CALLER', tz: 'UTC' });
    const running = fanOut();
    await t.fake.waitFor('chat.postMessage', () => t.fake.delivered('chat.postMessage').length >= 100, 30_000);
    const before = Date.now();
    const reply = await t.driver.command('U0CALLER', '/call', 'Acme Corp: met the buyer');
    const replyMs = Date.now() - before;
    const deliveredAtReply = t.fake.delivered('chat.postMessage').length;
    await running;

    expect(reply.status).toBe(200);
    expect(reply.json).toMatchObject({ response_type: 'ephemeral' });
    expect(replyMs).toBeLessThan(3000); // inside Slack's 3 s ack deadline, on a loaded machine too, with most nudges still to go
    expect(deliveredAtReply).toBeLessThan(REPS);

    const posts = t.fake.callsTo('chat.postMessage');
    const delivered = t.fake.delivered('chat.postMessage');
    // The caller is new, so a first-use disclosure prompt may reach them too: the reps got nudges only.
    const channels = delivered.map((call) => String(call.args.channel)).filter((channel) => channel !== 'U0CALLER');
    expect(new Set(channels).size).toBe(REPS);
    expect(channels).toHaveLength(REPS);
    expect(await t.db.outboxMessage.count({ where: { kind: NUDGE_KIND, status: 'sent' } })).toBe(REPS);
    // Every post Slack accepted is one sent row, whatever its kind: nothing went out twice.
    expect(await t.db.outboxMessage.count({ where: { status: 'sent' } })).toBe(delivered.length);
    expect(t.fake.callsDuringRetryAfter()).toEqual([]);
    expect(posts.filter((call) => call.fault === 'ratelimited').length).toBeLessThanOrEqual(REPS * 0.02);
    expect(busiestMinute(posts.map((call) => call.clockAt as number))).toBeLessThanOrEqual(LIMIT);
  }, 120_000);
});
