/**
 * Issue 8 part 5: looking up new members (users.info) never delays an ack; a member whose time zone
 * is unknown is never nudged at a guessed hour; unknown profiles are retried in the background.
 */
import { NUDGE_KIND } from '../../src/features/quotas/ids.js';
import { describe, expect, it } from 'vitest';
import { ADMIN_ID, type TestApp } from '../support/test-app.js';
import { runEvery, seedMember, useQuotaApp } from '../features/quotas/fixtures.js';

let t: TestApp;
useQuotaApp((app) => (t = app), { withAdmin: true });

const REPS = Array.from({ length: 20 }, (_, n) => `U0NEW${String(n).padStart(2, '0')}`);
const memberOf = (slackUserId: string) => t.db.member.findFirst({ where: { slackUserId } });

async function makeManager(slackUserId: string): Promise<void> {
  t.fake.addUser({ id: slackUserId, tz: 'America/Chicago' });
  await t.driver.command(ADMIN_ID, '/outfield', `role <@${slackUserId}> manager`);
}

describe('new members', () => {
  it('acks /outfield team with 20 new reps while Slack has answered none of their look-ups', async () => {
    await makeManager('U0BOSS');
    for (const id of REPS) t.fake.addUser({ id, tz: 'Asia/Jakarta', locale: 'id-ID' });
    const release = t.fake.holdAnswers('users.info');
    try {
      const res = await t.driver.command(ADMIN_ID, '/outfield', `team <@U0BOSS> ${REPS.map((id) => `<@${id}>`).join(' ')}`);
      expect(res.status).toBe(200);
      expect(res.json.text).toContain('<@U0NEW19>');
      // Stored at once, on the team, with the time zone marked unknown rather than guessed.
      const stored = await t.db.member.findMany({ where: { slackUserId: { in: REPS } } });
      expect(stored).toHaveLength(20);
      expect(stored.every((m) => m.tzKnown === false && m.managerId !== null)).toBe(true);
      expect(t.fake.delivered('users.info').filter((c) => REPS.includes(String(c.args.user)))).toHaveLength(0);
    } finally {
      release();
    }
    // The look-ups finish in the background.
    await expect.poll(async () => t.db.member.count({ where: { slackUserId: { in: REPS }, tzKnown: true, tz: 'Asia/Jakarta' } }), { timeout: 10_000 }).toBe(20);
  });

  it('never nudges a rep whose time zone is unknown, even when that zone’s 16:00 comes for others', async () => {
    await seedMember(t, 'U0KNOWN', { tz: 'UTC', daily: 3 });
    const unknown = await seedMember(t, 'U0GUESS', { tz: 'UTC', daily: 3 });
    await t.db.member.update({ where: { id: unknown.id }, data: { tzKnown: false } });
    const deliveries = await runEvery(t, '2026-11-23T15:30:00Z', '2026-11-23T17:00:00Z', 30);
    expect(deliveries.filter((d) => d.kind === NUDGE_KIND).map((d) => d.channel)).toEqual(['U0KNOWN']);
  });

  it('retries a failed look-up in the background and learns the time zone without a request from the rep', async () => {
    await makeManager('U0BOSS2');
    t.fake.addUser({ id: 'U0FLAKYNEW', tz: 'Europe/London' });
    t.fake.failNext('users.info', { status: 500 }, 2); // the client retries a 500 once itself
    await t.driver.command(ADMIN_ID, '/outfield', 'team <@U0BOSS2> <@U0FLAKYNEW>');
    expect(await memberOf('U0FLAKYNEW')).toMatchObject({ tzKnown: false, tz: 'UTC' });
    await expect.poll(async () => (await memberOf('U0FLAKYNEW'))?.tz, { timeout: 5000 }).toBe('Europe/London');
    expect(await memberOf('U0FLAKYNEW')).toMatchObject({ tzKnown: true });
  });

  it('lets a rep in when Slack will not say who they are, with the time zone kept unknown', async () => {
    t.fake.addUser({ id: 'U0HIDDENTZ', tz: 'Asia/Jakarta' });
    t.fake.failNext('users.info', { error: 'user_not_visible' }, 10);
    const res = await t.driver.command('U0HIDDENTZ', '/quota', '');
    expect(res.status).toBe(200);
    expect(res.json.response_type).toBe('ephemeral');
    expect(await memberOf('U0HIDDENTZ')).toMatchObject({ tzKnown: false, tz: 'UTC' });
  });

  it('does not let a rep put others on a team (and looks nobody up)', async () => {
    await seedMember(t, 'U0PLAINREP');
    const res = await t.driver.command('U0PLAINREP', '/outfield', 'team <@U0PLAINREP> <@U0STRANGER>');
    expect(res.json.text).toMatch(/admin/i);
    expect(await memberOf('U0STRANGER')).toBeNull();
  });
});
