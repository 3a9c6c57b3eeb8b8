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
  // Reconnect attempts 50 ms apart (doubling to 400 ms) instead of 1 s to 60 s, so an outage fits in a test.
  outfield = createOutfield({
    config, db: database.db, clock: new ManualClock(), log: createLog('silent'), reconnectBackoff: { minMs: 50, maxMs: 400 },
  });
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

  it('survives Slack’s disconnect followed by an outage of apps.connections.open, then serves again', async () => {
    const opensBefore = fake.callsTo('apps.connections.open').length;
    fake.failNext('apps.connections.open', { status: 500 }, 4);
    fake.failNext('apps.connections.open', { status: 429, retryAfterSeconds: 1 });
    await fake.socket.disconnect('refresh_requested');
    expect(fake.socket.connected).toBe(false);
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);

    await fake.socket.waitForConnection(15_000);
    const opens = fake.callsTo('apps.connections.open').slice(opensBefore);
    expect(opens.map((call) => call.fault ?? 'ok')).toEqual(['http_500', 'http_500', 'http_500', 'http_500', 'ratelimited', 'ok']);
    // Retry-After: 1 was waited out, not hammered.
    expect(opens[5]!.at - opens[4]!.at).toBeGreaterThanOrEqual(950);
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    const ack = await fake.socket.send('slash_commands', {
      command: '/outfield', text: 'help', user_id: 'U0SOCK', team_id: fake.teamId, channel_id: 'C0GENERAL',
      response_url: fake.responseUrl(), trigger_id: fake.newTriggerId(), api_app_id: fake.appId,
    });
    expect(String(ack.payload?.text)).toContain('/call Acme Corp');
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
    expect(text).toMatch(/^outfield_ack_seconds_count\{kind="command",name="\/outfield"\} [1-9]\d*$/m);
    expect(text).toMatch(/^outfield_slack_api_calls_total\{method="apps\.connections\.open",outcome="answered"\} [1-9]\d*$/m);
  });
});
