import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient as SqliteClient } from '../generated/sqlite/client.js';
import { PrismaClient as PostgresClient } from '../generated/postgresql/client.js';
import { closeHotSqlite, openHotSqlite } from './hot-sqlite.js';
import { providerOf, sqlitePathOf, type DatabaseProvider } from './provider.js';

/**
 * Both generated clients come from one schema and differ only in provider, so their APIs are the
 * same; the SQLite client's type stands for both.
 */
export type Db = SqliteClient;

export type Database = { db: Db; provider: DatabaseProvider; close(): Promise<void> };

export async function openDatabase(databaseUrl: string): Promise<Database> {
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
  openHotSqlite(db, file);
  return {
    db,
    provider,
    close: async () => {
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
