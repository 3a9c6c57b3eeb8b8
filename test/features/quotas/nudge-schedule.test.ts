import { NUDGE_KIND } from '../../../src/features/quotas/ids.js';
import { describe, expect, it } from 'vitest';
import type { TestApp } from '../../support/test-app.js';
import { runEvery, seedCalls, seedMember, type Delivery, useQuotaApp } from './fixtures.js';

let t: TestApp;
useQuotaApp((app) => (t = app));

const sentAt = (deliveries: Delivery[], channel: string) =>
  deliveries.filter((d) => d.channel === channel && d.kind === NUDGE_KIND).map((d) => d.at);

describe('end-of-day nudge at each rep’s local time', () => {
  it('nudges at 16:00 local on working days only, in Jakarta, Kolkata, London and New York across its DST change', async () => {
    await seedMember(t, 'U0JKT', { tz: 'Asia/Jakarta', daily: 3 });
    await seedMember(t, 'U0KOL', { tz: 'Asia/Kolkata', daily: 3 });
    await seedMember(t, 'U0LON', { tz: 'Europe/London', daily: 3 });
    await seedMember(t, 'U0NYC', { tz: 'America/New_York', daily: 3 });
    // Friday 30 October to Monday 2 November 2026; New York leaves daylight time on Sunday 1 November.
    const deliveries = await runEvery(t, '2026-10-30T00:00:00Z', '2026-11-03T00:00:00Z', 30);
    expect(sentAt(deliveries, 'U0JKT')).toEqual(['2026-10-30T09:00:00.000Z', '2026-11-02T09:00:00.000Z']);
    expect(sentAt(deliveries, 'U0KOL')).toEqual(['2026-10-30T10:30:00.000Z', '2026-11-02T10:30:00.000Z']);
    expect(sentAt(deliveries, 'U0LON')).toEqual(['2026-10-30T16:00:00.000Z', '2026-11-02T16:00:00.000Z']);
    expect(sentAt(deliveries, 'U0NYC')).toEqual(['2026-10-30T20:00:00.000Z', '2026-11-02T21:00:00.000Z']);
  });

  it('follows the spring-forward change too: 16:00 New York is 21:00Z on Friday and 20:00Z on Monday', async () => {
    await seedMember(t, 'U0NYC', { tz: 'America/New_York', daily: 3 });
    const deliveries = await runEvery(t, '2026-03-06T18:00:00Z', '2026-03-10T00:00:00Z', 30);
    expect(sentAt(deliveries, 'U0NYC')).toEqual(['2026-03-06T21:00:00.000Z', '2026-03-09T20:00:00.000Z']);
  });

  it('skips workspace holidays and non-working days from the settings', async () => {
    await seedMember(t, 'U0LON', { tz: 'Europe/London', daily: 3 });
    await t.db.holiday.create({ data: { workspaceId: t.fake.teamId, date: '2026-11-02' } });
    await t.db.workspace.update({ where: { id: t.fake.teamId }, data: { workingDays: '1,2,3,4,6' } });
    const deliveries = await runEvery(t, '2026-10-30T15:00:00Z', '2026-11-04T00:00:00Z', 60);
    // Friday off, Saturday on, Monday a holiday.
    expect(sentAt(deliveries, 'U0LON')).toEqual(['2026-10-31T16:00:00.000Z', '2026-11-03T16:00:00.000Z']);
  });

  it('tells the rep how many calls so far and how many to go, with Log a call and Snooze today buttons', async () => {
    const rep = await seedMember(t, 'U0LON', { tz: 'Europe/London', daily: 5 });
    await seedCalls(t.db, rep, 2, new Date('2026-11-24T10:00:00Z'));
    const [nudge] = await runEvery(t, '2026-11-24T16:00:00Z', '2026-11-24T16:01:00Z', 1);
    expect(nudge?.text).toContain('*2* of 5 calls today: 3 to go');
    const call = t.fake.delivered('chat.postMessage')[0];
    const actions = (call?.args.blocks as { type: string; elements?: { action_id: string }[] }[]).find((b) => b.type === 'actions');
    expect(actions?.elements?.map((e) => e.action_id)).toEqual(['calls_open_log_modal', 'quotas_snooze_today', 'quotas_open_away_modal']);
  });

  it('speaks Bahasa Indonesia to a rep whose Slack locale is id-ID', async () => {
    await seedMember(t, 'U0JKT', { tz: 'Asia/Jakarta', daily: 4, locale: 'id-ID' });
    const [nudge] = await runEvery(t, '2026-11-24T09:00:00Z', '2026-11-24T09:01:00Z', 1);
    expect(nudge?.text).toContain('Hari ini Anda baru mencatat *0* dari 4 aktivitas');
  });
});

