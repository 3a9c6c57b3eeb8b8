import { pino, type Logger as PinoLogger } from 'pino';
import { LogLevel, type Logger as SlackLogger } from '@slack/bolt';

export type Log = PinoLogger;

export function createLog(level: string, destination?: NodeJS.WritableStream): Log {
  return pino(
    { level, base: { app: 'outfield' }, redact: ['token', '*.token', 'headers.authorization'] },
    destination ?? process.stdout,
  );
}

const TO_SLACK_LEVEL: Record<string, LogLevel> = {
  trace: LogLevel.DEBUG,
  debug: LogLevel.DEBUG,
  info: LogLevel.INFO,
  warn: LogLevel.WARN,
  error: LogLevel.ERROR,
  fatal: LogLevel.ERROR,
  silent: LogLevel.ERROR,
};

/** Bolt and the Web API client log through this, so every line comes out of pino. */
export function toSlackLogger(log: Log): SlackLogger {
  let child = log.child({ component: 'bolt' });
  return {
    debug: (...msg) => child.debug(msg.map(String).join(' ')),
    info: (...msg) => child.info(msg.map(String).join(' ')),
    warn: (...msg) => child.warn(msg.map(String).join(' ')),
    error: (...msg) => child.error(msg.map(String).join(' ')),
    setLevel: () => undefined, // the level is pino's, set from LOG_LEVEL
    getLevel: () => TO_SLACK_LEVEL[log.level] ?? LogLevel.INFO,
    setName: (name) => {
      child = log.child({ component: name });
    },
  };
}
