import { beforeEach, describe, expect, it } from 'vitest';
import { EDIT_CALL_ACTION, LOG_CALL_ACTION } from '../../../src/features/calls/ids.js';
import { HOME_SHOW_ALL_ACTION } from '../../../src/features/home/ids.js';
import { OPEN_AWAY_MODAL_ACTION } from '../../../src/features/quotas/ids.js';
import type { Member } from '../../../src/generated/sqlite/client.js';
import type { TestApp } from '../../support/test-app.js';
import { seedCalls, seedMember, useQuotaApp } from '../quotas/fixtures.js';
import { buttonsOf, openHome, storedHashIsCurrent, textOf } from './home-kit.js';

let t: TestApp;
let manager: Member;
useQuotaApp((app) => (t = app));
beforeEach(async () => {
  t.clock.set('2026-11-25T15:00:00Z'); // Wednesday
  manager = await seedMember(t, 'U0MGR', { role: 'manager', tz: 'America/Chicago', daily: 2 });
});

describe('the rep’s Home', () => {
  it('shows today and this week against quota with progress bars, my last calls with Edit, and the buttons', async () => {
    const rep = await seedMember(t, 'U0REP', { managerId: manager.id, tz: 'Asia/Jakarta', daily: 8, weekly: 40 });
    await seedCalls(t.db, rep, 3, new Date('2026-11-25T08:00:00Z'));
    await seedCalls(t.db, rep, 5, new Date('2026-11-23T08:00:00Z'));
    const view = await openHome(t, 'U0REP');
    const text = textOf(view.blocks);
    expect(view.type).toBe('home');
    expect(text).toContain('Where you stand');
    expect(text).toContain('Today: *3* of 8 ▰▰▰▱▱▱▱▱▱▱');
    expect(text).toContain('This week: *8* of 40 ▰▰▱▱▱▱▱▱▱▱');
    expect(text).toContain('Your last calls');
    expect(text).toContain('*Acme*');
    expect(text).toContain('(Asia/Jakarta)'); // "updated" in the rep's own zone
    expect(text).not.toContain('Your team');
    const buttons = buttonsOf(view.blocks);
    expect(buttons.map((b) => b.action_id)).toEqual(expect.arrayContaining([LOG_CALL_ACTION, OPEN_AWAY_MODAL_ACTION, EDIT_CALL_ACTION]));
    const today = await t.db.call.findMany({ where: { repId: rep.id, localDay: '2026-11-25' } });
    expect(today.map((call) => call.id)).toContain(buttons.find((b) => b.action_id === EDIT_CALL_ACTION)?.value);
    expect(buttons.filter((b) => b.action_id === EDIT_CALL_ACTION)).toHaveLength(5);
    await storedHashIsCurrent(t, rep.id, 'U0REP'); // kept for the next refresh's hash
  });

  it('shows personal targets to an independent rep, and a snooze and an absence as pending items', async () => {
    await seedMember(t, 'U0IND', { kind: 'independent', daily: 4, snoozedDay: '2026-11-25', awayUntil: '2026-11-27' });
    const text = textOf((await openHome(t, 'U0IND')).blocks);
    expect(text).toContain('Your calls against your personal targets');
    expect(text).toContain('You snoozed today’s reminder');
    expect(text).toContain('Out of office until Friday, November 27');
  });

  it('speaks Bahasa Indonesia to a rep whose Slack is in Indonesian', async () => {
    const rep = await seedMember(t, 'U0REPID', { managerId: manager.id, tz: 'Asia/Jakarta', locale: 'id-ID', daily: 8, weekly: 40 });
    await seedCalls(t.db, rep, 3, new Date('2026-11-25T08:00:00Z'));
    const view = await openHome(t, 'U0REPID');
    const text = textOf(view.blocks);
    expect(text).toContain('Posisi Anda saat ini');
    expect(text).toContain('Hari ini: *3* dari 8');
    expect(text).toContain('Rabu, 25 November');
    expect(buttonsOf(view.blocks).map((b) => b.text)).toEqual(expect.arrayContaining(['Catat aktivitas', 'Cuti/izin', 'Ubah']));
  });

  it('invites a rep without calls to log the first one', async () => {
    await seedMember(t, 'U0NEW', { managerId: manager.id });
    const text = textOf((await openHome(t, 'U0NEW')).blocks);
    expect(text).toContain('No calls yet');
    expect(text).toContain('You have no quota yet');
  });
});

