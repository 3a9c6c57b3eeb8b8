import { ErrorCode, WebClient } from '@slack/web-api';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FakeSlack } from '../../src/slack-standin/fake-slack.js';
import { ManualClock } from '../../src/time/manual-clock.js';

/** How the fake answered each call: 'ok', or 'ratelimited' with its Retry-After. */
const outcome = (call: Promise<unknown>): Promise<string> =>
  call.then(() => 'ok', (e: { code?: string; retryAfter?: number }) => (e.code === ErrorCode.RateLimitedError ? `429 ${e.retryAfter}` : String(e.code)));

describe('FakeSlack rate limits (as strict as Slack)', () => {
  const clock = new ManualClock('2026-11-24T16:00:00Z');
  let fake: FakeSlack;
  let client: WebClient;
  beforeAll(async () => {
    fake = await FakeSlack.start({ clock });
    client = new WebClient(fake.botToken, { slackApiUrl: fake.apiUrl, retryConfig: { retries: 0 }, rejectRateLimitedCalls: true });
  });
  afterAll(() => fake.close());
  beforeEach(() => fake.reset());

  const post = (channel: string) => outcome(client.chat.postMessage({ channel, text: 'hi' }));

  it('enforces a workspace token bucket per method and answers 429 with the Retry-After until a token is back', async () => {
    fake.setLimits({ methods: { 'chat.postMessage': { perMinute: 60, burst: 2 } }, channel: 'off' });
    expect([await post('U1'), await post('U2'), await post('U3')]).toEqual(['ok', 'ok', '429 1']);
    clock.advance(1000);
    expect(await post('U4')).toBe('ok');
    expect(fake.delivered('chat.postMessage').map((c) => c.args.channel)).toEqual(['U1', 'U2', 'U4']);
  });

  it('allows about one post per second per channel after a short burst, other channels unaffected', async () => {
    const burst = [];
    for (let i = 0; i < 6; i += 1) burst.push(await post('C0LEADERS'));
    expect(burst).toEqual(['ok', 'ok', 'ok', 'ok', 'ok', '429 1']);
    clock.advance(1000);
    expect(await post('C0OTHER')).toBe('ok');
    expect(await post('C0LEADERS')).toBe('ok');
  });

  it('uses the tier of the method reference: views.publish (Tier 4) allows 100 a minute', async () => {
    const results = [];
    for (let i = 0; i < 101; i += 1) results.push(await outcome(client.views.publish({ user_id: `U${i}`, view: { type: 'home', blocks: [] } })));
    expect(results.filter((r) => r === 'ok')).toHaveLength(100);
    expect(results.at(-1)).toBe('429 1');
  });

  it('records a call made while a Retry-After is in force, answers it 429 and fails the test file at close', async () => {
    fake.failNext('chat.postMessage', { status: 429, retryAfterSeconds: 30 });
    expect(await post('U1')).toBe('429 30');
    clock.advance(29_000);
    expect(await post('U1')).toBe('429 1');
    expect(fake.callsDuringRetryAfter().map((c) => c.method)).toEqual(['chat.postMessage']);
    const other = await FakeSlack.start({ clock });
    other.failNext('views.publish', { status: 429, retryAfterSeconds: 5 });
    const otherClient = new WebClient(other.botToken, { slackApiUrl: other.apiUrl, retryConfig: { retries: 0 }, rejectRateLimitedCalls: true });
    const home = () => outcome(otherClient.views.publish({ user_id: 'U1', view: { type: 'home', blocks: [] } }));
    expect([await home(), await home()]).toEqual(['429 5', '429 5']);
    await expect(other.close()).rejects.toThrow('1 call(s) made while a Retry-After was in force (views.publish)');
    fake.acceptCallsDuringRetryAfter();
    clock.advance(1000);
    expect(await post('U1')).toBe('ok');
    expect(fake.callsDuringRetryAfter()).toEqual([]);
  });

  it('turns every limit off for a ceiling measurement', async () => {
    fake.setLimits({ off: true });
    const results = await Promise.all(Array.from({ length: 400 }, () => post('C0LEADERS')));
    expect(new Set(results)).toEqual(new Set(['ok']));
  });
});
