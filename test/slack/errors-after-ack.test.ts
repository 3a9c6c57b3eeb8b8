import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { CALL_CONFIRMATION_KIND } from '../../src/features/calls/ids.js';
import { translator } from '../../src/i18n/index.js';
import { GENERIC_ERRORS } from '../hostile/hostile-checks.js';
import { callsOf, modalValues, REP, submitModal } from '../features/calls/call-test-kit.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const en = translator('en');

/**
 * A failure after the ack must reach the user in both modes. In Socket Mode a second ack() is only
 * logged (HTTP mode throws), which is how these errors used to vanish there.
 */
describe.each([
  { mode: 'HTTP mode', socketMode: false },
  { mode: 'Socket Mode', socketMode: true },
])('errors after the ack ($mode)', ({ socketMode }) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ socketMode });
    t.fake.addUser({ id: REP, tz: 'America/New_York' });
  });
  afterAll(() => t.close());
  beforeEach(() => t.fake.reset());

  it('tells the rep when Slack says the trigger expired before the form opened', async () => {
    t.fake.failNext('views.open', { error: 'expired_trigger_id' });
    const res = await t.driver.command(REP, '/call', '');
    expect(res.status).toBe(200);
    const reply = await t.fake.waitForResponse((r) => r.url === res.responseUrl);
    expect(reply.body).toMatchObject({ response_type: 'ephemeral', text: en('common.trigger_expired') });
  });

  it('tells the rep when views.open is rate limited', async () => {
    t.fake.failNext('views.open', { status: 429, retryAfterSeconds: 30 });
    const res = await t.driver.command(REP, '/call', '');
    const reply = await t.fake.waitForResponse((r) => r.url === res.responseUrl);
    expect(reply.body.text).toBe(en('common.slack_busy'));
  });

  it('retries a rate-limited confirmation through the outbox, once, and never invites a retry', async () => {
    t.fake.failNext('chat.postMessage', { status: 429, retryAfterSeconds: 30 });
    const res = await submitModal(t, REP, modalValues({}), { id: `V0ACK${socketMode ? 'S' : 'H'}` });
    expect(res.status).toBe(200);
    expect(await callsOf(t, REP)).toHaveLength(1);
    // The outbox keeps the row and tries again no sooner than Retry-After says.
    const row = await vi.waitFor(async () => {
      const found = await t.db.outboxMessage.findFirst({ where: { kind: CALL_CONFIRMATION_KIND, lastError: 'ratelimited' } });
      if (!found?.nextAttemptAt) throw new Error('the outbox has not recorded the 429 yet');
      return found;
    });
    expect(row!.nextAttemptAt!.getTime() - t.clock.now().getTime()).toBeGreaterThanOrEqual(30_000);
    t.clock.set(row!.nextAttemptAt!.toISOString());
    await t.outfield.scheduler.runDueWork();
    // Only the confirmation: the rep's first-use disclosure prompt may share the DM.
    const sent = t.fake.delivered('chat.postMessage').filter((call) => call.args.text === en('calls.logged', { account: 'Acme Corp' }));
    expect(sent).toHaveLength(1);
    expect(sent[0]!.args).toMatchObject({ channel: REP, text: en('calls.logged', { account: 'Acme Corp' }) });
    const told = t.fake.callsTo('chat.postMessage').map((call) => String(call.args.text));
    for (const generic of GENERIC_ERRORS) for (const text of told) expect(text).not.toContain(generic);
    expect(await callsOf(t, REP)).toHaveLength(1);
  });

  it('never claims nothing was changed once the request was acknowledged', async () => {
    t.fake.failNext('views.open', { status: 500 }, 2);
    const res = await t.driver.command(REP, '/call', '');
    const reply = await t.fake.waitForResponse((r) => r.url === res.responseUrl);
    expect(reply.body.text).toBe(en('common.failed_after_ack'));
  });
});
