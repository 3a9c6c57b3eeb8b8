import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const SQLITE_SCHEMA = path.join(here, 'sqlite', 'schema.prisma');
export const POSTGRES_SCHEMA = path.join(here, 'postgresql', 'schema.prisma');

const GENERATED_NOTICE =
  '// GENERATED from prisma/sqlite/schema.prisma by `npm run db:derive`. Do not edit by hand.\n';

/** The PostgreSQL schema is the SQLite one with another provider and client output. */
export function derivePostgresSchema(sqliteSchema: string): string {
  const body = sqliteSchema
    .replace(/^\/\/ Source of truth[^\n]*\n(\/\/[^\n]*\n)*/, '')
    .replace('provider = "sqlite"', 'provider = "postgresql"')
    .replace('src/generated/sqlite', 'src/generated/postgresql');
  return GENERATED_NOTICE + body;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await writeFile(POSTGRES_SCHEMA, derivePostgresSchema(await readFile(SQLITE_SCHEMA, 'utf8')));
}
