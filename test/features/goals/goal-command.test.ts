import { beforeEach, describe, expect, it } from 'vitest';
import type { Member } from '../../../src/generated/sqlite/client.js';
import { GOAL_BLOCKS, SET_GOALS_MODAL } from '../../../src/features/goals/ids.js';
import { stateValue } from '../../../src/slack-standin/slack-driver.js';
import { ADMIN_ID, type TestApp } from '../../support/test-app.js';
import { seedDeals, seedImported, seedMember, useGoalsApp, shownIn } from './fixtures.js';

let t: TestApp;
let manager: Member;
let rep: Member;
useGoalsApp((app) => (t = app), { withAdmin: true });
beforeEach(async () => {
  t.clock.set('2026-11-12T15:00:00Z'); // Thursday
  manager = await seedMember(t, 'U0MGR', { role: 'manager' });
  rep = await seedMember(t, 'U0REP', { managerId: manager.id });
  await seedMember(t, 'U0OTHERMGR', { role: 'manager' });
  await seedMember(t, 'U0PEER', { managerId: manager.id });
});

const goal = (text: string, user = 'U0MGR') => t.driver.command(user, '/goal', text);
const goalsOf = (member: Member) => t.db.goal.findMany({ where: { repId: member.id }, orderBy: { period: 'asc' } });
const text = shownIn;

describe('/goal for a seeded month', () => {
  beforeEach(async () => {
    await t.db.goal.createMany({ data: [
      { workspaceId: rep.workspaceId, repId: rep.id, period: '2026-11', metric: 'revenue', target: 50000 },
      { workspaceId: rep.workspaceId, repId: rep.id, period: '2026-11', metric: 'calls', target: 40 },
    ] });
    // 12 calls in November: one won 10,000, one open proposal of 20,000, ten follow-ups.
    await seedDeals(t, rep, [
      { at: '2026-11-02T10:00:00Z', outcome: 'won', value: 10000, stage: 'won' },
      { at: '2026-11-10T10:00:00Z', account: 'Globex', stage: 'proposal', value: 20000 },
      ...Array.from({ length: 10 }, () => ({ at: '2026-11-05T10:00:00Z', outcome: 'follow_up' as const })),
    ]);
    // Last November: 8,000 imported.
    await seedImported(t, rep, '2025-11-20', 8000);
  });

  it('shows progress, the run-rate and pipeline forecasts with their arithmetic, and last year', async () => {
    const res = await goal('', 'U0REP');
    expect(res.json.response_type).toBe('ephemeral');
    const shown = text(res);
    expect(shown).toContain('November 2026');
    expect(shown).toContain('*revenue*: $10,000 of $50,000 (20%) ▰▰▱▱▱▱▱▱▱▱');
    // 2–6 and 9–12 November: 9 working days of 21.
    expect(shown).toContain('Run-rate: $10,000 in 9 working days = $1,111.11 a day × 21 working days = *$23,333.33*');
    expect(shown).toContain('*calls*: 12 of 40 (30%)');
    expect(shown).toContain('Run-rate: 12 in 9 working days = 1.33 a day × 21 working days = *28*');
    expect(shown).toContain('Pipeline forecast: won $10,000 + Proposal $20,000 × 40% = *$18,000*');
    expect(shown).toContain('Same period last year: $8,000 (+25%)');
    expect(shown).toContain('*deals won*: 1 (no goal set)');
    expect(shown).toContain('Q4 2026');
  });

  it('uses the workspace’s holidays and stage probabilities', async () => {
    await t.db.holiday.create({ data: { workspaceId: rep.workspaceId, date: '2026-11-11' } });
    await t.db.workspace.update({ where: { id: rep.workspaceId }, data: { stageProbabilities: 'prospecting:10,qualification:25,proposal:50,negotiation:70' } });
    const shown = text(await goal('', 'U0REP'));
    expect(shown).toContain('in 8 working days');
    expect(shown).toContain('Proposal $20,000 × 50% = *$20,000*');
  });

  it('says when there is no history for last year', async () => {
    await t.db.importedSale.deleteMany();
    expect(text(await goal('', 'U0REP'))).toContain('Same period last year: no history yet.');
  });

  it('answers in Bahasa Indonesia', async () => {
    await t.db.member.update({ where: { id: rep.id }, data: { locale: 'id-ID' } });
    const shown = text(await goal('', 'U0REP'));
    expect(shown).toContain('Target Anda');
    expect(shown).toContain('9 hari kerja');
  });
});

