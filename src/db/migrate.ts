import { execFile } from 'node:child_process';
import { mkdir, readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';
import { projectRoot } from '../project-root.js';
import { openDatabase, type Db } from './client.js';
import { providerOf, sqlitePathOf } from './provider.js';

const run = promisify(execFile);
const root = projectRoot();
const prismaCli = createRequire(import.meta.url).resolve('prisma/build/index.js');

/** Migration folder names of a provider, oldest first. */
export async function migrationNames(databaseUrl: string): Promise<string[]> {
  const folder = path.join(root, 'prisma', providerOf(databaseUrl) ?? 'sqlite', 'migrations');
  const entries = await readdir(folder, { withFileTypes: true });
  return entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
}

async function appliedMigrations(db: Db): Promise<Set<string>> {
  try {
    const rows = await db.$queryRawUnsafe<{ migration_name: string }[]>(
      'SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
    );
    return new Set(rows.map((row) => row.migration_name));
  } catch {
    return new Set(); // no migrations table yet: a new database
  }
}

/**
 * Applies pending migrations with `prisma migrate deploy` (never a destructive sync). The CLI takes
 * a second or two to start, so it only runs when a migration is actually pending. Call it before the
 * app opens its own connection: the CLI needs the SQLite file to itself.
 */
export async function applyMigrations(databaseUrl: string): Promise<string[]> {
  const probe = await openDatabase(databaseUrl);
  const applied = await appliedMigrations(probe.db).finally(() => probe.close());
  const pending = (await migrationNames(databaseUrl)).filter((name) => !applied.has(name));
  if (pending.length === 0) return [];
  if (providerOf(databaseUrl) === 'sqlite') {
    await mkdir(path.dirname(path.resolve(sqlitePathOf(databaseUrl))), { recursive: true });
  }
  await run(process.execPath, [prismaCli, 'migrate', 'deploy', '--config', path.join(root, 'prisma', 'prisma.config.ts')], {
    cwd: process.cwd(),
    // The CLI child inherits this process's environment (PATH, proxies) with the URL being migrated.
    env: { ...process.env, DATABASE_URL: databaseUrl },
  });
  return pending;
}
