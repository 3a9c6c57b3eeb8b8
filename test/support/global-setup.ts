import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { applyMigrations } from '../../src/db/migrate.js';
import { postgresUrlFor, RUN_PREFIX, TEMPLATE_DATABASE, testProvider, withPostgresAdmin } from './test-database-provider.js';

declare module 'vitest' {
  export interface ProvidedContext {
    templateDatabaseUrl: string;
    scratchDir: string;
  }
}

/** Migrates one template database per run; each test file then gets a cheap copy of it. */
export default async function setup(project: TestProject) {
  const scratchDir = await mkdtemp(path.join(tmpdir(), 'outfield-test-'));
  project.provide('scratchDir', scratchDir);
  if (testProvider() === 'sqlite') {
    const url = `file:${path.join(scratchDir, 'template.db')}`;
    await applyMigrations(url);
    project.provide('templateDatabaseUrl', url);
  } else {
    await recreatePostgresTemplate();
    project.provide('templateDatabaseUrl', postgresUrlFor(TEMPLATE_DATABASE));
    await applyMigrations(postgresUrlFor(TEMPLATE_DATABASE));
  }
  return async () => {
    await rm(scratchDir, { recursive: true, force: true });
    if (testProvider() === 'postgresql') await dropRunDatabases();
  };
}

async function recreatePostgresTemplate(): Promise<void> {
  await dropRunDatabases();
  await withPostgresAdmin(async (admin) => {
    await admin.query(`CREATE DATABASE "${TEMPLATE_DATABASE}"`);
  });
}

/** Drops this run's databases (a file that failed may have left its copy behind). */
async function dropRunDatabases(): Promise<void> {
  await withPostgresAdmin(async (admin) => {
    const rows = await admin.query<{ datname: string }>('SELECT datname FROM pg_database WHERE starts_with(datname, $1)', [RUN_PREFIX]);
    for (const { datname } of rows.rows) await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  });
}
