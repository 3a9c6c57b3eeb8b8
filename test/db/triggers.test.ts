/**
 * The hand-written triggers of the actor_cache and rep_period_activity migrations. Prisma does not
 * model triggers, and SQLite drops them with their table: a later migration that redefines "Member",
 * "Workspace" or "Call" must create them again, and these tests say so.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
  await database.db.workspace.create({ data: { id: 'T0TRIG' } });
});
afterAll(() => database.close());

const versionOf = async (id: string) => (await database.db.member.findUniqueOrThrow({ where: { id } })).version;

describe('database triggers', () => {
  it('bump a member’s version on every update, through the ORM or raw SQL', async () => {
    const { db } = database;
    const member = await db.member.create({ data: { workspaceId: 'T0TRIG', slackUserId: 'U0TRIG1' } });
    expect(member.version).toBe(0);
    await db.member.update({ where: { id: member.id }, data: { role: 'manager' } });
    expect(await versionOf(member.id)).toBe(1);
    await db.member.updateMany({ where: { id: member.id }, data: { tz: 'Asia/Jakarta' } });
    expect(await versionOf(member.id)).toBe(2);
    await db.$executeRaw`UPDATE "Member" SET "awayUntil" = '2026-12-24' WHERE "id" = ${member.id}`;
    expect(await versionOf(member.id)).toBe(3);
  });

  it('bump a workspace’s version on every update', async () => {
    const { db } = database;
    const before = (await db.workspace.findUniqueOrThrow({ where: { id: 'T0TRIG' } })).version;
    await db.workspace.update({ where: { id: 'T0TRIG' }, data: { currency: 'IDR' } });
    expect((await db.workspace.findUniqueOrThrow({ where: { id: 'T0TRIG' } })).version).toBe(before + 1);
  });

  it('move an account’s lastCallAt forward on a call inserted or moved, never back', async () => {
    const { db } = database;
    const rep = await db.member.create({ data: { workspaceId: 'T0TRIG', slackUserId: 'U0TRIG2' } });
    const account = await db.account.create({ data: { workspaceId: 'T0TRIG', name: 'Trig', normalizedName: 'trig' } });
    const other = await db.account.create({ data: { workspaceId: 'T0TRIG', name: 'Other', normalizedName: 'other' } });
    const call = (occurredAt: string) => ({ workspaceId: 'T0TRIG', repId: rep.id, accountId: account.id, occurredAt: new Date(occurredAt), localDay: occurredAt.slice(0, 10), localWeek: '2026-W48' });
    const lastCallAt = async (id: string) => (await db.account.findUniqueOrThrow({ where: { id } })).lastCallAt?.toISOString();
    await db.call.create({ data: call('2026-11-24T10:00:00.000Z') });
    expect(await lastCallAt(account.id)).toBe('2026-11-24T10:00:00.000Z');
    const older = await db.call.create({ data: call('2026-11-20T10:00:00.000Z') });
    expect(await lastCallAt(account.id)).toBe('2026-11-24T10:00:00.000Z');
    await db.call.update({ where: { id: older.id }, data: { occurredAt: new Date('2026-11-25T09:00:00.000Z') } });
    expect(await lastCallAt(account.id)).toBe('2026-11-25T09:00:00.000Z');
    await db.call.update({ where: { id: older.id }, data: { accountId: other.id } });
    expect(await lastCallAt(other.id)).toBe('2026-11-25T09:00:00.000Z');
  });

  it('keep every rep’s month, quarter and year totals equal to their calls through inserts, edits, moves and deletes', async () => {
    const { db } = database;
    const reps = await Promise.all(['U0TRIG3', 'U0TRIG4'].map((slackUserId) => db.member.create({ data: { workspaceId: 'T0TRIG', slackUserId } })));
    const account = await db.account.create({ data: { workspaceId: 'T0TRIG', name: 'Months', normalizedName: 'months' } });
    const call = (repId: string, localDay: string, outcome: 'won' | 'lost' | null, value: number | null) => ({
      workspaceId: 'T0TRIG', repId, accountId: account.id, occurredAt: new Date(`${localDay}T10:00:00.000Z`), localDay, localWeek: '2026-W01', outcome, value,
    });
    const [ana, budi] = reps.map((rep) => rep.id) as [string, string];
    const first = await db.call.create({ data: call(ana, '2026-10-31', 'won', 1200.5) });
    const second = await db.call.create({ data: call(ana, '2026-11-01', 'won', 300) });
    await db.call.createMany({ data: [call(ana, '2026-11-15', null, null), call(budi, '2026-11-02', 'lost', 50)] });
    const third = await db.call.create({ data: call(budi, '2026-11-20', null, null) });
    await db.call.update({ where: { id: first.id }, data: { localDay: '2026-11-30' } }); // moved into November
    await db.call.update({ where: { id: second.id }, data: { outcome: 'lost' } }); // no longer won
    await db.call.update({ where: { id: third.id }, data: { repId: ana, outcome: 'won', value: 99 } }); // reassigned and won
    await db.$executeRaw`UPDATE "Call" SET "value" = 1000 WHERE "id" = ${first.id}`;
    await db.call.create({ data: call(budi, '2026-12-01', 'won', 10) });
    await db.call.deleteMany({ where: { repId: budi, localDay: '2026-12-01' } });

    const stored = await db.repPeriodActivity.findMany({ where: { workspaceId: 'T0TRIG', repId: { in: [ana, budi] }, calls: { gt: 0 } } });
    const recomputed = await db.call.findMany({ where: { workspaceId: 'T0TRIG', repId: { in: [ana, budi] } } });
    const expected = new Map<string, { calls: number; deals: number; revenue: number }>();
    const periodsOf = (day: string) => [day.slice(0, 7), `${day.slice(0, 4)}-Q${Math.ceil(Number(day.slice(5, 7)) / 3)}`, day.slice(0, 4)];
    for (const c of recomputed) {
      for (const period of periodsOf(c.localDay)) {
        const key = `${period} ${c.repId}`;
        const sum = expected.get(key) ?? { calls: 0, deals: 0, revenue: 0 };
        expected.set(key, { calls: sum.calls + 1, deals: sum.deals + (c.outcome === 'won' ? 1 : 0), revenue: sum.revenue + (c.outcome === 'won' ? Number(c.value) : 0) });
      }
    }
    expect(new Map(stored.map((row) => [`${row.period} ${row.repId}`, { calls: row.calls, deals: row.deals, revenue: Number(row.revenue) }]))).toEqual(expected);
    // Hand-counted: Ana has four November calls (1,000 won, 300 now lost, one without outcome, 99 won), Budi one lost.
    expect(expected.get(`2026-11 ${ana}`)).toEqual({ calls: 4, deals: 2, revenue: 1099 });
    expect(expected.get(`2026-11 ${budi}`)).toEqual({ calls: 1, deals: 0, revenue: 0 });
    expect(expected.has(`2026-10 ${ana}`)).toBe(false);
    expect(expected.get(`2026-Q4 ${ana}`)).toEqual({ calls: 4, deals: 2, revenue: 1099 });
    expect(expected.get(`2026 ${budi}`)).toEqual({ calls: 1, deals: 0, revenue: 0 });
  });

  it('leave no period totals behind when a rep is deleted with their calls', async () => {
    const { db } = database;
    const rep = await db.member.create({ data: { workspaceId: 'T0TRIG', slackUserId: 'U0TRIG5' } });
    const account = await db.account.create({ data: { workspaceId: 'T0TRIG', name: 'Gone', normalizedName: 'gone' } });
    await db.call.create({ data: { workspaceId: 'T0TRIG', repId: rep.id, accountId: account.id, occurredAt: new Date('2026-11-03T10:00:00Z'), localDay: '2026-11-03', localWeek: '2026-W45' } });
    expect(await db.repPeriodActivity.count({ where: { repId: rep.id, calls: { gt: 0 } } })).toBe(3);
    await db.member.delete({ where: { id: rep.id } });
    expect(await db.call.count({ where: { repId: rep.id } })).toBe(0);
    expect(await db.repPeriodActivity.count({ where: { repId: rep.id, calls: { gt: 0 } } })).toBe(0);
  });
});
