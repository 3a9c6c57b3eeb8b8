import { describe, expect, it } from 'vitest';
import { NOTHING_TO_DISCLOSE_ACTION, OPEN_DISCLOSE_ACTION, PROMPT_KIND } from '../../../src/features/disclosures/ids.js';
import type { TestApp } from '../../support/test-app.js';
import { REP, REP_ID_LOCALE, settle, submitDisclosure, useDisclosuresApp } from './disclosure-kit.js';

let t: TestApp;
useDisclosuresApp((app) => (t = app));

const promptsTo = (user: string) => t.fake.delivered('chat.postMessage').filter((c) => c.args.channel === user && JSON.stringify(c.args.blocks ?? []).includes(NOTHING_TO_DISCLOSE_ACTION));

/** Runs the scheduler at `time` (UTC) on each day from `from` for `days` days; returns the days REP was prompted. */
async function runDaily(from: string, days: number, time = '15:00', user = REP): Promise<string[]> {
  const prompted: string[] = [];
  for (let i = 0; i < days; i += 1) {
    const day = new Date(Date.parse(`${from}T${time}:00Z`) + i * 86_400_000);
    t.clock.set(day);
    const before = promptsTo(user).length;
    await t.outfield.scheduler.runDueWork();
    if (promptsTo(user).length > before) prompted.push(day.toISOString().slice(0, 10));
  }
  return prompted;
}

describe('first use', () => {
  it('asks a new member to disclose or confirm, with both buttons, inside their working hours', async () => {
    t.clock.set('2026-11-23T02:00:00Z'); // 21:00 Sunday in New York
    await t.outfield.scheduler.runDueWork();
    expect(promptsTo(REP)).toEqual([]);
    t.clock.set('2026-11-23T15:00:00Z'); // 10:00 Monday in New York
    await t.outfield.scheduler.runDueWork();
    const [prompt] = promptsTo(REP);
    expect(String(prompt?.args.text)).toMatch(/^Welcome to Outfield! Do you also sell lines for other companies\?/);
    expect(JSON.stringify(prompt?.args.blocks)).toContain(OPEN_DISCLOSE_ACTION);
    expect(await t.db.outboxMessage.count({ where: { kind: PROMPT_KIND, status: 'sent' } })).toBeGreaterThan(0);
  });

  it('speaks the member’s language (Bahasa Indonesia in Jakarta, in Jakarta’s working hours)', async () => {
    t.clock.set('2026-11-24T03:00:00Z'); // 10:00 Tuesday in Jakarta
    await t.outfield.scheduler.runDueWork();
    expect(String(promptsTo(REP_ID_LOCALE)[0]?.args.text)).toContain('Selamat datang di Outfield!');
  });
});

describe('reminders', () => {
  it('repeat until done, at most one a week, on working days only', async () => {
    const prompted = await runDaily('2026-11-23', 22);
    expect(prompted).toEqual(['2026-11-23', '2026-11-30', '2026-12-07', '2026-12-14']);
    expect(String(promptsTo(REP)[1]?.args.text)).toContain('A reminder: your re-attestation for 2026-Q4 is still open');
  });

  it('never fall on a weekend day', async () => {
    expect(await runDaily('2026-11-28', 10)).toEqual(['2026-11-30', '2026-12-07']);
  });

  it('stop after “Nothing to disclose”, which is recorded once', async () => {
    t.clock.set('2026-11-23T15:00:00Z');
    await t.outfield.scheduler.runDueWork();
    const prompt = promptsTo(REP)[0]!;
    const message = { channel: String(prompt.result?.channel), ts: String(prompt.result?.ts) };
    const res = await t.driver.blockAction(REP, { actionId: NOTHING_TO_DISCLOSE_ACTION }, { message });
    const reply = await t.fake.waitForResponse((r) => r.url === res.responseUrl);
    expect(reply.body).toMatchObject({ replace_original: true, text: expect.stringContaining('nothing (more) to disclose for 2026-Q4') });
    const twice = await t.driver.command(REP, '/disclose', 'none');
    expect(twice.json.text).toContain('already confirmed for 2026-Q4');
    const member = await t.db.member.findFirstOrThrow({ where: { slackUserId: REP } });
    expect(await t.db.attestation.findMany({ where: { memberId: member.id } })).toMatchObject([{ period: '2026-Q4', kind: 'nothing_to_disclose' }]);
    expect(await runDaily('2026-11-24', 30)).toEqual([]);
  });

  it('stop after a disclosure (it counts as this period’s attestation)', async () => {
    await submitDisclosure(t, REP);
    await settle(t);
    expect(await runDaily('2026-11-23', 10)).toEqual([]);
  });
});

describe('re-attestation', () => {
  it('asks again every quarter, with the period named', async () => {
    await t.driver.command(REP, '/disclose', 'none');
    expect(await runDaily('2026-12-28', 12)).toEqual(['2027-01-01', '2027-01-08']);
    expect(String(promptsTo(REP)[0]?.args.text)).toBe('Time to re-attest for 2027-Q1: disclose any outside line you carry, or confirm you have nothing (more) to disclose.');
  });

  it('follows the period set in /outfield setup (six months → halves)', async () => {
    await t.db.workspace.updateMany({ data: { attestationMonths: 6 } });
    const none = await t.driver.command(REP, '/disclose', 'none');
    expect(none.json.text).toContain('2026-H2');
    expect(await runDaily('2026-12-01', 20)).toEqual([]);
    expect(await runDaily('2027-01-01', 1)).toEqual(['2027-01-01']);
    expect(String(promptsTo(REP)[0]?.args.text)).toContain('re-attest for 2027-H1');
  });
});
