import type { AddressInfo } from 'node:net';
import { App, LogLevel } from '@slack/bolt';
import type { Logger } from '@slack/bolt';
import { ErrorCode, WebClient } from '@slack/web-api';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FakeSlack } from '../../src/slack-standin/fake-slack.js';
import { SlackDriver, stateValue } from '../../src/slack-standin/slack-driver.js';

const section = (text: string) => ({ type: 'section', text: { type: 'mrkdwn', text } });
const modal = (title = 'Log visit', blocks: unknown[] = [section('hi')]) =>
  ({ type: 'modal', callback_id: 'visit', title: { type: 'plain_text', text: title }, blocks });

const silent: Logger = { debug() {}, info() {}, warn() {}, error() {}, setLevel() {}, getLevel: () => LogLevel.ERROR, setName() {} };

async function slackError(call: Promise<unknown>): Promise<any> {
  return call.then(() => expect.fail('expected the call to fail'), (error: unknown) => error);
}

describe('FakeSlack with a real WebClient', () => {
  let fake: FakeSlack;
  let client: WebClient;
  beforeAll(async () => {
    fake = await FakeSlack.start();
    client = new WebClient(fake.botToken, { slackApiUrl: fake.apiUrl, retryConfig: { retries: 0 }, rejectRateLimitedCalls: true, logger: silent });
    fake.addUser({ id: 'U1', name: 'ana', real_name: 'Ana Rep', tz: 'Europe/Paris', locale: 'fr-FR' });
  });
  afterAll(() => fake.close());
  beforeEach(() => fake.reset());

  it('posts messages with increasing ts, answers a DM channel for user ids, records parsed args', async () => {
    const first = await client.chat.postMessage({ channel: 'C1', text: 'hi', blocks: [section('hi')] });
    const second = await client.chat.postMessage({ channel: 'U1', text: 'dm' });
    expect(first.channel).toBe('C1');
    expect(second.channel).toBe('DU1');
    expect(Number(second.ts)).toBeGreaterThan(Number(first.ts));
    expect(first.ts).toMatch(/^\d{10}\.\d{6}$/);
    const call = await fake.waitFor('chat.postMessage');
    expect(call.args).toMatchObject({ channel: 'C1', blocks: [section('hi')] });
    expect(fake.delivered('chat.postMessage')).toHaveLength(2);
  });

  it('checks tokens, required args and text', async () => {
    const stranger = new WebClient('xoxb-wrong', { slackApiUrl: fake.apiUrl, retryConfig: { retries: 0 }, logger: silent });
    expect((await slackError(stranger.auth.test())).data.error).toBe('invalid_auth');
    expect((await slackError(client.chat.postMessage({ channel: 'C1' } as never))).data.error).toBe('no_text');
    const missing = await slackError(client.users.info({} as never));
    expect(missing.data).toMatchObject({ error: 'invalid_arguments', response_metadata: { messages: ['[ERROR] missing required field: user'] } });
    expect((await slackError(client.apiCall('nope.nothing'))).data.error).toBe('unknown_method');
    expect(await client.auth.test()).toMatchObject({ ok: true, user_id: 'U0BOT', bot_id: 'B0BOT', team_id: 'T0TEST' });
  });

  it('rejects 51 blocks, over-long texts and unknown block types', async () => {
    const blocks = Array.from({ length: 51 }, (_, i) => section(`row ${i}`));
    expect((await slackError(client.chat.postMessage({ channel: 'C1', text: 'x', blocks }))).data.error).toBe('invalid_blocks');
    const long = await slackError(client.chat.postMessage({ channel: 'C1', text: 'x', blocks: [section('a'.repeat(3001))] }));
    expect(long.data.response_metadata.messages).toEqual(['[ERROR] must be less than 3001 characters [json-pointer:/blocks/0/text]']);
    const odd = await slackError(client.chat.postMessage({ channel: 'C1', text: 'x', blocks: [{ type: 'sectoin' }] as never }));
    expect(odd.data.error).toBe('invalid_blocks');
    expect(fake.delivered('chat.postMessage')).toHaveLength(0);
  });

  it('opens a view once per trigger and validates modals', async () => {
    const trigger = fake.newTriggerId();
    const opened = await client.views.open({ trigger_id: trigger, view: modal() as never });
    expect(opened.view).toMatchObject({ id: expect.stringMatching(/^V/), callback_id: 'visit', hash: expect.any(String) });
    expect(fake.viewById(opened.view?.id ?? '')?.callback_id).toBe('visit');
    expect((await slackError(client.views.open({ trigger_id: trigger, view: modal() as never }))).data.error).toBe('exchanged_trigger_id');
    expect((await slackError(client.views.open({ trigger_id: 'nope', view: modal() as never }))).data.error).toBe('invalid_trigger_id');
    const tooLong = await slackError(client.views.open({ trigger_id: fake.newTriggerId(), view: modal('x'.repeat(25)) as never }));
    expect(tooLong.data).toMatchObject({ error: 'invalid_arguments', response_metadata: { messages: ['[ERROR] must be less than 25 characters [json-pointer:/view/title]'] } });
    const many = Array.from({ length: 101 }, () => ({ type: 'divider' }));
    expect((await slackError(client.views.open({ trigger_id: fake.newTriggerId(), view: modal('t', many) as never }))).data.error).toBe('invalid_arguments');
  });

  it('publishes home views per user and honours hashes', async () => {
    const first = await client.views.publish({ user_id: 'U1', view: { type: 'home', blocks: [section('v1')] } });
    await client.views.publish({ user_id: 'U1', view: { type: 'home', blocks: [section('v2')] }, hash: first.view?.hash ?? '' });
    expect(fake.homeViewOf('U1')).toMatchObject({ id: first.view?.id, blocks: [section('v2')] });
    const stale = client.views.publish({ user_id: 'U1', view: { type: 'home', blocks: [] }, hash: first.view?.hash ?? '' });
    expect((await slackError(stale)).data.error).toBe('hash_conflict');
  });

  it('answers users.info with locale and pages users.list', async () => {
    const withLocale = await client.users.info({ user: 'U1', include_locale: true });
    expect(withLocale.user).toMatchObject({ id: 'U1', real_name: 'Ana Rep', tz: 'Europe/Paris', locale: 'fr-FR' });
    expect([3600, 7200]).toContain(withLocale.user?.tz_offset);
    expect((await client.users.info({ user: 'U1' })).user).not.toHaveProperty('locale');
    expect((await slackError(client.users.info({ user: 'U404' }))).data.error).toBe('user_not_found');
    fake.addUser({ id: 'U2' });
    fake.addUser({ id: 'U3' });
    const ids: string[] = [];
    for await (const page of client.paginate('users.list', { limit: 2 })) {
      ids.push(...((page as { members?: { id: string }[] }).members ?? []).map((m) => m.id));
    }
    expect(ids).toEqual(['U0BOT', 'U1', 'U2', 'U3']);
  });

  it('takes uploads through filesUploadV2', async () => {
    await client.filesUploadV2({ channel_id: 'C1', filename: 'report.csv', title: 'Report', file: Buffer.from('a,b\n1,2\n') });
    expect(fake.uploadedFiles()).toEqual([
      { id: expect.stringMatching(/^F/), filename: 'report.csv', title: 'Report', channelId: 'C1', content: Buffer.from('a,b\n1,2\n') },
    ]);
  });

  it('injects faults and rate limits deterministically', async () => {
    fake.failNext('chat.postMessage', { status: 429, retryAfterSeconds: 7 });
    const limited = await slackError(client.chat.postMessage({ channel: 'C1', text: 'x' }));
    expect(limited).toMatchObject({ code: ErrorCode.RateLimitedError, retryAfter: 7 });
    fake.failNext('chat.postMessage', { error: 'channel_not_found' });
    expect((await slackError(client.chat.postMessage({ channel: 'C1', text: 'x' }))).data.error).toBe('channel_not_found');
    fake.rateLimitFraction('reactions.add', 0.5, 1);
    const { ts } = fake.addMessage('C1');
    const outcomes: string[] = [];
    for (const name of ['a', 'b', 'c', 'd']) {
      outcomes.push(await client.reactions.add({ channel: 'C1', timestamp: ts, name }).then(() => 'ok', (e: { code: string }) => e.code));
    }
    expect(outcomes).toEqual(['ok', ErrorCode.RateLimitedError, 'ok', ErrorCode.RateLimitedError]);
    expect(fake.callsTo('reactions.add').map((c) => c.fault)).toEqual([undefined, 'ratelimited', undefined, 'ratelimited']);
    expect(fake.delivered('reactions.add')).toHaveLength(2);
  });

  it('records response_url posts (5 uses) and explains waitFor timeouts', async () => {
    const url = fake.responseUrl();
    const post = () => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: 'done' }) });
    for (let i = 0; i < 5; i += 1) expect((await post()).status).toBe(200);
    expect((await post()).status).toBe(404);
    expect(await fake.waitForResponse()).toMatchObject({ url, body: { text: 'done' } });
    expect(fake.responses).toHaveLength(5);
    await client.auth.test();
    await expect(fake.waitFor('chat.update', undefined, 50)).rejects.toThrow(/no matching chat.update call within 50 ms; recorded: auth.test ×1/);
  });
});

