import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activityTotals } from '../../src/activity/activity-totals.js';
import type { Db } from '../../src/db/client.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

let database: TestDatabase;
let db: Db;
const reps: Record<string, string> = {};

type CallSeed = { rep: string; day: string; outcome?: 'won' | 'lost' | 'follow_up'; value?: string; workspaceId?: string };

async function seedCalls(calls: CallSeed[]): Promise<void> {
  for (const [index, call] of calls.entries()) {
    const workspaceId = call.workspaceId ?? 'T1';
    const account = await db.account.upsert({
      where: { workspaceId_normalizedName: { workspaceId, normalizedName: 'acme' } },
      create: { workspaceId, name: 'Acme', normalizedName: 'acme' },
      update: {},
    });
    await db.call.create({
      data: {
        workspaceId, repId: reps[call.rep] as string, accountId: account.id, occurredAt: new Date(`${call.day}T12:00:00Z`),
        localDay: call.day, localWeek: '2026-W45', outcome: call.outcome, value: call.value, sourceKey: `seed-${index}`,
      },
    });
  }
}

beforeAll(async () => {
  database = await createTestDatabase();
  db = database.db;
  for (const workspaceId of ['T1', 'T2']) await db.workspace.create({ data: { id: workspaceId } });
  for (const name of ['ana', 'budi', 'citra', 'dewi']) {
    reps[name] = (await db.member.create({ data: { workspaceId: 'T1', slackUserId: `U${name.toUpperCase()}` } })).id;
  }
  reps.other = (await db.member.create({ data: { workspaceId: 'T2', slackUserId: 'UOTHER' } })).id;
  await seedCalls([
    { rep: 'ana', day: '2026-11-01', outcome: 'won', value: '1200.50' },
    { rep: 'ana', day: '2026-11-15', outcome: 'won', value: '300' },
    { rep: 'ana', day: '2026-11-30', outcome: 'lost', value: '999' },
    { rep: 'ana', day: '2026-12-01', outcome: 'won', value: '5000' },
    { rep: 'budi', day: '2026-11-10', outcome: 'follow_up' },
    { rep: 'budi', day: '2026-11-11', outcome: 'won' },
    { rep: 'citra', day: '2026-10-31', outcome: 'won', value: '700' },
    { rep: 'other', day: '2026-11-10', outcome: 'won', value: '40000', workspaceId: 'T2' },
  ]);
});
afterAll(() => database.close());

const byRep = (rows: Awaited<ReturnType<typeof activityTotals>>) =>
  Object.fromEntries(rows.map(({ repId, ...totals }) => [Object.keys(reps).find((name) => reps[name] === repId), totals]));

describe('activityTotals', () => {
  it('sums calls, won deals and won revenue per rep over the local days of a month, boundaries included', async () => {
    const rows = await activityTotals(db, { workspaceId: 'T1', fromDay: '2026-11-01', toDay: '2026-11-30' });
    expect(byRep(rows)).toEqual({
      ana: { calls: 3, deals: 2, revenue: 1500.5 },
      budi: { calls: 2, deals: 1, revenue: 0 },
    });
  });

  it('leaves out reps without calls in the range and other workspaces', async () => {
    const rows = await activityTotals(db, { workspaceId: 'T1', fromDay: '2026-10-01', toDay: '2026-10-31' });
    expect(byRep(rows)).toEqual({ citra: { calls: 1, deals: 1, revenue: 700 } });
  });

  it('keeps to the given reps (a manager’s team)', async () => {
    const rows = await activityTotals(db, { workspaceId: 'T1', fromDay: '2026-10-01', toDay: '2026-12-31', repIds: [reps.budi as string, reps.dewi as string] });
    expect(byRep(rows)).toEqual({ budi: { calls: 2, deals: 1, revenue: 0 } });
  });

  it('answers nothing for an empty team without asking the database for everyone', async () => {
    expect(await activityTotals(db, { workspaceId: 'T1', fromDay: '2026-01-01', toDay: '2026-12-31', repIds: [] })).toEqual([]);
  });

  it('joins whole months from the period totals with the days at the edges from the calls', async () => {
    // 2026-10-31 .. 2026-12-01: one edge day, November whole, one edge day.
    const rows = await activityTotals(db, { workspaceId: 'T1', fromDay: '2026-10-31', toDay: '2026-12-01' });
    expect(byRep(rows)).toEqual({
      ana: { calls: 4, deals: 3, revenue: 6500.5 },
      budi: { calls: 2, deals: 1, revenue: 0 },
      citra: { calls: 1, deals: 1, revenue: 700 },
    });
  });

  it('reads a quarter and a year as stored', async () => {
    const q4 = await activityTotals(db, { workspaceId: 'T1', fromDay: '2026-10-01', toDay: '2026-12-31' });
    const year = await activityTotals(db, { workspaceId: 'T1', fromDay: '2026-01-01', toDay: '2026-12-31' });
    const expected = { ana: { calls: 4, deals: 3, revenue: 6500.5 }, budi: { calls: 2, deals: 1, revenue: 0 }, citra: { calls: 1, deals: 1, revenue: 700 } };
    expect(byRep(q4)).toEqual(expected);
    expect(byRep(year)).toEqual(expected);
  });

  it('reads a range inside one month, and a month cut short, from the calls alone', async () => {
    expect(byRep(await activityTotals(db, { workspaceId: 'T1', fromDay: '2026-11-02', toDay: '2026-11-29' }))).toEqual({
      ana: { calls: 1, deals: 1, revenue: 300 },
      budi: { calls: 2, deals: 1, revenue: 0 },
    });
    expect(byRep(await activityTotals(db, { workspaceId: 'T1', fromDay: '2026-11-01', toDay: '2026-11-14', repIds: [reps.ana as string] }))).toEqual({
      ana: { calls: 1, deals: 1, revenue: 1200.5 },
    });
  });

  it('sees a call moved to another month and a call deleted at once', async () => {
    const moved = await db.call.findFirstOrThrow({ where: { repId: reps.citra as string } });
    await db.call.update({ where: { id: moved.id }, data: { localDay: '2026-11-20' } });
    const november = { workspaceId: 'T1', fromDay: '2026-11-01', toDay: '2026-11-30' };
    expect(byRep(await activityTotals(db, november)).citra).toEqual({ calls: 1, deals: 1, revenue: 700 });
    await db.call.delete({ where: { id: moved.id } });
    expect(byRep(await activityTotals(db, november)).citra).toBeUndefined();
  });
});
