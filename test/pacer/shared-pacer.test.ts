import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database, type Db } from '../../src/db/client.js';
import { PaceAborted, PaceDeferred, type Pacer } from '../../src/pacer/pacer.js';
import { createSharedPacer, RESERVE_MS } from '../../src/pacer/shared-pacer.js';
import { ManualClock } from '../../src/time/manual-clock.js';
import { ScaledClock } from '../support/scaled-clock.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { testProvider } from '../support/test-database-provider.js';

let database: TestDatabase;
let second: Database | undefined;
/** Another instance's connection: its own on PostgreSQL; on SQLite (one process by design) the same one. */
let otherDb: Db;
beforeAll(async () => {
  database = await createTestDatabase();
  // Two better-sqlite3 connections in one process block each other's event loop on a write lock.
  if (testProvider() === 'postgresql') second = await openDatabase(database.url);
  otherDb = second?.db ?? database.db;
});
afterAll(async () => {
  await second?.close();
  await database.close();
});

let workspaceSeq = 0;
/** A fresh workspace per test: budgets are per workspace, so tests do not share rows. */
const workspace = () => `T0PACE${(workspaceSeq += 1)}`;
/** The pacers of two app instances on one database. */
const twoInstances = (clock: ManualClock, sendBudget: number): [Pacer, Pacer] =>
  [createSharedPacer({ db: database.db, clock, sleep: clock.sleep, sendBudget }), createSharedPacer({ db: otherDb, clock, sleep: clock.sleep, sendBudget })];
const rateLimited = (retryAfter: number) => Object.assign(new Error('rate limited'), { code: 'slack_webapi_rate_limited_error', retryAfter });

describe('the shared pacer', () => {
  it('keeps two instances on one database within one budget together', async () => {
    // Five times real speed: every real millisecond the machine stalls becomes five on this clock.
    const clock = new ScaledClock('2026-11-24T16:00:00Z', 5);
    const [a, b] = twoInstances(clock, 600);
    const ws = workspace();
    const times: number[] = [];
    const send = (pacer: Pacer, i: number) => pacer.run({ workspaceId: ws, method: 'chat.postMessage', channel: `U${i}` }, async () => {
      times.push(clock.now().getTime());
    });
    const started = clock.now().getTime();
    // 600/min × 95% = 9.5 a second after a burst of 9.5: 60 calls need at least (60 − 9.5) / 9.5 ≈ 5.3 s.
    await Promise.all(Array.from({ length: 60 }, (_, i) => send(i % 2 === 0 ? a : b, i)));
    expect(times).toHaveLength(60);
    expect((Math.max(...times) - started) / 1000).toBeGreaterThan(4);
    // A token bucket's invariant: in any second, at most a full burst plus a second's refill, plus the
    // refill of RESERVE_MS, because a token may be spent that long after the bucket counted it (taken
    // for a caller in line, or before a slow round trip came back). A stalled process finds the bucket
    // full again, so a tighter bound would measure the machine, not the pacer.
    const bound = Math.floor(9.5 + 9.5 * (1 + RESERVE_MS / 1000));
    for (const t of times) expect(times.filter((u) => u >= t && u < t + 1000).length).toBeLessThanOrEqual(bound);
  });

  it('after a 429 nobody calls the method until Retry-After, not even another instance', async () => {
    const clock = new ManualClock('2026-11-24T16:00:00Z');
    const [a, b] = twoInstances(clock, 300);
    const ws = workspace();
    await expect(a.run({ workspaceId: ws, method: 'views.publish' }, async () => { throw rateLimited(30); })).rejects.toThrow('rate limited');
    let called = false;
    const deferred = await b.run({ workspaceId: ws, method: 'views.publish' }, async () => { called = true; }, { maxWaitMs: 10_000 }).catch((e: unknown) => e);
    expect(deferred).toBeInstanceOf(PaceDeferred);
    expect((deferred as PaceDeferred).until.toISOString()).toBe('2026-11-24T16:00:30.000Z');
    expect(called).toBe(false);
    // Other methods are not paused; the paused one goes again once Retry-After has passed.
    await b.run({ workspaceId: ws, method: 'chat.update' }, async () => undefined);
    await b.run({ workspaceId: ws, method: 'views.publish' }, async () => { called = true; });
    expect(called).toBe(true);
    expect(clock.now().toISOString()).toBe('2026-11-24T16:00:30.000Z');
  });

  it('posts about once a second to one channel after a short burst, shared through the database', async () => {
    const clock = new ManualClock('2026-11-24T16:00:00Z');
    const pacer = createSharedPacer({ db: database.db, clock, sleep: clock.sleep, sendBudget: 300 });
    const ws = workspace();
    const times: string[] = [];
    for (let i = 0; i < 5; i += 1) {
      await pacer.run({ workspaceId: ws, method: 'chat.postMessage', channel: 'C0LEADERS' }, async () => { times.push(clock.now().toISOString().slice(14, 23)); });
    }
    expect(times).toEqual(['00:00.000', '00:00.000', '00:00.000', '00:01.000', '00:02.000']);
    const keys = (await database.db.slackBudget.findMany({ where: { workspaceId: ws } })).map((row) => row.key).sort();
    expect(keys).toEqual(['chat.postMessage', 'chat.postMessage C0LEADERS']);
  });

  it('paces DMs per channel in memory: no budget row per user', async () => {
    const clock = new ManualClock('2026-11-24T16:00:00Z');
    const pacer = createSharedPacer({ db: database.db, clock, sleep: clock.sleep, sendBudget: 300 });
    const ws = workspace();
    for (const user of ['U1', 'U2', 'U3']) await pacer.run({ workspaceId: ws, method: 'chat.postMessage', channel: user }, async () => undefined);
    expect((await database.db.slackBudget.findMany({ where: { workspaceId: ws } })).map((row) => row.key)).toEqual(['chat.postMessage']);
  });

  it('gives up waiting when the caller stops (graceful shutdown) without calling', async () => {
    const clock = new ManualClock('2026-11-24T16:00:00Z');
    const stop = new AbortController();
    const sleep = async (ms: number) => {
      stop.abort();
      await clock.sleep(ms);
    };
    const pacer = createSharedPacer({ db: database.db, clock, sleep, sendBudget: 300 });
    const ws = workspace();
    await pacer.run({ workspaceId: ws, method: 'users.list' }, async () => undefined); // Tier 2: a burst of one
    let called = false;
    const result = await pacer.run({ workspaceId: ws, method: 'users.list' }, async () => { called = true; }, { signal: stop.signal }).catch((e: unknown) => e);
    expect(result).toBeInstanceOf(PaceAborted);
    expect(called).toBe(false);
  });
});
