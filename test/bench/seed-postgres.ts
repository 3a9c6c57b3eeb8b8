import pg from 'pg';
import { BENCH_WORKSPACE, accounts, calls, members, type CallRow, type DatasetSize } from './bench-dataset.js';

const BATCH = 20_000;
const NOW = '2026-01-01T00:00:00.000Z';

const columnOf = <T>(rows: readonly CallRow[], index: number): T[] => rows.map((row) => row[index] as T);

/**
 * Fills a migrated PostgreSQL database with the bench dataset: one INSERT … SELECT FROM unnest(arrays)
 * per batch of 20,000 calls (one parameter per column, not per value), then ANALYZE as autovacuum would.
 * The triggers update each rep's period totals dozens of times inside that one transaction, leaving
 * the dead row versions that autovacuum and HOT updates clear from a live table: VACUUM FULL compacts
 * it as a database that grew one call at a time would be.
 */
export async function seedPostgres(url: string, size: DatasetSize): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query('INSERT INTO "Workspace" ("id", "updatedAt") VALUES ($1, $2)', [BENCH_WORKSPACE, NOW]);
    const people = members(size);
    await client.query(
      `INSERT INTO "Member" ("id", "workspaceId", "slackUserId", "role", "managerId", "updatedAt")
       SELECT id, $1, slack, role::"Role", manager, $2 FROM unnest($3::text[], $4::text[], $5::text[], $6::text[]) AS t(id, slack, role, manager)`,
      [BENCH_WORKSPACE, NOW, people.map((m) => m.id), people.map((m) => m.slackUserId), people.map((m) => m.role), people.map((m) => m.managerId)],
    );
    const accs = accounts();
    await client.query(
      `INSERT INTO "Account" ("id", "workspaceId", "name", "normalizedName")
       SELECT id, $1, name, norm FROM unnest($2::text[], $3::text[], $4::text[]) AS t(id, name, norm)`,
      [BENCH_WORKSPACE, accs.map((a) => a.id), accs.map((a) => a.name), accs.map((a) => a.normalizedName)],
    );
    for (let first = 0; first < size.calls; first += BATCH) {
      const rows = [...calls(size, first, BATCH)];
      await client.query(
        `INSERT INTO "Call" ("id", "workspaceId", "repId", "accountId", "occurredAt", "localDay", "localWeek", "outcome", "value", "createdAt", "updatedAt")
         SELECT id, ws, rep, acc, at, day, week, outcome::"CallOutcome", value, at, at
           FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::timestamp[], $6::text[], $7::text[], $8::text[], $9::numeric[])
             AS t(id, ws, rep, acc, at, day, week, outcome, value)`,
        [0, 1, 2, 3, 4, 5, 6, 7, 8].map((index) => columnOf(rows, index)),
      );
    }
    await client.query('COMMIT');
    await client.query('VACUUM FULL "RepPeriodActivity"');
    await client.query('ANALYZE');
  } finally {
    await client.end();
  }
}
