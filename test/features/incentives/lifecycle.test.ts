import { describe, expect, it } from 'vitest';
import type { TestApp } from '../../support/test-app.js';
import { withSecondInstance } from './second-instance.js';
import { channelPosts, CHANNEL, logCalls, runFromTo, seedMember, submitProgram, useIncentiveApp } from './incentive-kit.js';

let t: TestApp;
useIncentiveApp((app) => (t = app));

async function team() {
  const manager = await seedMember(t, 'U0MGR', { role: 'manager', tz: 'UTC' });
  const ana = await seedMember(t, 'U0ANA', { managerId: manager.id });
  const ben = await seedMember(t, 'U0BEN', { managerId: manager.id });
  const cy = await seedMember(t, 'U0CY', { managerId: manager.id });
  const other = await seedMember(t, 'U0OUT', {});
  for (const [m, name] of [[ana, 'Ana'], [ben, 'Ben'], [cy, 'Cy'], [other, 'Out']] as const) {
    await t.db.member.update({ where: { id: m.id }, data: { displayName: name } });
  }
  return { manager, ana, ben, cy, other };
}

describe('a program from creation to final results', () => {
  it('posts daily standings once per slot, celebrates each rep once, and posts the final results once', async () => {
    const { ana, ben, cy } = await team();
    const created = await submitProgram(t, 'U0MGR');
    expect(created.status).toBe(200);
    expect(created.text).toBe('');
    const program = await t.db.incentiveProgram.findFirstOrThrow();
    expect(program).toMatchObject({ name: 'November Blitz', scopeManagerId: (await t.db.member.findFirstOrThrow({ where: { slackUserId: 'U0MGR' } })).id, timeZone: 'UTC' });

    // Monday: standings at 09:00 (nobody yet), ties at 2 calls later in the day.
    await runFromTo(t, '2026-11-02T08:00:00Z', '2026-11-02T10:00:00Z', 30);
    await logCalls(t, ana, 2, new Date('2026-11-02T10:00:00Z'));
    await logCalls(t, ben, 2, new Date('2026-11-02T10:00:00Z'));
    await runFromTo(t, '2026-11-02T10:00:00Z', '2026-11-03T08:00:00Z', 30);
    let posts = channelPosts(t);
    expect(posts).toHaveLength(1);
    expect(posts[0]?.body).toContain('No activity yet');

    // Tuesday: Ana and Ben tied on 2 share the gold; then Ana reaches 3 and is celebrated once.
    t.fake.reset();
    await runFromTo(t, '2026-11-03T08:30:00Z', '2026-11-03T09:30:00Z', 30);
    posts = channelPosts(t);
    expect(posts).toHaveLength(1);
    expect(posts[0]?.body).toMatch(/🥇 \*Ana\* — 2 calls.*\\n🥇 \*Ben\* — 2 calls/);
    expect(posts[0]?.body).not.toContain('Out');
    await logCalls(t, ana, 1, new Date('2026-11-03T11:00:00Z'));
    await runFromTo(t, '2026-11-03T11:00:00Z', '2026-11-03T11:03:00Z', 1);
    await logCalls(t, ana, 4, new Date('2026-11-03T11:05:00Z'));
    await runFromTo(t, '2026-11-03T11:05:00Z', '2026-11-03T11:08:00Z', 1);
    const celebrations = channelPosts(t).filter((p) => p.text.includes('reached the target'));
    expect(celebrations.map((p) => p.text)).toEqual(['*Ana* just reached the target of *November Blitz* with 3 calls!']);

    // A restart in the middle: a new app instance on the same database plans nothing twice.
    await withSecondInstance(t, async (second) => {
      t.clock.set('2026-11-03T09:05:00Z');
      await second.scheduler.runDueWork();
    });
    expect(channelPosts(t).filter((p) => p.text.startsWith('Standings'))).toHaveLength(1);

    // The end: Saturday 00:00 ends it; the final results name the winners and who reached the target.
    await logCalls(t, cy, 1, new Date('2026-11-05T10:00:00Z'));
    t.fake.reset();
    await runFromTo(t, '2026-11-06T23:30:00Z', '2026-11-07T01:00:00Z', 30);
    const finals = channelPosts(t).filter((p) => p.text.startsWith('Final results'));
    expect(finals).toHaveLength(1);
    expect(finals[0]?.body).toMatch(/🥇 \*Ana\* — 7 calls.*🥈 \*Ben\* — 2 calls.*🥉 \*Cy\* — 1 call\b/);
    expect(finals[0]?.body).toContain('Reached the target: *Ana*');
    expect(await t.db.incentiveProgram.findFirstOrThrow()).toMatchObject({ status: 'ended' });
    await runFromTo(t, '2026-11-07T09:00:00Z', '2026-11-08T10:00:00Z', 60);
    expect(channelPosts(t).filter((p) => p.text.startsWith('Final results'))).toHaveLength(1);
    expect(channelPosts(t).filter((p) => p.text.startsWith('Standings'))).toHaveLength(0);
  });

  it('posts "no activity" and a final without winners for a program nobody worked on', async () => {
    await team();
    await submitProgram(t, 'U0MGR', {});
    await runFromTo(t, '2026-11-06T23:30:00Z', '2026-11-07T00:30:00Z', 30);
    const finals = channelPosts(t).filter((p) => p.text.startsWith('Final results'));
    expect(finals).toHaveLength(1);
    expect(finals[0]?.body).toContain('Nobody logged any activity');
  });

  it('drops a rep who leaves the team mid-program from later posts and the final', async () => {
    const { ana, ben } = await team();
    await submitProgram(t, 'U0MGR');
    await logCalls(t, ana, 1, new Date('2026-11-02T10:00:00Z'));
    await logCalls(t, ben, 2, new Date('2026-11-02T10:00:00Z'));
    await t.db.member.update({ where: { id: ben.id }, data: { managerId: null } });
    await runFromTo(t, '2026-11-06T23:30:00Z', '2026-11-07T00:30:00Z', 30);
    const final = channelPosts(t).find((p) => p.text.startsWith('Final results'));
    expect(final?.body).toContain('🥇 *Ana* — 1 call');
    expect(final?.body).not.toContain('Ben');
  });
});

