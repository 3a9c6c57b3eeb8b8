import { WebClient, type ChatPostMessageArguments } from '@slack/web-api';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createOutfield } from '../../src/app.js';
import { openDatabase } from '../../src/db/client.js';
import { quotaOutboxKinds } from '../../src/features/quotas/outbox-kinds.js';
import { nudgePlanner } from '../../src/features/quotas/planners.js';
import { createLog } from '../../src/log.js';
import { LEASE_MS } from '../../src/outbox/claim.js';
import { enqueueOnce } from '../../src/outbox/enqueue.js';
import { createSender } from '../../src/outbox/sender.js';
import { unpaced } from '../../src/pacer/pacer.js';
import { slackClientOptions } from '../../src/slack/create-bolt-app.js';
import { testProvider } from '../support/test-database-provider.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { seedMember, resetQuotaData } from '../features/quotas/fixtures.js';

let t: TestApp;
const log = createLog('silent');
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());
beforeEach(async () => {
  await resetQuotaData(t);
});

/** `count` reps in London with a quota of 3, all due for a nudge at 16:00Z on Tuesday 24 November 2026. */
async function seedDueReps(count: number): Promise<string[]> {
  const ids = Array.from({ length: count }, (_, i) => `U0R${String(i).padStart(4, '0')}`);
  for (const id of ids) await seedMember(t, id, { tz: 'Europe/London', daily: 3 });
  t.clock.set('2026-11-24T16:00:00Z');
  return ids;
}

/** Every rep got exactly one delivered DM. */
function expectEachExactlyOnce(ids: readonly string[]): void {
  const channels = t.fake.delivered('chat.postMessage').map((call) => String(call.args.channel));
  expect(channels.sort()).toEqual([...ids].sort());
}

describe.skipIf(testProvider() === 'sqlite')('two app instances against one PostgreSQL', () => {
  it('sends every nudge of a due minute exactly once', async () => {
    const ids = await seedDueReps(60);
    const second = await openDatabase(t.database.url);
    try {
      const other = createOutfield({ config: t.config, db: second.db, clock: t.clock, log, scheduling: 'manual' });
      await Promise.all([t.outfield.scheduler.runDueWork(), other.scheduler.runDueWork(), other.scheduler.runDueWork()]);
      expectEachExactlyOnce(ids);
      expect(await t.db.outboxMessage.count({ where: { status: 'sent' } })).toBe(60);
    } finally {
      await second.close();
    }
  });
});

describe('a sender that dies mid-batch', () => {
  it('loses and doubles nothing: a restarted sender takes the abandoned rows over after the lease', async () => {
    const ids = await seedDueReps(30);
    await enqueueOnce(t.db, await nudgePlanner(t).plan(t.clock.now()));
    let posted = 0;
    let died: () => void = () => undefined;
    const death = new Promise<void>((resolve) => (died = resolve));
    // The first 7 sends reach Slack; then the process "dies": its later sends never complete.
    const dying = {
      ...client(),
      chat: {
        postMessage: ((args: ChatPostMessageArguments) => {
          posted += 1;
          if (posted <= 7) return realPost(args);
          died();
          return new Promise(() => undefined);
        }) as never,
      } as never,
    };
    const kinds = quotaOutboxKinds(t);
    void createSender({ db: t.db, clock: t.clock, log, pacer: unpaced, slack: dying, kinds, batchSize: 20, concurrency: 4, instanceId: 'dead' }).drain();
    await death;
    expect(await t.db.outboxMessage.count({ where: { status: 'sending' } })).toBeGreaterThan(0);

    const restarted = createSender({ db: t.db, clock: t.clock, log, pacer: unpaced, slack: client(), kinds, instanceId: 'restarted' });
    await restarted.drain();
    expect(t.fake.delivered('chat.postMessage').length).toBeLessThan(30); // the lease has not run out yet
    t.clock.advance(LEASE_MS + 1000);
    await restarted.drain();
    expectEachExactlyOnce(ids);
    expect(await t.db.outboxMessage.count({ where: { status: 'sent' } })).toBe(30);
  });

  it('gives unstarted claims back on a graceful stop, and the next start sends them', async () => {
    const ids = await seedDueReps(12);
    await enqueueOnce(t.db, await nudgePlanner(t).plan(t.clock.now()));
    const kinds = quotaOutboxKinds(t);
    let stopping: Promise<void> | undefined;
    const sender = createSender({
      db: t.db, clock: t.clock, log, kinds, pacer: unpaced, concurrency: 1, batchSize: 12,
      slack: { ...client(), chat: { postMessage: (async (args: ChatPostMessageArguments) => {
        stopping ??= sender.stop();
        return realPost(args);
      }) as never } as never },
    });
    await sender.drain();
    await stopping;
    expect(t.fake.delivered('chat.postMessage')).toHaveLength(1);
    expect(await t.db.outboxMessage.count({ where: { status: 'pending' } })).toBe(11);
    await createSender({ db: t.db, clock: t.clock, log, pacer: unpaced, slack: client(), kinds }).drain();
    expectEachExactlyOnce(ids);
  });
});

