import { existsSync } from 'node:fs';
import { systemClock } from './clock.js';
import { ConfigError, loadConfig } from './config.js';
import { createLog } from './log.js';
import { startOutfield, StartupError, stopOnSignals } from './start-outfield.js';

// The entry point reads process.env only to hand it to loadConfig (src/db/migrate.ts passes it on to the Prisma CLI).
if (existsSync('.env')) process.loadEnvFile('.env');

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

try {
  const config = loadConfig(process.env);
  const log = createLog(config.logLevel);
  const running = await startOutfield({ config, clock: systemClock, log });
  stopOnSignals(running.stop, log);
} catch (error) {
  if (error instanceof ConfigError || error instanceof StartupError) fail(error.message);
  throw error;
}
