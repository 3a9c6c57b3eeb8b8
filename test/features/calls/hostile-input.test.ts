import { describe, expect, it } from 'vitest';
import { EDIT_CALL_ACTION } from '../../../src/features/calls/ids.js';
import type { TestApp } from '../../support/test-app.js';
import { callsOf, REP, useCallsApp, textOfBlocks } from './call-test-kit.js';

let t: TestApp;
useCallsApp((app) => {
  t = app;
});

describe('hostile or broken /call input', () => {
  it.each([
    ['an empty account', ': met the buyer', 'Which account was the call with?'],
    ['10,000 characters', `Acme: ${'x'.repeat(10_000)}`, 'At most 3000 characters here; this has 10000'],
    ['a 10,000-character account', 'A'.repeat(10_000), 'at most 100 characters; this one has 10000'],
    ['control characters', 'Acme: hello\u0000\u001b[31m', 'invisible control characters'],
    ['a mention as the account', '<@U0REP2|maria>: met', 'not a person or a channel'],
    ['a channel as the account', '<#C0GENERAL|general>: met', 'not a person or a channel'],
    ['a broadcast as the account', '<!channel>: met', 'not a person or a channel'],
    ['a negative value', 'Acme: $-100', 'cannot be negative'],
    ['a non-numeric value', 'Acme: value:lots', 'is not an amount'],
    ['a date out of range', 'Acme: date:2026-11-01', 'up to 7 days'],
    ['a future date', 'Acme: date:2026-12-25', 'cannot be in the future'],
    ['an unknown type', 'Acme: #fax', '“#fax” is not a call type'],
    ['an unknown stage', 'Acme: stage:maybe', '“stage:maybe” is not a stage'],
  ])('refuses %s with a clear message and stores nothing', async (_name, text, message) => {
    const res = await t.driver.command(REP, '/call', text);
    expect(res.status).toBe(200);
    expect(res.json.response_type).toBe('ephemeral');
    expect(res.json.text).toContain(message);
    expect(await t.db.call.count()).toBe(0);
    expect(await t.db.account.count()).toBe(0);
  });

  it('stores <script> as plain text and always shows it escaped', async () => {
    const res = await t.driver.command(REP, '/call', '<b>Evil</b> Inc: <script>alert(1)</script> *bold* &amp;');
    const [call] = await callsOf(t, REP);
    expect(call?.account.name).toBe('<b>Evil</b> Inc');
    expect(call?.notes).toBe('<script>alert(1)</script> *bold* &');
    const shown = textOfBlocks(res.json.blocks);
    expect(shown).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(shown).not.toContain('<script>');
  });

  it('stores SQL fragments literally and never runs them', async () => {
    const text = "Robert'); DROP TABLE \"Call\";--: x' OR '1'='1; DELETE FROM Account";
    await t.driver.command(REP, '/call', text);
    const [call] = await callsOf(t, REP);
    expect(call?.account.name).toBe("Robert'); DROP TABLE \"Call\";--");
    expect(call?.notes).toBe("x' OR '1'='1; DELETE FROM Account");
    expect(await t.db.account.count()).toBe(1);
  });

  it('answers an Edit button for a call that does not exist without a 5xx', async () => {
    const res = await t.driver.blockAction(REP, { actionId: EDIT_CALL_ACTION, value: "' OR 1=1 --" });
    expect(res.status).toBe(200);
    expect((await t.fake.waitForResponse()).body.text).toBe('That call no longer exists; it may have been deleted.');
  });
});
