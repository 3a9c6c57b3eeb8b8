import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FIELDS, SETUP_MODAL } from '../../../src/features/settings/ids.js';
import { stateValue, type StateValues } from '../../../src/slack-standin/slack-driver.js';
import { ADMIN_ID, startTestApp, type TestApp } from '../../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  t.fake.addUser({ id: ADMIN_ID, tz: 'UTC' });
  t.fake.addUser({ id: 'U0REP', tz: 'UTC' });
});
afterAll(() => t.close());
beforeEach(() => t.fake.reset());

type Overrides = Partial<Record<keyof typeof FIELDS, ReturnType<(typeof stateValue)[keyof typeof stateValue]>>>;

function values(overrides: Overrides = {}): StateValues {
  const base: Record<keyof typeof FIELDS, ReturnType<(typeof stateValue)[keyof typeof stateValue]>> = {
    workingDays: stateValue.checkboxes(['1', '2', '3', '4']),
    holidays: stateValue.text('2026-12-25\n\n 2026-12-24 '),
    nudgeTime: stateValue.time('15:30'),
    recapWeekday: stateValue.select('4'),
    recapTime: stateValue.time('16:00'),
    digestTime: stateValue.time('17:30'),
    weeklyNudgeCap: stateValue.text('2'),
    currency: stateValue.text('idr'),
    defaultLocale: stateValue.select('id'),
    reviewChannelId: stateValue.conversation('C0REVIEW'),
    leaderboardChannelId: stateValue.conversation(null),
    ...overrides,
  };
  return Object.fromEntries(Object.entries(base).map(([field, value]) => {
    const ids = FIELDS[field as keyof typeof FIELDS];
    return [ids.block, { [ids.action]: value }];
  }));
}

const submit = (user: string, overrides: Overrides = {}) =>
  t.driver.viewSubmission(user, { callback_id: SETUP_MODAL, values: values(overrides) });

const workspace = () => t.db.workspace.findUniqueOrThrow({ where: { id: t.fake.teamId } });

describe('/outfield setup', () => {
  it('opens the settings modal for an admin, filled with the current settings', async () => {
    const res = await t.driver.command(ADMIN_ID, '/outfield', 'setup');
    expect(res.status).toBe(200);
    const opened = await t.fake.waitFor('views.open');
    expect(opened.fault).toBeUndefined();
    const view = opened.args.view as { callback_id: string; blocks: { block_id: string }[] };
    expect(view.callback_id).toBe(SETUP_MODAL);
    expect(view.blocks.map((b) => b.block_id)).toEqual(Object.values(FIELDS).map((f) => f.block));
  });

  it('refuses a non-admin and opens nothing', async () => {
    const res = await t.driver.command('U0REP', '/outfield', 'setup');
    expect(res.json.text).toContain('Only an Outfield admin');
    expect(t.fake.callsTo('views.open')).toHaveLength(0);
  });

  it('saves every setting and the holidays, with an audit entry', async () => {
    const res = await submit(ADMIN_ID);
    expect(res.status).toBe(200);
    expect(res.text).toBe('');
    expect(await workspace()).toMatchObject({
      workingDays: '1,2,3,4', nudgeTime: '15:30', recapWeekday: 4, recapTime: '16:00', digestTime: '17:30',
      weeklyNudgeCap: 2, currency: 'IDR', defaultLocale: 'id', reviewChannelId: 'C0REVIEW', leaderboardChannelId: null,
    });
    const holidays = await t.db.holiday.findMany({ where: { workspaceId: t.fake.teamId }, orderBy: { date: 'asc' } });
    expect(holidays.map((h) => h.date)).toEqual(['2026-12-24', '2026-12-25']);
    expect(await t.db.auditEntry.count({ where: { action: 'settings_changed' } })).toBeGreaterThan(0);
  });

  it('refuses a forged submission from a non-admin and stores nothing', async () => {
    const before = await workspace();
    const res = await submit('U0REP', { nudgeTime: stateValue.time('09:00') });
    expect(res.status).toBe(200);
    expect((await workspace()).nudgeTime).toBe(before.nudgeTime);
  });

  it.each([
    ['workingDays', stateValue.checkboxes([]), 'Pick at least one working day'],
    ['holidays', stateValue.text('2026-12-25\nChristmas'), '“Christmas” is not a date'],
    ['holidays', stateValue.text('2026-02-30'), '“2026-02-30” is not a date'],
    ['nudgeTime', stateValue.time('07:30'), '07:30 is in quiet hours'],
    ['recapTime', stateValue.time('20:00'), '20:00 is in quiet hours'],
    ['digestTime', stateValue.time(null), 'is in quiet hours'],
    ['recapWeekday', stateValue.select('8'), 'Pick a day of the week'],
    ['weeklyNudgeCap', stateValue.text('-1'), 'whole number from 0 to 7'],
    ['weeklyNudgeCap', stateValue.text('8'), 'whole number from 0 to 7'],
    ['weeklyNudgeCap', stateValue.text('two'), 'whole number from 0 to 7'],
    ['currency', stateValue.text('XYZ'), '“XYZ” is not an ISO 4217 currency code'],
    ['currency', stateValue.text('dollars'), 'is not an ISO 4217 currency code'],
    ['defaultLocale', stateValue.select('fr'), 'Pick English or Bahasa Indonesia'],
  ] as const)('rejects a bad %s with a field error and stores nothing', async (field, value, message) => {
    const before = await workspace();
    const res = await submit(ADMIN_ID, { [field]: value, nudgeTime: field === 'nudgeTime' ? value : stateValue.time('11:11') });
    expect(res.json.response_action).toBe('errors');
    expect(Object.keys(res.json.errors)).toEqual([FIELDS[field].block]);
    expect(res.json.errors[FIELDS[field].block]).toContain(message);
    expect(await workspace()).toEqual(before);
  });
});
