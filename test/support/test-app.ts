import { createOutfield, type Outfield } from '../../src/app.js';
import type { Clock } from '../../src/clock.js';
import { loadConfig, type Config } from '../../src/config.js';
import type { Db } from '../../src/db/client.js';
import { createLog } from '../../src/log.js';
import { FakeSlack } from '../../src/slack-standin/fake-slack.js';
import { ManualClock } from '../../src/time/manual-clock.js';
import { SlackDriver } from '../../src/slack-standin/slack-driver.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';

export const SIGNING_SECRET = 'test-signing-secret';
export const ADMIN_ID = 'U0ADMIN';

export type TestApp = {
  fake: FakeSlack;
  driver: SlackDriver;
  db: Db;
  database: TestDatabase;
  clock: ManualClock;
  config: Config;
  outfield: Outfield;
  port: number;
  close(): Promise<void>;
};

export type TestAppOptions = { clock?: ManualClock; env?: Record<string, string> };

/**
 * The real app on a fresh database of the provider under test, talking to a fake Slack over HTTP,
 * with a driver that sends signed requests to its real /slack/events endpoint.
 */
export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const fake = await FakeSlack.start();
  const database = await createTestDatabase();
  const clock = options.clock ?? new ManualClock();
  const config = loadConfig({
    SLACK_BOT_TOKEN: fake.botToken,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: fake.apiUrl,
    PORT: '0',
    DATABASE_URL: database.url,
    OUTFIELD_ADMINS: ADMIN_ID,
    LOG_LEVEL: process.env.OUTFIELD_TEST_LOG_LEVEL ?? 'silent',
    ...options.env,
  });
  // No timers in tests: they drive scheduled work with `outfield.scheduler.runDueWork()` and the manual clock.
  const outfield = createOutfield({ config, db: database.db, clock: clock as Clock, log: createLog(config.logLevel), scheduling: 'manual' });
  const { port } = await outfield.start();
  const driver = new SlackDriver({ appUrl: `http://127.0.0.1:${port}/slack/events`, signingSecret: SIGNING_SECRET, fake });
  return {
    fake,
    driver,
    db: database.db,
    database,
    clock,
    config,
    outfield,
    port,
    async close() {
      await outfield.stop();
      await database.close();
      await fake.close();
    },
  };
}
