import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SQLITE_SCHEMA } from '../../prisma/derive-postgres-schema.js';
import { NUDGE_KIND, RECAP_KIND } from '../../src/features/quotas/ids.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';
import { testProvider } from '../support/test-database-provider.js';

const migrations = path.join(path.dirname(SQLITE_SCHEMA), '..', testProvider(), 'migrations');

/** The data part of the slack_budget migration: the quota kinds' rename. */
async function renameStatement(): Promise<string> {
  const folder = (await readdir(migrations)).find((name) => name.endsWith('_slack_budget')) as string;
  const sql = await readFile(path.join(migrations, folder, 'migration.sql'), 'utf8');
  return sql.slice(sql.indexOf('UPDATE "OutboxMessage"'));
}

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

describe('the migration that prefixes the quota kinds', () => {
  it('renames pending and sent rows’ kind and dedupe key, so the planner sees the slots as taken', async () => {
    const db = database.db;
    await db.workspace.create({ data: { id: 'T0MIG' } });
    const at = new Date('2026-11-24T16:00:00Z');
    const row = (kind: string, status: 'pending' | 'sent') => ({
      workspaceId: 'T0MIG', kind, target: 'm1', slot: kind === 'recap' ? '2026-W48' : '2026-11-24', dedupeKey: `${kind}:m1:${kind === 'recap' ? '2026-W48' : '2026-11-24'}`,
      payload: '{}', status, dueAt: at, expiresAt: at, nextAttemptAt: at,
    });
    await db.outboxMessage.createMany({ data: [row('nudge', 'sent'), row('recap', 'pending'), row('incentives.standings', 'pending')] });
    await db.$executeRawUnsafe(await renameStatement());
    const rows = await db.outboxMessage.findMany({ orderBy: { kind: 'asc' }, select: { kind: true, dedupeKey: true, status: true } });
    expect(rows).toEqual([
      { kind: 'incentives.standings', dedupeKey: 'incentives.standings:m1:2026-11-24', status: 'pending' },
      { kind: NUDGE_KIND, dedupeKey: `${NUDGE_KIND}:m1:2026-11-24`, status: 'sent' },
      { kind: RECAP_KIND, dedupeKey: `${RECAP_KIND}:m1:2026-W48`, status: 'pending' },
    ]);
  });
});
