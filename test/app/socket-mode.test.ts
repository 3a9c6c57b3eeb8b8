import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOutfield, type Outfield } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { createLog } from '../../src/log.js';
import { FakeSlack } from '../../src/slack-standin/fake-slack.js';
import { ManualClock } from '../../src/time/manual-clock.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

let fake: FakeSlack;
let database: TestDatabase;
let outfield: Outfield;
let port: number;

beforeAll(async () => {
  fake = await FakeSlack.start();
  database = await createTestDatabase();
  const config = loadConfig({
    SLACK_BOT_TOKEN: fake.botToken,
    SLACK_APP_TOKEN: fake.appToken,
    SLACK_API_URL: fake.apiUrl,
    PORT: '0',
    DATABASE_URL: database.url,
    LOG_LEVEL: 'silent',
  });
  outfield = createOutfield({ config, db: database.db, clock: new ManualClock(), log: createLog('silent') });
  ({ port } = await outfield.start());
  await fake.socket.waitForConnection();
});
afterAll(async () => {
  await outfield.stop();
  await database.close();
  await fake.close();
});

describe('Socket Mode', () => {
  it('connects with the app-level token', () => {
    expect(fake.callsTo('apps.connections.open')).toHaveLength(1);
    expect(fake.socket.connected).toBe(true);
  });

  it('answers a slash command envelope with the help text in the ack', async () => {
    fake.addUser({ id: 'U0SOCK', tz: 'Asia/Jakarta' });
    const ack = await fake.socket.send('slash_commands', {
      command: '/outfield', text: 'help', user_id: 'U0SOCK', team_id: fake.teamId, channel_id: 'C0GENERAL',
      response_url: fake.responseUrl(), trigger_id: fake.newTriggerId(), api_app_id: fake.appId,
    });
    expect(ack.payload).toMatchObject({ response_type: 'ephemeral' });
    expect(String(ack.payload?.text)).toContain('/call Acme Corp');
    expect(await database.db.member.count({ where: { slackUserId: 'U0SOCK' } })).toBe(1);
  });

  it('still serves health checks over HTTP', async () => {
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(200);
    expect((await fetch(`http://127.0.0.1:${port}/slack/events`, { method: 'POST' })).status).toBe(404);
  });

  it('serves /metrics on the same port, with the acks of socket envelopes', async () => {
    const res = await fetch(`http://127.0.0.1:${port}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/plain');
    const text = await res.text();
    expect(text).toMatch(/^outfield_ack_seconds_count\{kind="command",name="\/outfield"\} 1$/m);
    expect(text).toMatch(/^outfield_slack_api_calls_total\{method="apps\.connections\.open",outcome="answered"\} 1$/m);
  });
});
