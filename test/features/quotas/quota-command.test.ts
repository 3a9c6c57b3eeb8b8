import { beforeEach, describe, expect, it } from 'vitest';
import type { Member } from '../../../src/generated/sqlite/client.js';
import { ADMIN_ID, type TestApp } from '../../support/test-app.js';
import { seedCalls, seedMember, useQuotaApp } from './fixtures.js';

let t: TestApp;
let manager: Member;
let rep: Member;
useQuotaApp((app) => (t = app), { withAdmin: true });
beforeEach(async () => {
  t.clock.set('2026-11-25T15:00:00Z'); // Wednesday
  manager = await seedMember(t, 'U0MGR', { role: 'manager', tz: 'America/Chicago' });
  rep = await seedMember(t, 'U0REP', { managerId: manager.id, tz: 'Asia/Jakarta' });
  await seedMember(t, 'U0OTHERMGR', { role: 'manager' });
  await seedMember(t, 'U0STRAY', {});
});

const quota = (text: string, user = 'U0MGR') => t.driver.command(user, '/quota', text);
const quotaOf = (member: Member, scope: 'rep' | 'team' = 'rep') =>
  t.db.quota.findUnique({ where: { scope_memberId: { scope, memberId: member.id } } });

describe('/quota', () => {
  it('shows my calls today and this week against my quota with progress bars', async () => {
    await t.db.quota.create({ data: { workspaceId: t.fake.teamId, scope: 'rep', memberId: rep.id, daily: 8, weekly: 40 } });
    await seedCalls(t.db, rep, 4, new Date('2026-11-25T08:00:00Z'));
    await seedCalls(t.db, rep, 6, new Date('2026-11-23T08:00:00Z'));
    const res = await quota('', 'U0REP');
    expect(res.json.response_type).toBe('ephemeral');
    expect(res.json.text).toContain('Today: *4* of 8 ▰▰▰▰▰▱▱▱▱▱');
    expect(res.json.text).toContain('This week: *10* of 40 ▰▰▱▱▱▱▱▱▱▱');
  });

  it('falls back to the team default and says so', async () => {
    await t.db.quota.create({ data: { workspaceId: t.fake.teamId, scope: 'team', memberId: manager.id, daily: 6, weekly: 30 } });
    const res = await quota('', 'U0REP');
    expect(res.json.text).toContain('Today: *0* of 6');
    expect(JSON.stringify(res.json.blocks)).toContain('your team’s default quota');
  });

  it('says when there is no quota yet', async () => {
    const res = await quota('', 'U0STRAY');
    expect(res.json.text).toContain('You have no quota yet');
  });

  it('answers help with the syntax and examples', async () => {
    const res = await quota('help', 'U0REP');
    expect(res.json.text).toContain('/quota set @rep daily 8 weekly 40');
  });
});

