import { describe, expect, it } from 'vitest';
import { PROGRAM_BLOCKS } from '../../../src/features/incentives/ids.js';
import type { TestApp } from '../../support/test-app.js';
import { stateValue } from '../../../src/slack-standin/slack-driver.js';
import { ADMIN_ID, CHANNEL, channelPosts, seedMember, submitProgram, useIncentiveApp } from './incentive-kit.js';

let t: TestApp;
useIncentiveApp((app) => (t = app));

async function people() {
  const mgr = await seedMember(t, 'U0MGR', { role: 'manager' });
  const other = await seedMember(t, 'U0MGR2', { role: 'manager' });
  const rep = await seedMember(t, 'U0REP', { managerId: mgr.id });
  return { mgr, other, rep };
}

describe('who may run programs', () => {
  it('refuses a rep who tries to create, end or post a program, and stores nothing', async () => {
    await people();
    expect((await t.driver.command('U0REP', '/incentive', 'new')).json.text).toContain('Only managers and admins');
    expect(t.fake.callsTo('views.open')).toHaveLength(0);
    await submitProgram(t, 'U0REP');
    expect(await t.db.incentiveProgram.count()).toBe(0);
    await submitProgram(t, 'U0MGR');
    expect((await t.driver.command('U0REP', '/incentive', 'end November Blitz')).json.text).toContain('Only managers and admins');
    expect((await t.driver.command('U0REP', '/leaderboard', 'post November Blitz')).json.text).toContain('Only managers and admins');
    expect(await t.db.incentiveProgram.findFirstOrThrow()).toMatchObject({ status: 'active' });
    expect(channelPosts(t)).toHaveLength(0);
  });

  it('refuses a manager who tries to end another manager’s program; an admin may', async () => {
    await people();
    await submitProgram(t, 'U0MGR');
    const refused = await t.driver.command('U0MGR2', '/incentive', 'end november blitz');
    expect(refused.json.text).toBe('“November Blitz” is run by another manager, so only they or an Outfield admin can do that.');
    expect(await t.db.incentiveProgram.findFirstOrThrow()).toMatchObject({ status: 'active' });
    const ended = await t.driver.command(ADMIN_ID, '/incentive', 'end November Blitz');
    expect(ended.json.text).toContain('has ended');
    await t.fake.waitFor('chat.postMessage', (call) => call.args.channel === CHANNEL);
    expect(channelPosts(t).filter((p) => p.text.startsWith('Final results'))).toHaveLength(1);
    expect((await t.driver.command(ADMIN_ID, '/incentive', 'end November Blitz')).json.text).toBe('“November Blitz” has already ended.');
    expect(channelPosts(t).filter((p) => p.text.startsWith('Final results'))).toHaveLength(1);
  });

  it('opens the modal for a manager with the workspace leaderboard channel as default', async () => {
    await people();
    await t.db.workspace.update({ where: { id: t.fake.teamId }, data: { leaderboardChannelId: CHANNEL } });
    await t.driver.command('U0MGR', '/incentive', 'new');
    const open = await t.fake.waitFor('views.open');
    expect(open.fault).toBeUndefined();
    expect(JSON.stringify(open.args.view)).toContain(`"initial_conversation":"${CHANNEL}"`);
  });

  it('refuses a channel the bot cannot post in, inline, and stores nothing', async () => {
    await people();
    t.fake.channels.add({ id: 'C0SECRET', isPrivate: true, isMember: false });
    t.fake.channels.add({ id: 'C0OLD', isArchived: true });
    for (const channel of ['C0SECRET', 'C0OLD']) {
      const answer = await submitProgram(t, 'U0MGR', { channel: stateValue.conversation(channel) });
      expect(answer.json.response_action).toBe('errors');
      expect(Object.keys(answer.json.errors)).toEqual([PROGRAM_BLOCKS.channel]);
    }
    expect(await t.db.incentiveProgram.count()).toBe(0);
  });

  it('refuses a second program with the same name', async () => {
    await people();
    await submitProgram(t, 'U0MGR');
    const again = await submitProgram(t, 'U0MGR2', { name: stateValue.text('november  BLITZ') });
    expect(again.json.errors).toEqual({ [PROGRAM_BLOCKS.name]: 'There is already a program called “november BLITZ”. Choose another name.' });
    expect(await t.db.incentiveProgram.count()).toBe(1);
  });
});
