export type DatabaseProvider = 'sqlite' | 'postgresql';

export const DEFAULT_DATABASE_URL = 'file:./data/outfield.db';

/** `file:` URLs are the embedded SQLite default; `postgres://` and `postgresql://` select PostgreSQL. */
export function providerOf(databaseUrl: string): DatabaseProvider | undefined {
  if (databaseUrl.startsWith('file:')) return 'sqlite';
  if (/^postgres(ql)?:\/\//.test(databaseUrl)) return 'postgresql';
  return undefined;
}

/** The file path of a `file:` URL, as better-sqlite3 wants it. */
export function sqlitePathOf(databaseUrl: string): string {
  return databaseUrl.slice('file:'.length).split('?')[0] ?? '';
}

/**
 * Discrete connection fields: the pg adapter makes its shadow database by spreading this config and
 * changing `database`, which a connectionString would override.
 */
export function postgresConfigOf(databaseUrl: string) {
  const url = new URL(databaseUrl);
  return {
    host: decodeURIComponent(url.hostname),
    port: url.port ? Number(url.port) : 5432,
    user: decodeURIComponent(url.username) || undefined,
    password: decodeURIComponent(url.password) || undefined,
    database: decodeURIComponent(url.pathname.slice(1)) || undefined,
  };
}
