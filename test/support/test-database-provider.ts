import pg from 'pg';
import type { DatabaseProvider } from '../../src/db/provider.js';

/** Which provider this test run uses: `npm test` runs the suite once for each. */
export function testProvider(): DatabaseProvider {
  return process.env.OUTFIELD_TEST_DB === 'postgresql' ? 'postgresql' : 'sqlite';
}

/** The PostgreSQL server the tests create their databases on (trust auth on this machine and CI). */
export const ADMIN_POSTGRES_URL = process.env.OUTFIELD_TEST_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

/**
 * Databases of one test run share this prefix, so several runs (two checkouts, CI) can use one
 * server without dropping each other's databases. The main vitest process sets it; forks inherit it.
 */
export const RUN_PREFIX = (process.env.OUTFIELD_TEST_RUN ??= `outfield_test_${process.pid}_`);
export const TEMPLATE_DATABASE = `${RUN_PREFIX}template`;

export function postgresUrlFor(database: string): string {
  const url = new URL(ADMIN_POSTGRES_URL);
  url.pathname = `/${database}`;
  return url.toString();
}

/** Runs `work` on a short-lived admin connection to the test server (CREATE/DROP DATABASE). */
export async function withPostgresAdmin<T>(work: (admin: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: ADMIN_POSTGRES_URL, connectionTimeoutMillis: 2000 });
  await admin.connect().catch((error: Error) => {
    throw new Error(`PostgreSQL is needed at ${ADMIN_POSTGRES_URL} (${error.message}); .ci/run starts it`);
  });
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}