describe('/quota set', () => {
  it('lets a manager set a quota for a rep of their team, with an audit entry', async () => {
    const res = await quota('set <@U0REP|rep> daily 8 weekly 40');
    expect(res.json.text).toBe('Quota of <@U0REP>: *8* calls a day, *40* a week.');
    expect(await quotaOf(rep)).toMatchObject({ daily: 8, weekly: 40, updatedById: manager.id });
    expect(await t.db.auditEntry.count({ where: { entity: 'quota', action: 'quota_set' } })).toBe(1);
  });

  it('accepts weekly before daily and updates an existing quota', async () => {
    await quota('set <@U0REP> daily 8 weekly 40');
    await quota('set <@U0REP> weekly 35 daily 7');
    expect(await quotaOf(rep)).toMatchObject({ daily: 7, weekly: 35 });
  });

  it('lets a manager set their team default, and an admin any manager’s', async () => {
    expect((await quota('set team daily 6 weekly 30')).json.text).toContain('Default quota for the team of <@U0MGR>');
    expect(await quotaOf(manager, 'team')).toMatchObject({ daily: 6, weekly: 30 });
    await quota('set team <@U0OTHERMGR> daily 5 weekly 25', ADMIN_ID);
    const other = await t.db.member.findFirstOrThrow({ where: { slackUserId: 'U0OTHERMGR' } });
    expect(await quotaOf(other, 'team')).toMatchObject({ daily: 5, weekly: 25 });
  });

  it.each([
    ['a rep setting anyone’s quota', 'U0REP', 'set <@U0STRAY> daily 8 weekly 40', 'Only managers and admins'],
    ['a rep setting their own quota', 'U0REP', 'set <@U0REP> daily 1 weekly 5', 'cannot set your own quota'],
    ['a manager setting their own quota', 'U0MGR', 'set <@U0MGR> daily 1 weekly 5', 'cannot set your own quota'],
    ['a manager setting a rep of another team', 'U0OTHERMGR', 'set <@U0REP> daily 8 weekly 40', '<@U0REP> is not on your team'],
    ['a manager setting another team’s default', 'U0MGR', 'set team <@U0OTHERMGR> daily 5 weekly 25', 'only for your own team'],
    ['a rep setting a team default', 'U0REP', 'set team daily 5 weekly 25', 'Only managers and admins'],
  ])('refuses %s and stores nothing', async (_name, user, text, message) => {
    const res = await quota(text, user);
    expect(res.json.text).toContain(message);
    expect(await t.db.quota.count()).toBe(0);
  });

  it('lets an admin set their own quota', async () => {
    await quota('set <@U0ADMIN> daily 2 weekly 10', ADMIN_ID);
    expect(await t.db.quota.count({ where: { scope: 'rep' } })).toBe(1);
  });

  it.each([
    ['set <@U0REP> daily eight weekly 40', '“eight” is not a whole number'],
    ['set <@U0REP> daily 2.5 weekly 40', '“2.5” is not a whole number'],
    ['set <@U0REP> daily -3 weekly 40', 'cannot be negative'],
    ['set <@U0REP> daily 201 weekly 1000', 'daily quota above 200'],
    ['set <@U0REP> daily 8 weekly 1001', 'weekly quota above 1000'],
    ['set <@U0REP> daily 8 weekly 5', 'weekly quota (5) must be at least the daily quota (8)'],
    ['set <@U0REP> daily 8', 'Usage: `/quota set'],
    ['set <@U0REP> daily 8 daily 9', 'Usage: `/quota set'],
    ['set rep daily 8 weekly 40', 'Usage: `/quota set'],
    ['set <@U0NOBODY> daily 8 weekly 40', '<@U0NOBODY> is not on any team in Outfield yet'],
    ['set team <@U0REP> daily 5 weekly 25', '<@U0REP> is not a manager'],
    ['frobnicate', '`/quota frobnicate` is not something I know'],
    ['nudges maybe', 'Usage: `/quota nudges on`'],
    ['team <@U0MGR> <@U0OTHERMGR>', 'Usage: `/quota team`'],
    ['team everyone', 'Usage: `/quota team`'],
  ])('rejects `/quota %s` with a clear message and stores nothing', async (text, message) => {
    const res = await quota(text, ADMIN_ID);
    expect(res.json.text).toContain(message);
    expect(await t.db.quota.count()).toBe(0);
  });
});

describe('/quota team', () => {
  it('shows a manager their team today and this week', async () => {
    await t.db.quota.create({ data: { workspaceId: t.fake.teamId, scope: 'team', memberId: manager.id, daily: 5, weekly: 25 } });
    await seedCalls(t.db, rep, 2, new Date('2026-11-25T08:00:00Z'));
    const res = await quota('team');
    const text = JSON.stringify(res.json.blocks);
    expect(text).toContain('Team of <@U0MGR>');
    expect(text).toContain('<@U0REP>: today 2/5');
    expect(text).not.toContain('U0STRAY');
  });

  it('shows an admin everyone, or one manager’s team', async () => {
    expect(JSON.stringify((await quota('team', ADMIN_ID)).json.blocks)).toContain('U0STRAY');
    expect(JSON.stringify((await quota('team <@U0MGR>', ADMIN_ID)).json.blocks)).not.toContain('U0STRAY');
  });

  it('refuses a rep, and a manager asking for another team', async () => {
    expect((await quota('team', 'U0REP')).json.text).toContain('Only managers and admins');
    expect((await quota('team <@U0OTHERMGR>')).json.text).toContain('only for your own team');
  });
});

describe('/quota away', () => {
  it('sets time off through a date in the rep’s local calendar, and ends it', async () => {
    const res = await quota('away until 2026-12-24', 'U0REP');
    expect(res.json.text).toContain('Time off through Thursday, December 24');
    expect((await t.db.member.findUniqueOrThrow({ where: { id: rep.id } })).awayUntil).toBe('2026-12-24');
    expect((await quota('away off', 'U0REP')).json.text).toContain('your time off has ended');
    expect((await t.db.member.findUniqueOrThrow({ where: { id: rep.id } })).awayUntil).toBeNull();
  });

  it.each([
    ['away until 2026-11-24', 'is in the past'],
    ['away until 2027-11-27', 'more than a year ahead'],
    ['away until 2026-02-30', '“2026-02-30” is not a date'],
    ['away until tomorrow', '“tomorrow” is not a date'],
    ['away', 'Usage: `/quota away until YYYY-MM-DD`'],
    ['away until', 'Usage: `/quota away until YYYY-MM-DD`'],
  ])('rejects `/quota %s` and stores nothing', async (text, message) => {
    const res = await quota(text, 'U0REP');
    expect(res.json.text).toContain(message);
    expect((await t.db.member.findUniqueOrThrow({ where: { id: rep.id } })).awayUntil).toBeNull();
  });
});
