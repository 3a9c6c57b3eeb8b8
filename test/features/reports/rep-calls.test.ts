import { beforeEach, describe, expect, it } from 'vitest';
import type { Member } from '../../../src/generated/sqlite/client.js';
import { ADMIN_ID, type TestApp } from '../../support/test-app.js';
import { seedDeals, seedMember, useGoalsApp, shownIn } from '../goals/fixtures.js';

let t: TestApp;
let manager: Member;
useGoalsApp((app) => (t = app), { withAdmin: true });
beforeEach(async () => {
  t.clock.set('2026-11-12T15:00:00Z');
  manager = await seedMember(t, 'U0MGR', { role: 'manager' });
  const rep = await seedMember(t, 'U0REP', { managerId: manager.id });
  const independent = await seedMember(t, 'U0IND', { managerId: manager.id, kind: 'independent' });
  await seedMember(t, 'U0PEER', { managerId: manager.id });
  await seedMember(t, 'U0OTHERMGR', { role: 'manager' });
  const details = { contact: 'Jane Buyer', nextStep: 'send the quote', notes: 'Wants 40 units <b>before</b> Q1' };
  await seedDeals(t, rep, [
    { at: '2026-11-10T10:00:00Z', account: 'Acme', outcome: 'follow_up', value: 12500, stage: 'proposal', ...details },
    { at: '2026-10-01T10:00:00Z', account: 'Old Co', notes: 'long ago' },
  ]);
  await seedDeals(t, independent, [{ at: '2026-11-11T10:00:00Z', account: 'Indie Ltd', outcome: 'won', value: 900, ...details }]);
});

const list = (text: string, user = 'U0MGR') => t.driver.command(user, '/call', `list ${text}`);
const shown = shownIn;

describe('/call list @rep — managers read call reports', () => {
  it('shows a team rep’s calls of the last 90 days with contacts, outcomes, next steps and notes', async () => {
    const res = await list('<@U0REP>');
    expect(res.json.response_type).toBe('ephemeral');
    const text = shown(res);
    expect(text).toContain('Calls of <@U0REP> from');
    expect(text).toContain('*Acme*');
    expect(text).toContain('$12,500');
    expect(text).toContain('Jane Buyer');
    expect(text).toContain('send the quote');
    expect(text).toContain('Wants 40 units &lt;b&gt;before&lt;/b&gt; Q1');
  });

  it('takes a date range', async () => {
    const text = shown(await list('<@U0REP> 2026-10-01 2026-10-31'));
    expect(text).toContain('Old Co');
    expect(text).not.toContain('Acme');
    expect(shown(await list('<@U0REP> 2026-09-01 2026-09-30'))).toContain('<@U0REP> logged no calls');
  });

  it('never shows an independent rep’s notes, contacts or next steps to their manager — counts and values only', async () => {
    const text = shown(await list('<@U0IND>'));
    expect(text).toContain('Indie Ltd');
    expect(text).toContain('$900');
    expect(text).toContain('An independent rep');
    expect(text).not.toContain('Jane Buyer');
    expect(text).not.toContain('send the quote');
    expect(text).not.toContain('40 units');
  });

  it('shows notes of anyone to an admin, and a rep their own', async () => {
    expect(shown(await list('<@U0IND>', ADMIN_ID))).toContain('40 units');
    expect(shown(await list('<@U0REP>', 'U0REP'))).toContain('40 units');
  });

  it.each([
    ['a manager of another team', 'U0OTHERMGR', '<@U0REP>', '<@U0REP> is not on your team'],
    ['another rep', 'U0PEER', '<@U0REP>', 'Only <@U0REP>’s manager or an Outfield admin'],
    ['an unknown member', 'U0MGR', '<@U0NOBODY>', 'has not used Outfield yet'],
    ['a bad date', 'U0MGR', '<@U0REP> 2026-02-30', '“2026-02-30” is not a date'],
    ['a reversed range', 'U0MGR', '<@U0REP> 2026-11-30 2026-11-01', 'Put the earlier date first'],
  ])('refuses %s', async (_name, user, text, message) => {
    const res = await list(text, user);
    expect(res.status).toBe(200);
    expect(res.json.text).toContain(message);
    expect(shown(res)).not.toContain('40 units');
  });

  it('still lists my own calls with plain `/call list`', async () => {
    expect(shown(await list('', 'U0REP'))).toContain('Your last calls');
  });
});
