import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hotSqliteOf } from '../../src/db/hot-sqlite.js';
import { sqlitePathOf } from '../../src/db/provider.js';
import { testProvider } from '../support/test-database-provider.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

type Raw = { exec(sql: string): void; close(): void };
const Sqlite = createRequire(import.meta.url)('better-sqlite3') as new (file: string) => Raw;

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

describe.runIf(testProvider() === 'sqlite')('the hot SQLite connection', () => {
  it('sees what Prisma’s connection committed, and Prisma sees what it wrote', async () => {
    const hot = hotSqliteOf(database.db);
    await database.db.workspace.create({ data: { id: 'T0HOT' } });
    expect(hot?.get<{ id: string }>('SELECT "id" FROM "Workspace" WHERE "id" = ?', ['T0HOT'])).toEqual({ id: 'T0HOT' });
    hot?.get('INSERT INTO "Holiday" ("id", "workspaceId", "date") VALUES (?, ?, ?) RETURNING "id"', ['choliday1', 'T0HOT', '2026-12-25']);
    expect(await database.db.holiday.count({ where: { workspaceId: 'T0HOT' } })).toBe(1);
  });

  it('answers undefined at once instead of waiting while another connection holds the write lock', () => {
    const other = new Sqlite(sqlitePathOf(database.url));
    try {
      other.exec('BEGIN IMMEDIATE');
      const started = Date.now();
      const row = hotSqliteOf(database.db)?.get('INSERT INTO "Holiday" ("id", "workspaceId", "date") VALUES (?, ?, ?) RETURNING "id"', ['choliday2', 'T0HOT', '2026-12-26']);
      expect(row).toBeUndefined();
      expect(Date.now() - started).toBeLessThan(1000);
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
  });
});
