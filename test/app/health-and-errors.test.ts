import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOutfield, type Outfield } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { openDatabase, type Database } from '../../src/db/client.js';
import { createLog } from '../../src/log.js';
import { FakeSlack } from '../../src/slack-standin/fake-slack.js';
import { ManualClock } from '../../src/time/manual-clock.js';
import { SlackDriver } from '../../src/slack-standin/slack-driver.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

describe('health checks', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('reports the process up and the database ready', async () => {
    const health = await fetch(`http://127.0.0.1:${t.port}/healthz`);
    expect(health.status).toBe(200);
    const ready = await fetch(`http://127.0.0.1:${t.port}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });
});

describe('with the database unreachable', () => {
  // A real PostgreSQL URL nobody listens on: nothing is mocked, the connection simply fails.
  const unreachable = 'postgresql://outfield@127.0.0.1:9/outfield';
  let fake: FakeSlack;
  let database: Database;
  let outfield: Outfield;
  let port: number;

  beforeAll(async () => {
    fake = await FakeSlack.start();
    database = await openDatabase(unreachable);
    const config = loadConfig({
      SLACK_BOT_TOKEN: fake.botToken, SLACK_SIGNING_SECRET: 'secret', SLACK_API_URL: fake.apiUrl,
      PORT: '0', DATABASE_URL: unreachable, LOG_LEVEL: 'silent',
    });
    outfield = createOutfield({ config, db: database.db, clock: new ManualClock(), log: createLog('silent') });
    ({ port } = await outfield.start());
  });
  afterAll(async () => {
    await outfield.stop();
    await database.close();
    await fake.close();
  });

  it('answers /readyz with 503 while /healthz stays 200', async () => {
    expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(503);
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
  });

  it('tells the user in plain words that something went wrong, never a 5xx or a stack trace', async () => {
    const driver = new SlackDriver({ appUrl: `http://127.0.0.1:${port}/slack/events`, signingSecret: 'secret', fake });
    const res = await driver.command('U0ANY', '/outfield', 'help');
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ response_type: 'ephemeral' });
    expect(res.json.text).toMatch(/^Something went wrong on our side and nothing was changed/);
    expect(res.text).not.toMatch(/at .*\.ts:\d+|Error:/);
  });
});