describe('/goal set', () => {
  it('lets a manager set a month goal for a rep of their team, with an audit entry', async () => {
    const res = await goal('set <@U0REP|rep> 2026-11 revenue 50,000');
    expect(res.json.text).toBe('Goal of <@U0REP> for November 2026: *$50,000* revenue.');
    expect(await goalsOf(rep)).toMatchObject([{ period: '2026-11', metric: 'revenue', setById: manager.id }]);
    expect(Number((await goalsOf(rep))[0]?.target)).toBe(50000);
    expect(await t.db.auditEntry.count({ where: { entity: 'goal', action: 'goal_set' } })).toBe(1);
  });

  it('splits a quarter goal evenly into its months', async () => {
    const res = await goal('set <@U0REP> 2027-Q1 deals 10');
    expect(res.json.text).toContain('by month 4 / 3 / 3');
    expect((await goalsOf(rep)).map((g) => [g.period, Number(g.target)])).toEqual([['2027-01', 4], ['2027-02', 3], ['2027-03', 3], ['2027-Q1', 10]]);
  });

  it('splits a quarter goal like last year’s months, imported sales included', async () => {
    await seedImported(t, rep, '2026-01-10', 1000);
    await seedImported(t, rep, '2026-02-10', 1000);
    await seedImported(t, rep, '2026-03-10', 2000);
    await goal('set <@U0REP> 2027-Q1 revenue 90000 lastyear');
    expect((await goalsOf(rep)).map((g) => Number(g.target))).toEqual([22500, 22500, 45000, 90000]);
  });

  it('takes month amounts by hand when they add up', async () => {
    await goal('set <@U0REP> 2027-Q1 calls 100 30,30,40');
    expect((await goalsOf(rep)).map((g) => Number(g.target))).toEqual([30, 30, 40, 100]);
  });

  it('lets an admin set anyone’s goal', async () => {
    await goal('set <@U0MGR> 2026-12 calls 80', ADMIN_ID);
    expect(await goalsOf(manager)).toHaveLength(1);
  });

  it.each([
    ['a rep setting another rep’s goal', 'U0PEER', 'set <@U0REP> 2026-11 revenue 1', 'Only managers and admins'],
    ['a rep setting their own goal', 'U0REP', 'set <@U0REP> 2026-11 revenue 1', 'cannot set your own goal'],
    ['a manager setting their own goal', 'U0MGR', 'set <@U0MGR> 2026-11 revenue 1', 'cannot set your own goal'],
    ['an admin setting their own goal', ADMIN_ID, `set <@${ADMIN_ID}> 2026-11 revenue 1`, 'cannot set your own goal'],
    ['a manager setting a rep of another team', 'U0OTHERMGR', 'set <@U0REP> 2026-11 revenue 1', '<@U0REP> is not on your team'],
    ['a bad period', 'U0MGR', 'set <@U0REP> 2026-13 revenue 1', '“2026-13” is not a period'],
    ['a bad metric', 'U0MGR', 'set <@U0REP> 2026-11 profit 1', '“profit” is not a goal metric'],
    ['an ambiguous amount', 'U0MGR', 'set <@U0REP> 2026-11 revenue 50.000', '“50.000” is not an amount'],
    ['a fractional deal count', 'U0MGR', 'set <@U0REP> 2026-11 deals 1.5', 'not a whole number'],
    ['a negative target', 'U0MGR', 'set <@U0REP> 2026-11 calls -5', 'not a whole number'],
    ['a split of a month', 'U0MGR', 'set <@U0REP> 2026-11 calls 5 lastyear', 'Only a quarter goal'],
    ['months that do not add up', 'U0MGR', 'set <@U0REP> 2027-Q1 calls 100 30,30,30', 'add up to 90, not to the quarter’s 100'],
    ['no rep', 'U0MGR', 'set 2026-11 calls 5', 'Usage: `/goal set'],
    ['an unknown member', 'U0MGR', 'set <@U0NOBODY> 2026-11 calls 5', 'not on any team'],
  ])('refuses %s and stores nothing', async (_name, user, command, message) => {
    const res = await goal(command, user);
    expect(res.status).toBe(200);
    expect(res.json.response_type).toBe('ephemeral');
    expect(res.json.text).toContain(message);
    expect(await t.db.goal.count()).toBe(0);
  });
});

