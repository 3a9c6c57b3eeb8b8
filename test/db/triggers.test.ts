/**
 * The hand-written triggers of the actor_cache migration. Prisma does not model triggers, and SQLite
 * drops them with their table: a later migration that redefines "Member", "Workspace" or "Call" must
 * create them again, and these tests say so.
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
});
