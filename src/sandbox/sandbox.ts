/** `npm run sandbox`: the real app, the Slack stand-in and the page, all on loopback. */
import { randomBytes } from 'node:crypto';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { loadConfig, type Config } from '../config.js';
import type { Log } from '../log.js';
import { startOutfield, type RunningOutfield } from '../start-outfield.js';
import { ADMIN, STAFFING_COMMANDS } from './cast.js';
import { seedDemo } from './demo-seed.js';
import { startPageServer, type PageServer } from './page-server.js';
import { SandboxClock } from './sandbox-clock.js';
import { SandboxSlack } from './standin.js';
import { dmChannelFor } from './workspace.js';

export const DEFAULT_SANDBOX_DB = './data/sandbox.db';
/** The scheduler's minute tick, as `npm start` has it (the clock may be ahead of real time). */
const TICK_MS = 30_000;

export type SandboxOptions = { port: number; databaseFile?: string; demo?: boolean; reset?: boolean; log: Log; logLevel: Config['logLevel'] };

export type Sandbox = { url: string; slack: SandboxSlack; clock: SandboxClock; running: RunningOutfield; stop(): Promise<void> };

/**
 * The app's configuration never comes from the environment here: the tokens are made up, the only
 * Slack is the stand-in on 127.0.0.1 and the database is the sandbox's own, so a sandbox cannot
 * reach a real workspace or the production database by accident.
 */
function sandboxConfig(slack: SandboxSlack, databaseFile: string, logLevel: Config['logLevel']): Config {
  const config = loadConfig({
    SLACK_BOT_TOKEN: slack.fake.botToken,
    SLACK_SIGNING_SECRET: randomBytes(16).toString('hex'),
    SLACK_API_URL: slack.fake.apiUrl,
    PORT: '0',
    DATABASE_URL: `file:${databaseFile}`,
    OUTFIELD_ADMINS: ADMIN.id,
    LOG_LEVEL: logLevel,
  });
  if (new URL(config.slack.apiUrl).hostname !== '127.0.0.1') throw new Error('the sandbox only talks to its local Slack stand-in');
  return config;
}

export async function startSandbox(options: SandboxOptions): Promise<Sandbox> {
  const databaseFile = path.resolve(options.databaseFile ?? DEFAULT_SANDBOX_DB);
  if (options.reset || options.demo) {
    await Promise.all(['', '-wal', '-shm', '-journal'].map((suffix) => rm(`${databaseFile}${suffix}`, { force: true })));
  }
  const clock = new SandboxClock();
  const slack = await SandboxSlack.start(() => clock.now());
  const config = sandboxConfig(slack, databaseFile, options.logLevel);
  const running = await startOutfield({ config, clock, log: options.log, scheduling: 'manual', host: '127.0.0.1' });
  slack.connect(`http://127.0.0.1:${running.port}/slack/events`, config.slack.signingSecret ?? '');
  for (const step of STAFFING_COMMANDS) await slack.compose(step.as.id, dmChannelFor(step.as.id), `${step.command} ${step.text}`, { quiet: true });
  if (options.demo) await seedDemo(slack, clock);
  const runDueWork = () => running.outfield.scheduler.runDueWork().catch((error: unknown) => options.log.error({ err: error }, 'sandbox tick failed'));
  const tick = setInterval(() => void runDueWork(), TICK_MS);
  let page: PageServer | undefined;
  try {
    page = await startPageServer({ slack, clock, outfield: running.outfield, port: options.port, log: options.log });
  } catch (error) {
    clearInterval(tick);
    await running.stop();
    await slack.stop();
    throw error;
  }
  const shownPage = page;
  return {
    url: shownPage.url,
    slack,
    clock,
    running,
    async stop() {
      clearInterval(tick);
      await shownPage.close();
      await running.stop();
      await slack.stop();
    },
  };
}
