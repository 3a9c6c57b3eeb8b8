import { describe, expect, it } from 'vitest';
import type { TestApp } from '../../support/test-app.js';
import { stateValue } from '../../../src/slack-standin/slack-driver.js';
import { STANDINGS_KIND } from '../../../src/features/incentives/ids.js';
import { ADMIN_ID, channelPosts, logCalls, runFromTo, seedMember, submitProgram, useIncentiveApp } from './incentive-kit.js';

let t: TestApp;
useIncentiveApp((app) => (t = app));

type Block = { type: string; text?: { text: string } };

describe('standings', () => {
  it('keeps a 200-rep program’s post within Slack’s limits, and the fake accepts it', async () => {
    const mgr = await seedMember(t, 'U0MGR', { role: 'manager' });
    const ids = Array.from({ length: 200 }, (_, i) => `U0R${String(i).padStart(3, '0')}`);
    await t.db.member.createMany({ data: ids.map((slackUserId, i) => ({ workspaceId: t.fake.teamId, slackUserId, managerId: mgr.id, displayName: `Rep with a rather long display name ${i}`, profileRefreshedAt: t.clock.now() })) });
    const account = await t.db.account.create({ data: { workspaceId: t.fake.teamId, name: 'Acme', normalizedName: 'acme' } });
    const reps = await t.db.member.findMany({ where: { slackUserId: { in: ids } }, orderBy: { slackUserId: 'asc' } });
    const at = new Date('2026-11-02T08:00:00Z');
    await t.db.call.createMany({ data: reps.flatMap((rep, i) => Array.from({ length: i % 7 }, () => ({
      workspaceId: rep.workspaceId, repId: rep.id, accountId: account.id, occurredAt: at, localDay: '2026-11-02', localWeek: '2026-W45',
    }))) });
    await submitProgram(t, 'U0MGR', { places: stateValue.number('100'), showInactive: stateValue.checkboxes(['show_inactive']) });
    await runFromTo(t, '2026-11-02T09:00:00Z', '2026-11-02T09:01:00Z', 1);
    // Celebrations go to the same channel in the same minute: pick the standings post by its outbox row.
    const row = await t.db.outboxMessage.findFirstOrThrow({ where: { kind: STANDINGS_KIND, status: 'sent' } });
    const post = t.fake.delivered('chat.postMessage').find((c) => (c.result as { ts?: string } | undefined)?.ts === row.messageTs);
    const blocks = post?.args.blocks as Block[];
    expect(blocks.length).toBeLessThanOrEqual(50);
    for (const block of blocks) expect(block.text?.text.length ?? 0).toBeLessThanOrEqual(3000);
    expect(JSON.stringify(blocks)).toContain('more taking part');
  }, 60_000);

  it('shows me my own rank privately even below the places shown, and hides revenue on public posts', async () => {
    const mgr = await seedMember(t, 'U0MGR', { role: 'manager' });
    const reps = [];
    for (const id of ['U0A', 'U0B', 'U0C']) reps.push(await seedMember(t, id, { managerId: mgr.id }));
    await submitProgram(t, 'U0MGR', { metric: stateValue.select('revenue'), places: stateValue.number('1'), targetKind: stateValue.select('none'), target: stateValue.number(null) });
    await logCalls(t, reps[0]!, 1, new Date('2026-11-02T08:00:00Z'), 9000);
    await logCalls(t, reps[1]!, 1, new Date('2026-11-02T08:00:00Z'), 5000);
    await logCalls(t, reps[2]!, 1, new Date('2026-11-02T08:00:00Z'), 1000);
    t.clock.set('2026-11-02T10:00:00Z');
    const mine = await t.driver.command('U0C', '/leaderboard');
    const text = JSON.stringify(mine.json.blocks);
    expect(text).toContain('🥇 <@U0A>\\n🥉 <@U0C> (you) — $1,000');
    expect(text).not.toContain('$9,000');
    await t.driver.command('U0MGR', '/leaderboard', 'post');
    const post = await t.fake.waitFor('chat.postMessage', (c) => c.args.channel === 'C0LEADS');
    expect(JSON.stringify(post.args.blocks)).not.toContain('$');
  });

  it('shows an anonymous rep as “a rep” on public posts while they see themselves', async () => {
    const mgr = await seedMember(t, 'U0MGR', { role: 'manager' });
    const rep = await seedMember(t, 'U0SHY', { managerId: mgr.id });
    await submitProgram(t, 'U0MGR');
    await logCalls(t, rep, 1, new Date('2026-11-02T08:00:00Z'));
    expect((await t.driver.command('U0SHY', '/leaderboard', 'anonymous on')).json.text).toContain('“a rep”');
    t.clock.set('2026-11-02T09:00:00Z');
    expect(JSON.stringify((await t.driver.command('U0SHY', '/leaderboard')).json.blocks)).toContain('<@U0SHY> (you)');
    await runFromTo(t, '2026-11-02T09:00:00Z', '2026-11-02T09:01:00Z', 1);
    const [post] = channelPosts(t);
    expect(post?.body).toContain('🥇 a rep — 1 call');
    expect(post?.body).not.toContain('U0SHY');
  });

  it('lets an admin run a program for everyone and uses each rep’s goal for a percent target', async () => {
    const rep = await seedMember(t, 'U0GOAL', {});
    await t.db.goal.create({ data: { workspaceId: t.fake.teamId, repId: rep.id, period: '2026-11', metric: 'calls', target: 2 } });
    await submitProgram(t, ADMIN_ID, { targetKind: stateValue.select('percent_of_goal'), target: stateValue.number('100'), endDate: stateValue.date('2026-11-20') });
    expect(await t.db.incentiveProgram.findFirstOrThrow()).toMatchObject({ scopeManagerId: null, targetIsPercentOfGoal: true });
    await logCalls(t, rep, 2, new Date('2026-11-02T08:00:00Z'));
    await runFromTo(t, '2026-11-02T08:00:00Z', '2026-11-02T08:02:00Z', 1);
    expect(channelPosts(t).map((p) => p.text)).toEqual(['<@U0GOAL> just reached the target of *November Blitz* with 2 calls!']);
  });
});
