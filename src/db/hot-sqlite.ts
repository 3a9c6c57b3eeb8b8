import { createRequire } from 'node:module';
import type { Db } from './client.js';

type Statement = { get(...params: unknown[]): unknown };
type Connection = { prepare(sql: string): Statement; pragma(sql: string): unknown; close(): void };
type ConnectionClass = new (file: string, options: { timeout: number }) => Connection;

/**
 * A second, plain better-sqlite3 connection to the app's SQLite file for the one statement of the
 * `/call` hot path: a prepared statement costs a few microseconds, the same statement through
 * Prisma's client about 0.3 ms (see README, Performance). It never waits for a lock (timeout 0) —
 * better-sqlite3 is synchronous and waiting would block the event loop while Prisma's connection
 * may be the holder — so a busy database answers `undefined` and the caller takes the Prisma path.
 */
export type HotSqlite = { get<T>(sql: string, params: readonly unknown[]): T | undefined; close(): void };

const connections = new WeakMap<Db, HotSqlite>();

/** `autocheckpointPages`: SQLite's own threshold unless a background checkpointer keeps the log short. */
export function openHotSqlite(db: Db, file: string, autocheckpointPages?: number): void {
  if (file === ':memory:' || file === '') return; // a second connection would see another database
  const Sqlite = createRequire(import.meta.url)('better-sqlite3') as ConnectionClass;
  const connection = new Sqlite(file, { timeout: 0 });
  connection.pragma('synchronous = NORMAL');
  if (autocheckpointPages !== undefined) connection.pragma(`wal_autocheckpoint = ${autocheckpointPages}`);
  const statements = new Map<string, Statement>();
  connections.set(db, {
    get<T>(sql: string, params: readonly unknown[]): T | undefined {
      let statement = statements.get(sql);
      if (!statement) statements.set(sql, (statement = connection.prepare(sql)));
      try {
        return statement.get(...params) as T | undefined;
      } catch (error) {
        if ((error as { code?: string }).code === 'SQLITE_BUSY') return undefined;
        throw error;
      }
    },
    close: () => connection.close(),
  });
}

/** The hot connection of a SQLite Db, if it has one. */
export const hotSqliteOf = (db: Db): HotSqlite | undefined => connections.get(db);

export function closeHotSqlite(db: Db): void {
  connections.get(db)?.close();
  connections.delete(db);
}
