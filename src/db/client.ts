import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient as SqliteClient } from '../generated/sqlite/client.js';
import { PrismaClient as PostgresClient } from '../generated/postgresql/client.js';
import { closeHotSqlite, openHotSqlite } from './hot-sqlite.js';
import { startWalCheckpointer } from './wal-checkpointer.js';
import { providerOf, sqlitePathOf, type DatabaseProvider } from './provider.js';

/**
 * Both generated clients come from one schema and differ only in provider, so their APIs are the
 * same; the SQLite client's type stands for both.
 */
export type Db = SqliteClient;

export type Database = { db: Db; provider: DatabaseProvider; close(): Promise<void> };

/** Larger than SQLite's 1,000 pages: with the checkpoint worker, only a fallback should it fall behind. */
const FALLBACK_AUTOCHECKPOINT_PAGES = 10_000;

export type OpenOptions = {
  /** SQLite: checkpoint the write-ahead log from a worker thread, not inside a request's commit (the app; not tests). */
  checkpointInBackground?: { onError: (error: Error) => void };
};

export async function openDatabase(databaseUrl: string, options: OpenOptions = {}): Promise<Database> {
  const provider = providerOf(databaseUrl);
  if (provider === 'postgresql') {
    // No JIT: Outfield's queries are short, and a correlated count over a CTE (the standings) is
    // estimated expensive enough to compile, about 400 ms of JIT for a 20 ms query.
    const db = new PostgresClient({ adapter: new PrismaPg({ connectionString: databaseUrl, options: '-c jit=off' }) }) as unknown as Db;
    return { db, provider, close: () => db.$disconnect() };
  }
  if (provider !== 'sqlite') throw new Error(`unsupported database URL scheme: ${databaseUrl.split(':')[0]}`);
  const file = sqlitePathOf(databaseUrl);
  if (file !== ':memory:') await mkdir(path.dirname(path.resolve(file)), { recursive: true });
  // Writers wait for each other instead of failing with SQLITE_BUSY.
  const db = new SqliteClient({ adapter: new PrismaBetterSQLite3({ url: file, timeout: 10_000 }) });
  // WAL lets readers run beside the writer; NORMAL sync is safe with WAL and several times faster.
  await db.$queryRawUnsafe('PRAGMA journal_mode = WAL');
  await db.$queryRawUnsafe('PRAGMA synchronous = NORMAL');
  const checkpointer = options.checkpointInBackground && file !== ':memory:' ? startWalCheckpointer(file, options.checkpointInBackground.onError) : undefined;
  if (checkpointer) await db.$queryRawUnsafe(`PRAGMA wal_autocheckpoint = ${FALLBACK_AUTOCHECKPOINT_PAGES}`);
  openHotSqlite(db, file, checkpointer ? FALLBACK_AUTOCHECKPOINT_PAGES : undefined);
  return {
    db,
    provider,
    close: async () => {
      await checkpointer?.stop();
      closeHotSqlite(db);
      await db.$disconnect();
    },
  };
}

/** For /readyz: true when a trivial query succeeds. */
export async function isDatabaseReachable(db: Db): Promise<boolean> {
  try {
    await db.$queryRawUnsafe('SELECT 1');
    return true;
  } catch {
    return false;
  }
}
