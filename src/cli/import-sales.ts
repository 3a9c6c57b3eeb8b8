// `npm run import-sales -- FILE.csv [--workspace T…]`: historic sales (date,rep,account,amount) for
// year-over-year, forecasts and 80/20 from day one. Every row is checked first; a file with any bad
// row imports nothing and each bad line is listed with its number and reason. Re-running the same
// file adds nothing. Only DATABASE_URL is read: the import needs no Slack token.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { systemClock } from '../clock.js';
import { openDatabase } from '../db/client.js';
import { applyMigrations } from '../db/migrate.js';
import { DEFAULT_DATABASE_URL, providerOf } from '../db/provider.js';
import { parseSalesCsv } from '../features/reports/sales-import-rules.js';
import { importSales } from '../features/reports/sales-import-service.js';
import { localDayOf } from '../time/local-time.js';

const out = (line: string) => process.stdout.write(`${line}\n`);
function fail(message: string, code = 2): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

if (existsSync('.env')) process.loadEnvFile('.env');
const env = z.object({ DATABASE_URL: z.string().refine((url) => providerOf(url) !== undefined).default(DEFAULT_DATABASE_URL) }).safeParse(process.env);
if (!env.success) fail('DATABASE_URL must start with file: (SQLite) or postgres:// / postgresql:// (PostgreSQL)');

const args = process.argv.slice(2);
const at = args.indexOf('--workspace');
const workspaceArg = at >= 0 ? args[at + 1] : undefined;
const file = args.find((arg, i) => !arg.startsWith('--') && (at < 0 || i !== at + 1));
if (!file) fail('usage: npm run import-sales -- FILE.csv [--workspace T0123456]');
const content = await readFile(file, 'utf8').catch((error: Error) => fail(`cannot read ${file}: ${error.message}`));

await applyMigrations(env.data.DATABASE_URL);
const database = await openDatabase(env.data.DATABASE_URL);
try {
  process.exitCode = await run(database.db);
} finally {
  await database.close();
}

async function run(db: typeof database.db): Promise<number> {
  const workspaces = await db.workspace.findMany({ select: { id: true } });
  const workspaceId = workspaceArg ?? (workspaces.length === 1 ? workspaces[0]?.id : undefined);
  if (!workspaceId || !workspaces.some((w) => w.id === workspaceId)) {
    process.stderr.write(`name the workspace with --workspace; known: ${workspaces.map((w) => w.id).join(', ') || 'none (start the app and use it in Slack first)'}\n`);
    return 2;
  }
  const parsed = parseSalesCsv(content, localDayOf(systemClock.now(), 'UTC'));
  const result = parsed.bad.length > 0 ? { imported: 0, alreadyImported: 0, bad: parsed.bad } : await importSales(db, workspaceId, parsed.rows);
  if (result.bad.length > 0) {
    for (const bad of result.bad) out(`line ${bad.line}: ${bad.reason}`);
    process.stderr.write(`${file}: ${result.bad.length} bad line(s); nothing was imported. Fix them and run the import again.\n`);
    return 1;
  }
  out(`${file}: imported ${result.imported} sale(s); ${result.alreadyImported} already imported before were skipped.`);
  return 0;
}
