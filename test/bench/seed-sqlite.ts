import { createRequire } from 'node:module';
import { BENCH_WORKSPACE, CALL_COLUMNS, accounts, calls, members, type DatasetSize } from './bench-dataset.js';

type Statement = { run(...values: unknown[]): unknown };
type SqliteFile = {
  prepare(sql: string): Statement;
  pragma(sql: string): unknown;
  transaction(work: () => void): () => void;
  close(): void;
};

// better-sqlite3 comes with @prisma/adapter-better-sqlite3; raw prepared statements in one
// transaction seed a million rows in seconds, where Prisma would take minutes.
const BetterSqlite = createRequire(import.meta.url)('better-sqlite3') as new (file: string) => SqliteFile;

const NOW = '2026-01-01T00:00:00.000+00:00';

/** Fills a migrated SQLite file with the bench dataset. */
export function seedSqlite(file: string, size: DatasetSize): void {
  const db = new BetterSqlite(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  const insertWorkspace = db.prepare('INSERT INTO "Workspace" ("id", "createdAt", "updatedAt") VALUES (?, ?, ?)');
  const insertMember = db.prepare(
    'INSERT INTO "Member" ("id", "workspaceId", "slackUserId", "role", "managerId", "createdAt", "updatedAt") VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const insertAccount = db.prepare('INSERT INTO "Account" ("id", "workspaceId", "name", "normalizedName", "createdAt") VALUES (?, ?, ?, ?, ?)');
  const insertCall = db.prepare(
    `INSERT INTO "Call" (${CALL_COLUMNS.map((c) => `"${c}"`).join(', ')}) VALUES (${CALL_COLUMNS.map(() => '?').join(', ')})`,
  );
  db.transaction(() => {
    insertWorkspace.run(BENCH_WORKSPACE, NOW, NOW);
    for (const m of members(size)) insertMember.run(m.id, BENCH_WORKSPACE, m.slackUserId, m.role, m.managerId, NOW, NOW);
    for (const a of accounts()) insertAccount.run(a.id, BENCH_WORKSPACE, a.name, a.normalizedName, NOW);
    for (const row of calls(size)) insertCall.run(...row);
  })();
  db.close();
}
