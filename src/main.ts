import { existsSync } from 'node:fs';
import { systemClock } from './clock.js';
import { ConfigError, loadConfig } from './config.js';
import { openDatabase } from './db/client.js';
import { applyMigrations } from './db/migrate.js';
import { createOutfield } from './app.js';
import { createLog } from './log.js';

// The entry point reads process.env only to hand it to loadConfig (src/db/migrate.ts passes it on to the Prisma CLI).
if (existsSync('.env')) process.loadEnvFile('.env');

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

function firstLine(text: string): string {
  return text.split('\n').find((line) => line.trim() && !line.startsWith('Loaded Prisma config'))?.trim() ?? text;
}

let config;
try {
  config = loadConfig(process.env);
} catch (error) {
  if (error instanceof ConfigError) fail(error.message);
  throw error;
}

const log = createLog(config.logLevel);
const applied = await applyMigrations(config.databaseUrl).catch((error: Error & { stderr?: string }) =>
  fail(`Outfield cannot start: the database could not be migrated (${firstLine(error.stderr || error.message)}).`),
);
if (applied.length > 0) log.info({ migrations: applied }, 'database migrations applied');
const database = await openDatabase(config.databaseUrl).catch((error: Error) =>
  fail(`Outfield cannot start: DATABASE_URL could not be opened (${firstLine(error.message)}).`),
);

const outfield = createOutfield({ config, db: database.db, clock: systemClock, log });
const { port } = await outfield.start().catch((error: Error) => fail(`Outfield cannot start: ${error.message}`));
log.info({ port, provider: database.provider, mode: config.slack.appToken ? 'socket' : 'http' }, 'Outfield is ready');

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  log.info({ signal }, 'shutting down: no new work, finishing in-flight sends');
  await outfield.stop().catch((error: unknown) => log.error({ err: error }, 'error while stopping'));
  await database.close();
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
