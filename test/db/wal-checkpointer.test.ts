import { statSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { hotSqliteOf } from '../../src/db/hot-sqlite.js';
import { sqlitePathOf } from '../../src/db/provider.js';
import { testProvider } from '../support/test-database-provider.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

const PAGE_BYTES = 4096;
const walBytesOf = (database: TestDatabase): number => statSync(`${sqlitePathOf(database.url)}-wal`).size;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Writes about `pages` pages of WAL through the hot connection, in commits of one row each, pausing between batches. */
async function writePages(database: TestDatabase, pages: number): Promise<void> {
  const hot = hotSqliteOf(database.db);
  if (!hot) throw new Error('no hot connection');
  const filler = 'x'.repeat(3000); // most of a page per commit
  await database.db.workspace.create({ data: { id: 'T0WAL' } });
  for (let i = 0; i < pages; i += 1) {
    hot.get('INSERT INTO "Holiday" ("id", "workspaceId", "date", "name") VALUES (?, ?, ?, ?) RETURNING "id"', [`cwal${i}`, 'T0WAL', `d${i}`, filler]);
    if (i % 200 === 199) await pause(300);
  }
}

const opened: TestDatabase[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((database) => database.close()));
});
const open = async (...args: Parameters<typeof createTestDatabase>) => {
  const database = await createTestDatabase(...args);
  opened.push(database);
  return database;
};

describe.runIf(testProvider() === 'sqlite')('checkpointing the SQLite log in the background', () => {
  it('keeps the write-ahead log short although the app’s own connections no longer checkpoint at 1,000 pages', async () => {
    const errors: Error[] = [];
    const withWorker = await open({ checkpointInBackground: { onError: (error) => errors.push(error) } });
    const without = await open();
    hotSqliteOf(without.db)?.get('PRAGMA wal_autocheckpoint = 10000', []);
    await Promise.all([writePages(withWorker, 3000), writePages(without, 3000)]);
    // Without a checkpoint the log holds every commit; with the worker it is reused after each round.
    expect(walBytesOf(without)).toBeGreaterThan(3000 * PAGE_BYTES);
    expect(walBytesOf(withWorker)).toBeLessThan(walBytesOf(without) / 2);
    expect(errors).toEqual([]);
  });

  it('stops with the database: closing waits for the worker', async () => {
    const database = await createTestDatabase({ checkpointInBackground: { onError: () => undefined } });
    await expect(database.close()).resolves.toBeUndefined();
  });
});