describe('when the bot cannot post in the channel', () => {
  it('DMs the manager once, keeps the post waiting, and posts once after the bot is re-invited', async () => {
    await team();
    await submitProgram(t, 'U0MGR');
    t.fake.channels.set(CHANNEL, { isMember: false });
    await runFromTo(t, '2026-11-02T09:00:00Z', '2026-11-02T10:00:00Z', 5);
    expect(channelPosts(t)).toHaveLength(0);
    const dms = t.fake.delivered('chat.postMessage').filter((c) => c.args.channel === 'U0MGR' && String(c.args.text).includes('/invite @Outfield'));
    expect(dms).toHaveLength(1);
    t.fake.channels.set(CHANNEL, { isMember: true });
    await runFromTo(t, '2026-11-02T10:00:00Z', '2026-11-02T10:30:00Z', 5);
    expect(channelPosts(t).filter((p) => p.text.startsWith('Standings'))).toHaveLength(1);
    expect(await t.db.incentiveProgram.findFirstOrThrow()).toMatchObject({ channelNoticeAt: null });
  });
});

describe('two instances', () => {
  it('post each standings slot, celebration and final once when both run the same minute', async () => {
    const { ana } = await team();
    await submitProgram(t, 'U0MGR');
    await logCalls(t, ana, 3, new Date('2026-11-02T08:00:00Z'));
    await withSecondInstance(t, async (second) => {
      for (const at of ['2026-11-02T09:00:00Z', '2026-11-02T09:01:00Z', '2026-11-07T00:00:00Z']) {
        t.clock.set(at);
        await Promise.all([t.outfield.scheduler.runDueWork(), second.scheduler.runDueWork()]);
      }
    });
    const texts = channelPosts(t).map((p) => p.text);
    expect(texts.filter((x) => x.startsWith('Standings'))).toHaveLength(1);
    expect(texts.filter((x) => x.includes('reached the target'))).toHaveLength(1);
    expect(texts.filter((x) => x.startsWith('Final results'))).toHaveLength(1);
  });
});
