import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'prisma/config';
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { DEFAULT_DATABASE_URL, postgresConfigOf, providerOf, sqlitePathOf } from '../src/db/provider.js';

// The CLI downloads Rust engines at start-up unless these name existing files. With `engine: 'js'`
// it uses the WebAssembly schema engine shipped in the prisma package and never runs these files,
// so any existing file stops a download that cannot succeed offline.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= fileURLToPath(import.meta.url);
process.env.PRISMA_QUERY_ENGINE_LIBRARY ??= fileURLToPath(import.meta.url);

const here = path.dirname(fileURLToPath(import.meta.url));
// The Prisma CLI reads its own environment: this file is the one place besides src/config.ts that does.
const databaseUrl = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
const provider = process.env.OUTFIELD_SCHEMA_PROVIDER ?? providerOf(databaseUrl) ?? 'sqlite';

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: path.join(here, provider, 'schema.prisma'),
  migrations: { path: path.join(here, provider, 'migrations') },
  adapter: async () =>
    provider === 'postgresql'
      ? new PrismaPg(postgresConfigOf(databaseUrl))
      : new PrismaBetterSQLite3({ url: sqlitePathOf(databaseUrl) }),
});