describe('the manager’s Home', () => {
  it('adds the team today and this week and who is behind today (not the away or independent reps)', async () => {
    const behind = await seedMember(t, 'U0BEHIND', { managerId: manager.id, daily: 4, weekly: 20 });
    const done = await seedMember(t, 'U0DONE', { managerId: manager.id, daily: 2, weekly: 10 });
    await seedMember(t, 'U0AWAY', { managerId: manager.id, daily: 3, weekly: 15, awayUntil: '2026-11-30' });
    await seedMember(t, 'U0FREE', { managerId: manager.id, kind: 'independent', daily: 5, weekly: 25 });
    await seedCalls(t.db, behind, 1, new Date('2026-11-25T09:00:00Z'));
    await seedCalls(t.db, done, 2, new Date('2026-11-25T09:00:00Z'));
    await seedCalls(t.db, done, 3, new Date('2026-11-24T09:00:00Z'));
    const view = await openHome(t, 'U0MGR');
    const text = textOf(view.blocks);
    expect(text).toContain('Where you and your team stand');
    expect(text).toContain('Your team today and this week* · 4 reps');
    expect(text).toContain('Today: *3* of 14 calls ▰▰▱▱▱▱▱▱▱▱');
    expect(text).toContain('This week: *6* of 70 calls');
    expect(text).toContain('*1 rep is behind today*');
    expect(text).toContain('<@U0BEHIND>: today 1/4');
    expect(text).not.toMatch(/<@U0(DONE|AWAY|FREE)>/);
    expect(text).toContain('Today: *0* of 2'); // the manager's own quota comes first
    const showAll = buttonsOf(view.blocks).find((b) => b.action_id === HOME_SHOW_ALL_ACTION);
    expect(showAll).toMatchObject({ value: 'quotas.team', text: 'Show the whole team (4)' });
  });

  it('keeps a team of 60 within Slack’s 100 blocks, and Show all opens the whole team in a modal', async () => {
    for (let i = 0; i < 60; i += 1) await seedMember(t, `U0R${String(i).padStart(3, '0')}`, { managerId: manager.id, daily: 5 });
    const view = await openHome(t, 'U0MGR');
    expect(view.blocks.length).toBeLessThanOrEqual(100);
    const text = textOf(view.blocks);
    expect(text).toContain('*60 reps are behind today*');
    expect(text).toContain('…and 50 more.');
    expect(text.match(/<@U0R\d{3}>/g)).toHaveLength(10);
    const res = await t.driver.blockAction('U0MGR', { actionId: HOME_SHOW_ALL_ACTION, value: 'quotas.team' }, { view: { ...t.fake.homeViewOf('U0MGR') } });
    expect(res.status).toBe(200);
    const opened = await t.fake.waitFor('views.open');
    expect(opened.fault).toBeUndefined();
    const modal = opened.args.view as { blocks: unknown[]; title: { text: string } };
    expect(modal.title.text).toBe('Your team');
    expect(modal.blocks.length).toBeLessThanOrEqual(100);
    expect(textOf(modal.blocks).match(/<@U0R\d{3}>/g)).toHaveLength(60);
  });

  it('shows the team in Bahasa Indonesia to an Indonesian manager', async () => {
    const boss = await seedMember(t, 'U0BOSS', { role: 'manager', locale: 'id-ID', tz: 'Asia/Jakarta' });
    await seedMember(t, 'U0ANAK', { managerId: boss.id, daily: 3 });
    const text = textOf((await openHome(t, 'U0BOSS')).blocks);
    expect(text).toContain('Tim Anda hari ini dan minggu ini* · 1 sales');
    expect(text).toContain('*1 sales masih di bawah target hari ini*');
  });
});

describe('who may see what', () => {
  it('refuses the team list to a rep who forges the Show all button, and opens nothing', async () => {
    await seedMember(t, 'U0REP', { managerId: manager.id });
    await t.driver.blockAction('U0REP', { actionId: HOME_SHOW_ALL_ACTION, value: 'quotas.team' }, { view: { type: 'home', blocks: [] } });
    const dm = await t.fake.waitFor('chat.postMessage', (c) => c.args.channel === 'U0REP');
    expect(dm.args.text).toContain('Only managers and admins');
    expect(t.fake.callsTo('views.open')).toHaveLength(0);
  });

  it('answers a Show all for a list that does not exist with a clear message', async () => {
    await t.driver.blockAction('U0MGR', { actionId: HOME_SHOW_ALL_ACTION, value: '<script>' }, { view: { type: 'home', blocks: [] } });
    const dm = await t.fake.waitFor('chat.postMessage', (c) => c.args.channel === 'U0MGR');
    expect(dm.args.text).toContain('That list is no longer on your Home');
    expect(t.fake.callsTo('views.open')).toHaveLength(0);
  });
});
