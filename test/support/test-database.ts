import { randomUUID } from 'node:crypto';
import { copyFile } from 'node:fs/promises';
import path from 'node:path';
import { inject } from 'vitest';
import { openDatabase, type Database, type OpenOptions } from '../../src/db/client.js';
import { sqlitePathOf } from '../../src/db/provider.js';
import { postgresUrlFor, RUN_PREFIX, TEMPLATE_DATABASE, testProvider, withPostgresAdmin } from './test-database-provider.js';

export type TestDatabase = Database & { url: string };

/** A fresh, migrated database of the provider under test, dropped by `close()`. */
export async function createTestDatabase(options: OpenOptions = {}): Promise<TestDatabase> {
  const name = `${RUN_PREFIX}${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  if (testProvider() === 'sqlite') {
    const file = path.join(inject('scratchDir'), `${name}.db`);
    await copyFile(sqlitePathOf(inject('templateDatabaseUrl')), file);
    const url = `file:${file}`;
    return { ...(await openDatabase(url, options)), url };
  }
  await withPostgresAdmin((admin) => admin.query(`CREATE DATABASE "${name}" TEMPLATE "${TEMPLATE_DATABASE}"`));
  const url = postgresUrlFor(name);
  const database = await openDatabase(url, options);
  return {
    ...database,
    url,
    async close() {
      await database.close();
      await withPostgresAdmin((admin) => admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}

