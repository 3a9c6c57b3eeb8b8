// Creates one migration for both providers without a shadow database (which the JS engine cannot
// run offline, see ../shared/notes/prisma-offline.md): it diffs the schema snapshot taken by the
// previous migration against the current schema. Usage: npm run db:migration -- <name>
import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, readFile, writeFile, access } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { derivePostgresSchema, POSTGRES_SCHEMA, SQLITE_SCHEMA } from './derive-postgres-schema.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  process.stderr.write('usage: npm run db:migration -- <name in snake_case>\n');
  process.exit(2);
}

await writeFile(POSTGRES_SCHEMA, derivePostgresSchema(await readFile(SQLITE_SCHEMA, 'utf8')));
// The pg adapter connects even for a schema-to-schema diff; nothing is written to that database.
const diffDatabaseUrl = {
  sqlite: 'file::memory:',
  postgresql: process.env.OUTFIELD_DIFF_POSTGRES_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres',
};
const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);

for (const provider of ['sqlite', 'postgresql'] as const) {
  const schema = path.join(here, provider, 'schema.prisma');
  const migrations = path.join(here, provider, 'migrations');
  const snapshot = path.join(migrations, 'schema.snapshot.prisma');
  const hasSnapshot = await access(snapshot).then(() => true, () => false);
  const folder = path.join(migrations, `${stamp}_${name}`);
  await mkdir(folder, { recursive: true });
  execFileSync(
    'npx',
    [
      'prisma', 'migrate', 'diff', '--config', path.join(here, 'prisma.config.ts'),
      ...(hasSnapshot ? ['--from-schema-datamodel', snapshot] : ['--from-empty']),
      '--to-schema-datamodel', schema,
      '--script', '--output', path.join(folder, 'migration.sql'),
    ],
    { stdio: 'inherit', env: { ...process.env, DATABASE_URL: diffDatabaseUrl[provider] } },
  );
  await writeFile(path.join(migrations, 'migration_lock.toml'), `provider = "${provider}"\n`);
  await copyFile(schema, snapshot);
}
