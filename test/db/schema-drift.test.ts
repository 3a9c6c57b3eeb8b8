import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { derivePostgresSchema, POSTGRES_SCHEMA, SQLITE_SCHEMA } from '../../prisma/derive-postgres-schema.js';

const prismaDir = path.dirname(SQLITE_SCHEMA).replace(/sqlite$/, '');

describe('the two providers’ schemas and migrations', () => {
  it('derive the PostgreSQL schema from the SQLite source of truth (run npm run db:derive)', async () => {
    const derived = derivePostgresSchema(await readFile(SQLITE_SCHEMA, 'utf8'));
    expect(await readFile(POSTGRES_SCHEMA, 'utf8')).toBe(derived);
    expect(derived).toContain('provider = "postgresql"');
    expect(derived).not.toContain('"sqlite"');
  });

  it.each(['sqlite', 'postgresql'])('%s migrations end at the current schema (run npm run db:migration)', async (provider) => {
    const schema = await readFile(path.join(prismaDir, provider, 'schema.prisma'), 'utf8');
    const snapshot = await readFile(path.join(prismaDir, provider, 'migrations', 'schema.snapshot.prisma'), 'utf8');
    expect(snapshot).toBe(schema);
  });

  it('have the same migration history for both providers', async () => {
    const names = async (provider: string) =>
      (await readdir(path.join(prismaDir, provider, 'migrations'), { withFileTypes: true }))
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort();
    expect(await names('postgresql')).toEqual(await names('sqlite'));
    expect((await names('sqlite')).length).toBeGreaterThan(0);
  });
});
