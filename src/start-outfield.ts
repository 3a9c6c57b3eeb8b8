import type { Clock } from './clock.js';
import type { Config } from './config.js';
import { openDatabase, type Database } from './db/client.js';
import { applyMigrations } from './db/migrate.js';
import { createOutfield, type Outfield, type OutfieldDeps } from './app.js';
import type { Log } from './log.js';

export type StartOptions = { config: Config; clock: Clock; log: Log } & Pick<OutfieldDeps, 'scheduling' | 'host'>;

export type RunningOutfield = { outfield: Outfield; database: Database; port: number; stop(): Promise<void> };

/** A start-up failure worth one line to the operator (never a stack trace). */
export class StartupError extends Error {
  override name = 'StartupError';
}

function firstLine(text: string): string {
  return text.split('\n').find((line) => line.trim() && !line.startsWith('Loaded Prisma config'))?.trim() ?? text;
}

/**
 * The one start-up path of `npm start` and `npm run sandbox`: migrate, open the database, build
 * the app, serve. Throws a StartupError naming the step that failed.
 */
export async function startOutfield(options: StartOptions): Promise<RunningOutfield> {
  const { config, log } = options;
  const applied = await applyMigrations(config.databaseUrl).catch((error: Error & { stderr?: string }) => {
    throw new StartupError(`Outfield cannot start: the database could not be migrated (${firstLine(error.stderr || error.message)}).`);
  });
  if (applied.length > 0) log.info({ migrations: applied }, 'database migrations applied');
  const checkpointInBackground = { onError: (error: Error) => log.error({ err: error }, 'the SQLite checkpoint worker stopped: SQLite checkpoints in requests again') };
  const database = await openDatabase(config.databaseUrl, { checkpointInBackground }).catch((error: Error) => {
    throw new StartupError(`Outfield cannot start: DATABASE_URL could not be opened (${firstLine(error.message)}).`);
  });
  const outfield = createOutfield({ ...options, db: database.db });
  const { port } = await outfield.start().catch(async (error: Error) => {
    await database.close();
    throw new StartupError(`Outfield cannot start: ${error.message}`);
  });
  log.info({ port, provider: database.provider, mode: config.slack.appToken ? 'socket' : 'http' }, 'Outfield is ready');
  return {
    outfield,
    database,
    port,
    async stop() {
      await outfield.stop().catch((error: unknown) => log.error({ err: error }, 'error while stopping'));
      await database.close();
    },
  };
}

/** Graceful shutdown on SIGTERM/SIGINT: stop taking work, finish in-flight sends, close the DB, exit. */
export function stopOnSignals(stop: () => Promise<void>, log: Log): void {
  let stopping = false;
  const shutdown = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down: no new work, finishing in-flight sends');
    await stop();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}
