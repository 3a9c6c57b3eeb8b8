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