describe('who is not nudged', () => {
  it('never nudges a rep at or above quota, and re-checks at send time', async () => {
    const atQuota = await seedMember(t, 'U0DONE', { tz: 'UTC', daily: 2 });
    const above = await seedMember(t, 'U0MORE', { tz: 'UTC', daily: 2 });
    await seedMember(t, 'U0LATE', { tz: 'UTC', daily: 2 });
    await seedCalls(t.db, atQuota, 2, new Date('2026-11-24T09:00:00Z'));
    await seedCalls(t.db, above, 3, new Date('2026-11-24T09:00:00Z'));
    const deliveries = await runEvery(t, '2026-11-24T16:00:00Z', '2026-11-24T18:00:00Z', 30);
    expect(deliveries.map((d) => d.channel)).toEqual(['U0LATE']);
  });

  it('counts calls logged with /call', async () => {
    await seedMember(t, 'U0REP', { tz: 'Europe/London', daily: 1 });
    t.clock.set('2026-11-24T15:00:00Z');
    await t.driver.command('U0REP', '/call', 'Zephyr Logistics: met the buyer');
    expect(await t.db.call.count()).toBe(1);
    const deliveries = await runEvery(t, '2026-11-24T16:00:00Z', '2026-11-24T16:01:00Z', 1);
    expect(deliveries.filter((d) => d.kind === NUDGE_KIND)).toEqual([]);
  });

  it('skips a nudge planned before the rep reached quota', async () => {
    const rep = await seedMember(t, 'U0REP', { tz: 'UTC', daily: 1 });
    t.clock.set('2026-11-24T16:00:00Z');
    t.fake.failNext('chat.postMessage', { error: 'internal_error' });
    await t.outfield.scheduler.runDueWork();
    await seedCalls(t.db, rep, 1, new Date('2026-11-24T16:05:00Z'));
    t.clock.set('2026-11-24T16:10:00Z');
    await t.outfield.scheduler.runDueWork();
    expect(t.fake.delivered('chat.postMessage')).toHaveLength(0);
    expect(t.fake.callsTo('chat.postMessage')).toHaveLength(1);
    expect(await t.db.outboxMessage.findFirst({ where: { target: rep.id } })).toMatchObject({ status: 'skipped', lastError: 'quota reached' });
  });

  it('never nudges a rep without a quota, one who is away, or one who snoozed today', async () => {
    await seedMember(t, 'U0NOQ', { tz: 'UTC' });
    await seedMember(t, 'U0AWAY', { tz: 'UTC', daily: 2, awayUntil: '2026-11-25' });
    await seedMember(t, 'U0SNZ', { tz: 'UTC', daily: 2, snoozedDay: '2026-11-24' });
    await seedMember(t, 'U0BACK', { tz: 'UTC', daily: 2, awayUntil: '2026-11-23', snoozedDay: '2026-11-23' });
    const deliveries = await runEvery(t, '2026-11-24T16:00:00Z', '2026-11-24T16:01:00Z', 1);
    expect(deliveries.map((d) => d.channel)).toEqual(['U0BACK']);
  });

  it('uses the manager’s team default when a rep has no quota of their own', async () => {
    const manager = await seedMember(t, 'U0MGR', { tz: 'UTC', role: 'manager' });
    await t.db.quota.create({ data: { workspaceId: t.fake.teamId, scope: 'team', memberId: manager.id, daily: 6, weekly: 30 } });
    await seedMember(t, 'U0TEAM', { tz: 'UTC', managerId: manager.id });
    const [nudge] = await runEvery(t, '2026-11-24T16:00:00Z', '2026-11-24T16:01:00Z', 1);
    expect(nudge).toMatchObject({ channel: 'U0TEAM' });
    expect(nudge?.text).toContain('of 6 calls');
  });
});

describe('respecting people', () => {
  it('sends nothing when the nudge time falls in quiet hours', async () => {
    await t.db.workspace.upsert({ where: { id: t.fake.teamId }, create: { id: t.fake.teamId, nudgeTime: '21:00' }, update: { nudgeTime: '21:00' } });
    await seedMember(t, 'U0REP', { tz: 'UTC', daily: 2 });
    const deliveries = await runEvery(t, '2026-11-24T06:00:00Z', '2026-11-25T06:00:00Z', 30);
    expect(deliveries).toEqual([]);
    expect(await t.db.outboxMessage.count()).toBe(0);
    await t.db.workspace.update({ where: { id: t.fake.teamId }, data: { nudgeTime: '16:00' } });
  });

  it('never sends a missed 19:30 nudge after 20:00 local, even inside the two-hour catch-up', async () => {
    await t.db.workspace.upsert({ where: { id: t.fake.teamId }, create: { id: t.fake.teamId, nudgeTime: '19:30' }, update: { nudgeTime: '19:30' } });
    await seedMember(t, 'U0REP', { tz: 'UTC', daily: 2 });
    const deliveries = await runEvery(t, '2026-11-24T20:00:00Z', '2026-11-24T21:30:00Z', 30);
    expect(deliveries).toEqual([]);
    await t.db.workspace.update({ where: { id: t.fake.teamId }, data: { nudgeTime: '16:00' } });
  });

  it('stops at the weekly cap: at most three nudges in a rep’s local week', async () => {
    await seedMember(t, 'U0REP', { tz: 'Asia/Jakarta', daily: 2 });
    const deliveries = await runEvery(t, '2026-11-23T00:00:00Z', '2026-11-30T00:00:00Z', 60);
    expect(sentAt(deliveries, 'U0REP')).toEqual(['2026-11-23T09:00:00.000Z', '2026-11-24T09:00:00.000Z', '2026-11-25T09:00:00.000Z']);
    const next = await runEvery(t, '2026-11-30T09:00:00Z', '2026-11-30T09:01:00Z', 1);
    expect(sentAt(next, 'U0REP')).toHaveLength(1);
  });
});