describe('SlackDriver against a real Bolt app', () => {
  const signingSecret = '8f742231b10e8888abcd99yyyzzz85a5';
  let fake: FakeSlack;
  let app: App;
  let driver: SlackDriver;
  beforeAll(async () => {
    fake = await FakeSlack.start();
    app = new App({
      token: fake.botToken, signingSecret, botId: 'B0BOT', botUserId: 'U0BOT', logger: silent,
      clientOptions: { slackApiUrl: fake.apiUrl, retryConfig: { retries: 0 } },
    });
    app.command('/hello', async ({ ack, command }) => ack(`hi <@${command.user_id}>: ${command.text}`));
    app.command('/visit', async ({ ack, command, client }) => {
      await ack();
      await client.views.open({ trigger_id: command.trigger_id, view: modal() as never });
    });
    app.action('done', async ({ ack, respond }) => {
      await ack();
      await respond({ text: 'marked done', replace_original: true });
    });
    app.view('visit', async ({ ack, view }) => {
      const notes = view.state.values.notes?.input?.value;
      await ack(notes ? undefined : { response_action: 'errors', errors: { notes: 'Required' } });
    });
    app.event('app_home_opened', async ({ event, client }) => {
      await client.views.publish({ user_id: event.user, view: { type: 'home', blocks: [section('Welcome')] } });
    });
    const server = await app.start(0);
    driver = new SlackDriver({ appUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`, signingSecret, fake });
  });
  afterAll(async () => {
    await app.stop();
    await fake.close();
  });

  it('reproduces the signing test vector of the Slack docs', () => {
    const body = 'token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c';
    expect(driver.signature(body, 1531420618)).toBe('v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503');
  });

  it('gets a signed command acked with the reply; forged, stale or charset requests fail', async () => {
    expect(await driver.command('U1', '/hello', 'there')).toMatchObject({ status: 200, text: 'hi <@U1>: there' });
    const body = 'command=%2Fhello&text=x';
    expect((await driver.raw(body, { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': String(Math.floor(Date.now() / 1000)), 'x-slack-signature': 'v0=forged' })).status).toBe(401);
    const stale = Math.floor(Date.now() / 1000) - 301;
    expect((await driver.raw(body, { 'content-type': 'application/x-www-form-urlencoded', 'x-slack-request-timestamp': String(stale), 'x-slack-signature': driver.signature(body, stale) })).status).toBe(401);
    const now = Math.floor(Date.now() / 1000);
    expect((await driver.raw(body, { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8', 'x-slack-request-timestamp': String(now), 'x-slack-signature': driver.signature(body, now) })).status).toBe(400);
  });

  it('lets the app open a modal once per trigger and answers view submissions', async () => {
    const { triggerId } = await driver.command('U1', '/visit');
    const opened = await fake.waitFor('views.open', (c) => c.args.trigger_id === triggerId);
    expect(opened.fault).toBeUndefined();
    await driver.command('U1', '/visit', '', { trigger_id: triggerId ?? '' });
    await expect.poll(() => fake.callsTo('views.open').map((c) => c.fault)).toEqual([undefined, 'exchanged_trigger_id']);
    const stored = fake.viewById(String((opened.result?.view as { id: string }).id));
    const empty = await driver.viewSubmission('U1', { ...stored, callback_id: 'visit', values: { notes: { input: stateValue.empty() } } });
    expect(empty.json).toEqual({ response_action: 'errors', errors: { notes: 'Required' } });
    expect(await driver.viewSubmission('U1', { callback_id: 'visit', values: { notes: { input: stateValue.text('ok') } } })).toMatchObject({ status: 200, text: '' });
  });

  it('delivers block actions with a response_url and events, and answers url_verification', async () => {
    const action = await driver.blockAction('U1', { actionId: 'done', value: 'visit-1' });
    expect(action.status).toBe(200);
    expect(await fake.waitForResponse((r) => r.url === action.responseUrl)).toMatchObject({ body: { text: 'marked done', replace_original: true } });
    expect((await driver.event({ type: 'app_home_opened', user: 'U1', channel: 'DU1', tab: 'home' })).status).toBe(200);
    await fake.waitFor('views.publish');
    expect(fake.homeViewOf('U1')?.blocks).toEqual([section('Welcome')]);
    expect((await driver.urlVerification('abc')).json).toEqual({ challenge: 'abc' });
  });
});