describe('the Set goals modal', () => {
  const values = (over: Record<string, any> = {}) => ({
    [GOAL_BLOCKS.rep]: { [GOAL_BLOCKS.rep]: stateValue.user('U0REP') },
    [GOAL_BLOCKS.period]: { [GOAL_BLOCKS.period]: stateValue.text('2027-Q1') },
    [GOAL_BLOCKS.metric]: { [GOAL_BLOCKS.metric]: stateValue.select('deals') },
    [GOAL_BLOCKS.target]: { [GOAL_BLOCKS.target]: stateValue.text('12') },
    [GOAL_BLOCKS.split]: { [GOAL_BLOCKS.split]: stateValue.select(null) },
    [GOAL_BLOCKS.months]: { [GOAL_BLOCKS.months]: stateValue.text(null) },
    ...over,
  });
  const submit = (user: string, v: Record<string, any>) => t.driver.viewSubmission(user, { callback_id: SET_GOALS_MODAL, values: v });

  it('opens from `/goal set` with this month filled in', async () => {
    await goal('set');
    const open = await t.fake.waitFor('views.open', (c) => c.fault === undefined);
    const view = (open.result as { view: any }).view;
    expect(view.callback_id).toBe(SET_GOALS_MODAL);
    expect(view.title.text).toBe('Set goals');
    expect(view.blocks.find((b: any) => b.block_id === GOAL_BLOCKS.period).element.initial_value).toBe('2026-11');
  });

  it('stores the goal split by hand and confirms by DM', async () => {
    const months = { [GOAL_BLOCKS.split]: { [GOAL_BLOCKS.split]: stateValue.select('hand') }, [GOAL_BLOCKS.months]: { [GOAL_BLOCKS.months]: stateValue.text('6, 3, 3') } };
    const res = await submit('U0MGR', values(months));
    expect(res.status).toBe(200);
    expect(res.text).toBe('');
    expect((await goalsOf(rep)).map((g) => Number(g.target))).toEqual([6, 3, 3, 12]);
    const dm = await t.fake.waitFor('chat.postMessage', (c) => c.args.channel === 'U0MGR');
    expect(dm.args.text).toContain('Goal of <@U0REP> for Q1 2027: *12* deals won, by month 6 / 3 / 3.');
  });

  it('answers every wrong field inline and stores nothing', async () => {
    const res = await submit('U0MGR', values({
      [GOAL_BLOCKS.period]: { [GOAL_BLOCKS.period]: stateValue.text('next month') },
      [GOAL_BLOCKS.target]: { [GOAL_BLOCKS.target]: stateValue.text('lots') },
    }));
    expect(res.json.response_action).toBe('errors');
    expect(Object.keys(res.json.errors).sort()).toEqual([GOAL_BLOCKS.period, GOAL_BLOCKS.target].sort());
    expect(await t.db.goal.count()).toBe(0);
  });

  it('puts a refusal on the rep field', async () => {
    const res = await submit('U0OTHERMGR', values());
    expect(res.json).toMatchObject({ response_action: 'errors', errors: { [GOAL_BLOCKS.rep]: expect.stringContaining('not on your team') } });
    expect(await t.db.goal.count()).toBe(0);
  });
});

describe('/goal stages', () => {
  it('shows the stage probabilities, and lets an admin change them', async () => {
    expect((await goal('stages', 'U0REP')).json.text).toContain('Proposal 40%');
    const res = await goal('stages proposal:35 negotiation:80', ADMIN_ID);
    expect(res.json.text).toContain('Proposal 35%');
    const ws = await t.db.workspace.findUniqueOrThrow({ where: { id: rep.workspaceId } });
    expect(ws.stageProbabilities).toBe('prospecting:10,qualification:25,proposal:35,negotiation:80');
  });

  it.each([
    ['a manager', 'U0MGR', 'stages proposal:35', 'Only an Outfield admin'],
    ['a percent over 100', ADMIN_ID, 'stages proposal:135', 'not a stage probability'],
    ['an unknown stage', ADMIN_ID, 'stages closing:50', 'not a stage probability'],
  ])('refuses %s and changes nothing', async (_name, user, command, message) => {
    expect((await goal(command, user)).json.text).toContain(message);
    expect((await t.db.workspace.findUniqueOrThrow({ where: { id: rep.workspaceId } })).stageProbabilities).toBeNull();
  });
});