describe('rate limits and failures', () => {
  it('delivers every nudge exactly once when Slack answers 20% of sends with 429 Retry-After: 1', async () => {
    const ids = await seedDueReps(50);
    t.fake.rateLimitFraction('chat.postMessage', 0.2, 1);
    await t.outfield.scheduler.runDueWork();
    for (let i = 0; i < 20 && (await t.db.outboxMessage.count({ where: { status: 'pending' } })) > 0; i += 1) {
      t.clock.advance(1000);
      await t.outfield.scheduler.runDueWork();
    }
    expect(t.fake.callsTo('chat.postMessage').filter((call) => call.fault === 'ratelimited').length).toBeGreaterThan(0);
    expectEachExactlyOnce(ids);
    expect(await t.db.outboxMessage.count({ where: { status: 'sent', attempts: 1 } })).toBe(50);
  });

  it('does not retry a rate-limited row before Retry-After has passed', async () => {
    await seedDueReps(1);
    t.fake.failNext('chat.postMessage', { status: 429, retryAfterSeconds: 30 });
    await t.outfield.scheduler.runDueWork();
    t.clock.advance(29_000);
    await t.outfield.scheduler.runDueWork();
    expect(t.fake.callsTo('chat.postMessage')).toHaveLength(1);
    t.clock.advance(1000);
    await t.outfield.scheduler.runDueWork();
    expect(t.fake.delivered('chat.postMessage')).toHaveLength(1);
  });

  it('retries a transient error with backoff and fails at once on a permanent one', async () => {
    const [flaky, gone] = await seedDueReps(2);
    t.fake.failNext('chat.postMessage', { error: 'internal_error' });
    t.fake.failNext('chat.postMessage', { error: 'channel_not_found' });
    await t.outfield.scheduler.runDueWork();
    const rows = await t.db.outboxMessage.findMany({ orderBy: { target: 'asc' } });
    expect(rows.map((row) => row.status).sort()).toEqual(['failed', 'pending']);
    t.clock.advance(30_000);
    await t.outfield.scheduler.runDueWork();
    expect(t.fake.delivered('chat.postMessage')).toHaveLength(1);
    expect([flaky, gone]).toContain(t.fake.delivered('chat.postMessage')[0]?.args.channel);
  });
});

describe('the catch-up window', () => {
  it('sends a nudge that fell due while the app was down for an hour', async () => {
    const ids = await seedDueReps(2);
    t.clock.set('2026-11-24T17:00:00Z');
    await t.outfield.scheduler.runDueWork();
    expectEachExactlyOnce(ids);
  });

  it('expires, and never sends, nudges the app comes back to three hours late', async () => {
    await t.db.workspace.update({ where: { id: t.fake.teamId }, data: { nudgeTime: '12:00' } });
    try {
      await seedDueReps(2);
      t.clock.set('2026-11-24T12:00:00Z');
      await enqueueOnce(t.db, await nudgePlanner(t).plan(t.clock.now())); // planned, then the app went down
      t.clock.set('2026-11-24T15:00:00Z');
      await t.outfield.scheduler.runDueWork();
      expect(t.fake.callsTo('chat.postMessage')).toHaveLength(0);
      expect(await t.db.outboxMessage.count({ where: { status: 'expired' } })).toBe(2);
    } finally {
      await t.db.workspace.update({ where: { id: t.fake.teamId }, data: { nudgeTime: '16:00' } });
    }
  });

  it('does not plan a slot that is more than two hours old when the app starts', async () => {
    await seedDueReps(2);
    t.clock.set('2026-11-24T18:30:00Z');
    await t.outfield.scheduler.runDueWork();
    expect(await t.db.outboxMessage.count()).toBe(0);
    expect(t.fake.callsTo('chat.postMessage')).toHaveLength(0);
  });
});

/** A Web API client configured like the app's, pointing at the fake Slack. */
const client = () => new WebClient(t.fake.botToken, slackClientOptions(t.fake.apiUrl));
const realPost = (args: ChatPostMessageArguments) => client().chat.postMessage(args);
