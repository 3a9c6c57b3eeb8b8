import { parse } from 'csv-parse/sync';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Member } from '../../../src/generated/sqlite/client.js';
import { OPEN_REP_CALLS_ACTION } from '../../../src/features/reports/ids.js';
import { ADMIN_ID, type TestApp } from '../../support/test-app.js';
import { seedDeals, seedImported, seedMember, uploadedFiles, useGoalsApp, shownIn } from '../goals/fixtures.js';

let t: TestApp;
let manager: Member;
let rep: Member;
useGoalsApp((app) => (t = app), { withAdmin: true });
beforeEach(async () => {
  t.clock.set('2026-11-12T15:00:00Z'); // Thursday; 9 working days of November so far
  manager = await seedMember(t, 'U0MGR', { role: 'manager' });
  rep = await seedMember(t, 'U0REP', { managerId: manager.id, daily: 2 });
  await seedMember(t, 'U0IND', { managerId: manager.id, kind: 'independent' });
  const other = await seedMember(t, 'U0OTHERMGR', { role: 'manager' });
  const stranger = await seedMember(t, 'U0OTHER', { managerId: other.id });
  await t.db.goal.create({ data: { workspaceId: rep.workspaceId, repId: rep.id, period: '2026-11', metric: 'revenue', target: 50000 } });
  await seedDeals(t, rep, [
    { at: '2026-11-02T10:00:00Z', outcome: 'won', value: 10000 },
    { at: '2026-11-10T10:00:00Z', outcome: 'follow_up' },
    { at: '2026-11-10T11:00:00Z', outcome: 'follow_up' },
  ]);
  await seedDeals(t, stranger, [{ at: '2026-11-03T10:00:00Z', outcome: 'won', value: 999 }]);
  await seedImported(t, rep, '2025-11-20', 8000);
});

const report = (text: string, user = 'U0MGR') => t.driver.command(user, '/outfield', `report ${text}`.trim());
const shown = shownIn;

describe('/outfield report', () => {
  it('shows each rep of the manager’s team against quota and goal, with forecast, last year and idle days', async () => {
    const res = await report('');
    expect(res.json.response_type).toBe('ephemeral');
    const text = shown(res);
    expect(text).toContain('Report: November 2026');
    expect(text).toContain('Team of <@U0MGR>: November 2026');
    // 3 calls against 2 a day × 9 working days; $10,000 → run-rate 10,000 / 9 × 21.
    expect(text).toContain('<@U0REP> — calls 3/18 · revenue $10,000/$50,000 · deals won 1 · forecast $23,333.33 · vs last year +25% · 2 days without activity');
    expect(text).toContain('<@U0IND> (independent) — calls 0 · revenue $0 · deals won 0 · forecast $0 · no history last year · no activity for over 90 days');
    expect(text).toContain('*Team totals, 2 reps*: calls 3/18 · revenue $10,000/$50,000 · deals won 1 · forecast $23,333.33 · vs last year +25%');
    expect(text).not.toContain('U0OTHER>');
    const buttons = res.json.blocks.filter((b: any) => b.accessory?.action_id === OPEN_REP_CALLS_ACTION).map((b: any) => b.accessory.value);
    expect(buttons).toEqual(['U0IND', 'U0REP']);
  });

  it('reports a quarter or a named month', async () => {
    expect(shown(await report('quarter'))).toContain('Report: Q4 2026');
    const october = shown(await report('2026-10'));
    expect(october).toContain('October 2026');
    expect(october).toContain('<@U0REP> — calls 0/44');
  });

  it('lets an admin see everyone, or one manager’s team', async () => {
    const all = shown(await report('', ADMIN_ID));
    expect(all).toContain('Everyone: November 2026');
    expect(all).toContain('<@U0OTHER> — calls 1');
    expect(shown(await report('<@U0OTHERMGR>', ADMIN_ID))).toContain('Team of <@U0OTHERMGR>');
  });

  it('opens a rep’s call reports from the report’s button', async () => {
    const res = await t.driver.blockAction('U0MGR', { actionId: OPEN_REP_CALLS_ACTION, value: 'U0REP' });
    expect(res.status).toBe(200);
    const reply = await t.fake.waitForResponse();
    expect(JSON.stringify(reply.body)).toContain('Calls of <@U0REP>');
    expect(JSON.stringify(reply.body)).toContain('*3*');
  });

  it.each([
    ['a rep', 'U0REP', '', 'Only managers and admins'],
    ['a manager asking for another team', 'U0MGR', '<@U0OTHERMGR>', 'your own team only'],
    ['a period that is not one', 'U0MGR', 'yesterday', 'Usage: `/outfield report'],
    ['a month that does not exist', 'U0MGR', '2026-13', 'Usage: `/outfield report'],
  ])('refuses %s', async (_name, user, text, message) => {
    const res = await report(text, user);
    expect(res.status).toBe(200);
    expect(res.json.text).toContain(message);
    expect(t.fake.uploadedFiles()).toHaveLength(0);
  });

  it('summarises a team of 50+ within Slack’s 50 blocks and sends the full table as CSV to the DM', async () => {
    for (let i = 0; i < 50; i += 1) await seedMember(t, `U0BIG${String(i).padStart(2, '0')}`, { managerId: manager.id });
    const res = await report('');
    expect(res.json.blocks.length).toBeLessThanOrEqual(50);
    expect(shown(res)).toContain('52 reps are too many to list here');
    const [file] = await uploadedFiles(t);
    expect(file?.filename).toBe('report-2026-11.csv');
    expect(file?.channelId).toBe('DU0MGR');
    const rows = parse(file?.content.toString('utf8') ?? '', { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(52);
    expect(rows.find((r) => r.rep === 'U0REP')).toMatchObject({ calls: '3', calls_quota_so_far: '18', revenue: '10000', revenue_goal: '50000', yoy_percent: '25', days_without_activity: '2' });
  });
});
