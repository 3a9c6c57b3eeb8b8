import { parse } from 'csv-parse/sync';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Member } from '../../../src/generated/sqlite/client.js';
import { CALL_CSV_COLUMNS } from '../../../src/features/reports/export-service.js';
import { ADMIN_ID, type TestApp } from '../../support/test-app.js';
import { seedDeals, seedMember, uploadedFiles, useGoalsApp } from '../goals/fixtures.js';

let t: TestApp;
let manager: Member;
const TRICKY = 'Said "maybe, later"\nthen: call back, Tuesday; ünïcödé ✓';
useGoalsApp((app) => (t = app), { withAdmin: true });
beforeEach(async () => {
  t.clock.set('2026-11-12T15:00:00Z');
  manager = await seedMember(t, 'U0MGR', { role: 'manager' });
  const rep = await seedMember(t, 'U0REP', { managerId: manager.id });
  const independent = await seedMember(t, 'U0IND', { managerId: manager.id, kind: 'independent' });
  const stranger = await seedMember(t, 'U0OTHER', {});
  await seedDeals(t, rep, [{ at: '2026-11-10T10:00:00Z', account: 'Acme, Inc.', outcome: 'won', value: 12500.5, contact: 'Jane "JJ" Doe', notes: TRICKY }]);
  await seedDeals(t, independent, [{ at: '2026-11-11T10:00:00Z', account: 'Indie', outcome: 'follow_up', notes: 'private notes' }]);
  await seedDeals(t, stranger, [{ at: '2026-11-11T10:00:00Z', account: 'Elsewhere', notes: 'not yours' }]);
  await seedDeals(t, manager, [{ at: '2026-11-09T10:00:00Z', account: 'Own', notes: '=HYPERLINK("x")' }]);
});

const exportCalls = (text: string, user: string) => t.driver.command(user, '/outfield', `export calls ${text}`.trim());
const rowsOf = (content: Buffer | undefined) => parse(content?.toString('utf8') ?? '', { columns: true }) as Record<string, string>[];

describe('/outfield export calls', () => {
  it('uploads a rep’s own calls to their DM as RFC 4180 CSV whose commas, quotes and newlines survive a parse', async () => {
    const res = await exportCalls('', 'U0REP');
    expect(res.json.text).toContain('on their way to your DM');
    const [file] = await uploadedFiles(t);
    expect(file).toMatchObject({ channelId: 'DU0REP', filename: expect.stringMatching(/^calls-2026-08-15-2026-11-12\.csv$/) });
    const text = file?.content.toString('utf8') ?? '';
    expect(text.split('\r\n')[0]).toBe(CALL_CSV_COLUMNS.join(','));
    const rows = rowsOf(file?.content);
    expect(rows).toEqual([expect.objectContaining({ date: '2026-11-10', time: '10:00', rep: 'U0REP', account: 'Acme, Inc.', outcome: 'won', value: '12500.5', contact: 'Jane "JJ" Doe', notes: TRICKY })]);
  });

  it('gives a manager their team’s calls and their own, without an independent rep’s notes', async () => {
    await exportCalls('2026-11-01 2026-11-30', 'U0MGR');
    const [file] = await uploadedFiles(t);
    const rows = rowsOf(file?.content);
    expect(rows.map((r) => r.rep).sort()).toEqual(['U0IND', 'U0MGR', 'U0REP']);
    expect(rows.find((r) => r.rep === 'U0IND')).toMatchObject({ account: 'Indie', outcome: 'follow_up', notes: '', contact: '' });
    expect(rows.find((r) => r.rep === 'U0REP')?.notes).toBe(TRICKY);
    // A cell that a spreadsheet would run as a formula is kept as text.
    expect(rows.find((r) => r.rep === 'U0MGR')?.notes).toBe('\'=HYPERLINK("x")');
  });

  it('gives an admin everyone’s calls, notes included', async () => {
    await exportCalls('2026-11-01 2026-11-30', ADMIN_ID);
    const rows = rowsOf((await uploadedFiles(t))[0]?.content);
    expect(rows).toHaveLength(4);
    expect(rows.find((r) => r.rep === 'U0IND')?.notes).toBe('private notes');
  });

  it('sends the file once even when Slack replays the command', async () => {
    const first = await exportCalls('', 'U0REP');
    await t.driver.command('U0REP', '/outfield', 'export calls', { trigger_id: first.triggerId as string });
    await uploadedFiles(t);
    await t.outfield.scheduler.runDueWork();
    expect(await uploadedFiles(t)).toHaveLength(1);
  });

  it.each([
    ['a bad date', '2026-13-01', '“2026-13-01” is not a date'],
    ['a reversed range', '2026-11-30 2026-11-01', 'Put the earlier date first'],
    ['too many words', '2026-11-01 2026-11-30 extra', 'Usage: `/outfield export calls'],
    ['over three years', '2020-01-01 2026-11-30', 'more than three years'],
  ])('refuses %s and sends nothing', async (_name, text, message) => {
    const res = await exportCalls(text, 'U0REP');
    expect(res.json.text).toContain(message);
    expect(await t.db.outboxMessage.count()).toBe(0);
  });
});
