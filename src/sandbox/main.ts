import { createLog } from '../log.js';
import { StartupError, stopOnSignals } from '../start-outfield.js';
import { startSandbox } from './sandbox.js';

// Only PORT and LOG_LEVEL are read: no SLACK_* variable, DATABASE_URL or .env reaches the sandbox.
const args = new Set(process.argv.slice(2));
const port = Number(process.env.PORT ?? 3000);
const logLevel = process.env.LOG_LEVEL === 'debug' || process.env.LOG_LEVEL === 'info' ? process.env.LOG_LEVEL : 'warn';

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

if (!Number.isInteger(port) || port < 0 || port > 65535) fail('The sandbox cannot start: PORT must be a port number.');
const log = createLog(logLevel);
try {
  const sandbox = await startSandbox({ port, demo: args.has('--demo'), reset: args.has('--reset'), log, logLevel });
  process.stdout.write(`Outfield sandbox: open ${sandbox.url} (no Slack workspace, no tokens; Ctrl+C stops it)\n`);
  stopOnSignals(sandbox.stop, log);
} catch (error) {
  if (error instanceof StartupError) fail(error.message);
  if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') fail(`The sandbox cannot start: port ${port} is in use (set PORT to another one).`);
  throw error;
}
