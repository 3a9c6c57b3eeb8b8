import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
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

  it('says the call is saved (and not to log it again) when only the confirmation is rate limited', async () => {
    t.fake.failNext('chat.postMessage', { status: 429, retryAfterSeconds: 30 });
    const res = await submitModal(t, REP, modalValues({}), { id: `V0ACK${socketMode ? 'S' : 'H'}` });
    expect(res.status).toBe(200);
    const told = await t.fake.waitFor('chat.postMessage', (call) => call.fault === undefined);
    expect(told.args).toMatchObject({ channel: REP, text: en('calls.saved_not_confirmed', { account: 'Acme Corp' }) });
    for (const generic of GENERIC_ERRORS) expect(String(told.args.text)).not.toContain(generic);
    expect(await callsOf(t, REP)).toHaveLength(1);
  });

  it('never claims nothing was changed once the request was acknowledged', async () => {
    t.fake.failNext('views.open', { status: 500 }, 2);
    const res = await t.driver.command(REP, '/call', '');
    const reply = await t.fake.waitForResponse((r) => r.url === res.responseUrl);
    expect(reply.body.text).toBe(en('common.failed_after_ack'));
  });
});
