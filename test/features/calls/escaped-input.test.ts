import { describe, expect, it } from 'vitest';
import type { TestApp } from '../../support/test-app.js';
import { callsOf, MANAGER, REP, REP_ID_LOCALE, useCallsApp } from './call-test-kit.js';

let t: TestApp;
useCallsApp((app) => {
  t = app;
  t.driver.addChannel('email', 'C0EMAIL');
});

/** What the rep typed arrives as Slack escapes it (`driver.typedCommand`), and is stored as typed. */
describe('commands typed into Slack (should_escape: true)', () => {
  it('stores `Tokopedia.com` as the account, not `<http`', async () => {
    const res = await t.driver.typedCommand(REP, '/call', 'Tokopedia.com: met buyer');
    expect(res.json.text).toBe('Logged your call with *Tokopedia.com*.');
    const [call] = await callsOf(t, REP);
    expect(call).toMatchObject({ notes: 'met buyer', account: { name: 'Tokopedia.com' } });
  });

  it('reads #email as the call type even where a channel #email exists, and stores no ping or link', async () => {
    const res = await t.driver.typedCommand(REP, '/call', 'Acme: #email sent the deck to buyer@acme.co, told @here & @channel');
    const [call] = await callsOf(t, REP);
    expect(call).toMatchObject({ type: 'email', notes: 'sent the deck to buyer@acme.co, told @here & @channel' });
    const answer = JSON.stringify(res.json);
    expect(answer).not.toMatch(/<!here|<!channel|<mailto:|<#C0EMAIL/);
  });

  it('refuses a broadcast as an account and stores nothing', async () => {
    const res = await t.driver.typedCommand(REP, '/call', '@here: met');
    expect(res.json.text).toContain('An account is a company name');
    expect(await callsOf(t, REP)).toHaveLength(0);
  });

  it('reads Indonesian amounts for an id-ID rep in an IDR workspace', async () => {
    await t.db.workspace.update({ where: { id: t.fake.teamId }, data: { currency: 'IDR' } });
    try {
      await t.driver.typedCommand(REP_ID_LOCALE, '/call', 'Maju Jaya: Rp12.500.000 #visit');
      await t.driver.typedCommand(REP_ID_LOCALE, '/call', 'Sinar Abadi: value:12,5jt');
      const refused = await t.driver.typedCommand(REP_ID_LOCALE, '/call', 'Sinar Abadi: value:12,500');
      expect(refused.json.text).toContain('titik memisahkan ribuan');
      const calls = await callsOf(t, REP_ID_LOCALE);
      expect(calls.map((call) => call.value?.toString())).toEqual(['12500000', '12500000']);
    } finally {
      await t.db.workspace.update({ where: { id: t.fake.teamId }, data: { currency: 'USD' } });
    }
  });

  it('reads a person in /quota set whether Slack adds their name label or not', async () => {
    const res = await t.driver.typedCommand(MANAGER, '/quota', `set @${REP.toLowerCase()} daily 8 weekly 40`);
    expect(res.json.text).toContain(`<@${REP}>`);
    const plain = await t.driver.command(MANAGER, '/quota', `set <@${REP}> daily 7 weekly 35`);
    expect(plain.json.text).toContain('*7*');
  });
});
