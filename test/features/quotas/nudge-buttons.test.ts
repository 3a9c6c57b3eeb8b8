import { describe, expect, it } from 'vitest';
import { AWAY_DATE_ACTION, AWAY_DATE_BLOCK, OPEN_AWAY_MODAL_ACTION, SNOOZE_TODAY_ACTION } from '../../../src/features/quotas/ids.js';
import { CALL_MODAL, LOG_CALL_ACTION } from '../../../src/features/calls/ids.js';
import { stateValue } from '../../../src/slack-standin/slack-driver.js';
import type { TestApp } from '../../support/test-app.js';
import { runEvery, seedMember, useQuotaApp } from './fixtures.js';

let t: TestApp;
useQuotaApp((app) => (t = app));

/** A rep in Jakarta nudged at 16:00 WIB on Tuesday 24 November 2026; returns the delivered nudge message. */
async function nudgedRep() {
  const rep = await seedMember(t, 'U0REP', { tz: 'Asia/Jakarta', daily: 3 });
  await runEvery(t, '2026-11-24T09:00:00Z', '2026-11-24T09:01:00Z', 1);
  const call = t.fake.delivered('chat.postMessage')[0];
  const message = { channel: String(call?.result?.channel), ts: String(call?.result?.ts) };
  return { rep, message };
}

describe('Log a call', () => {
  it('opens the calls feature’s Log a call form from the nudge', async () => {
    const { message } = await nudgedRep();
    await t.driver.blockAction('U0REP', { actionId: LOG_CALL_ACTION }, { message });
    const opened = await t.fake.waitFor('views.open');
    expect(opened.fault).toBeUndefined();
    expect((opened.args.view as { callback_id: string }).callback_id).toBe(CALL_MODAL);
  });
});

describe('Snooze today', () => {
  it('snoozes the rest of the rep’s local day and confirms in place', async () => {
    const { rep, message } = await nudgedRep();
    t.clock.set('2026-11-24T09:05:00Z');
    const res = await t.driver.blockAction('U0REP', { actionId: SNOOZE_TODAY_ACTION, value: '2026-11-24' }, { message });
    expect(res.status).toBe(200);
    const reply = await t.fake.waitForResponse((r) => r.url === res.responseUrl);
    expect(reply.body).toMatchObject({ replace_original: true, text: expect.stringContaining('no more reminders today') });
    expect((await t.db.member.findUniqueOrThrow({ where: { id: rep.id } })).snoozedDay).toBe('2026-11-24');
  });

  it('uses the rep’s local today even when pressed on an older nudge', async () => {
    const { rep, message } = await nudgedRep();
    t.clock.set('2026-11-25T02:00:00Z'); // 09:00 on Wednesday in Jakarta
    await t.driver.blockAction('U0REP', { actionId: SNOOZE_TODAY_ACTION, value: '2026-11-24' }, { message });
    await t.fake.waitForResponse();
    expect((await t.db.member.findUniqueOrThrow({ where: { id: rep.id } })).snoozedDay).toBe('2026-11-25');
  });
});

describe('Out of office', () => {
  it('opens a modal with a date picker and stores the chosen day', async () => {
    const { rep, message } = await nudgedRep();
    await t.driver.blockAction('U0REP', { actionId: OPEN_AWAY_MODAL_ACTION }, { message });
    const opened = await t.fake.waitFor('views.open');
    const view = opened.result?.view as { id: string };
    const res = await t.driver.viewSubmission('U0REP', {
      ...t.fake.viewById(view.id)!, values: { [AWAY_DATE_BLOCK]: { [AWAY_DATE_ACTION]: stateValue.date('2026-12-01') } },
    });
    expect(res.status).toBe(200);
    expect((await t.db.member.findUniqueOrThrow({ where: { id: rep.id } })).awayUntil).toBe('2026-12-01');
    const dm = await t.fake.waitFor('chat.postMessage', (c) => String(c.args.text).includes('out of office'));
    expect(dm.args.channel).toBe('U0REP');
  });

  it.each([
    ['2026-11-20', 'is in the past'],
    ['2028-01-01', 'more than a year ahead'],
    [null, 'is not a date'],
  ])('rejects %s in the modal with a field error and stores nothing', async (date, message) => {
    const { rep } = await nudgedRep();
    const res = await t.driver.viewSubmission('U0REP', {
      callback_id: 'quotas_away_modal', values: { [AWAY_DATE_BLOCK]: { [AWAY_DATE_ACTION]: stateValue.date(date) } },
    });
    expect(res.json.response_action).toBe('errors');
    expect(res.json.errors[AWAY_DATE_BLOCK]).toContain(message);
    expect((await t.db.member.findUniqueOrThrow({ where: { id: rep.id } })).awayUntil).toBeNull();
  });

  it('keeps an away rep from being nudged until the day after', async () => {
    await seedMember(t, 'U0REP', { tz: 'Asia/Jakarta', daily: 3 });
    t.clock.set('2026-11-24T02:00:00Z');
    await t.driver.command('U0REP', '/quota', 'away until 2026-11-25');
    const deliveries = await runEvery(t, '2026-11-24T00:00:00Z', '2026-11-27T00:00:00Z', 60);
    expect(deliveries.filter((d) => d.kind === 'nudge').map((d) => d.at)).toEqual(['2026-11-26T09:00:00.000Z']);
  });
});
