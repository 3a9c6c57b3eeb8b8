import { afterAll, beforeAll, beforeEach } from 'vitest';
import { PROGRAM_BLOCKS, PROGRAM_MODAL } from '../../../src/features/incentives/ids.js';
import type { Member } from '../../../src/generated/sqlite/client.js';
import { stateValue, type StateValue, type StateValues } from '../../../src/slack-standin/slack-driver.js';
import { ADMIN_ID, startTestApp, type TestApp } from '../../support/test-app.js';
import { resetQuotaData, seedMember } from '../quotas/fixtures.js';
import { localDayOf, localWeekOf } from '../../../src/time/local-time.js';

export { seedMember };
export const CHANNEL = 'C0LEADS';

type Field = keyof typeof PROGRAM_BLOCKS;

/** A valid New incentive program form (calls, 1–30 Nov 2026, daily at 09:00 UTC), with fields replaced. */
export function programValues(overrides: Partial<Record<Field, StateValue>> = {}): StateValues {
  const base: Partial<Record<Field, StateValue>> = {
    name: stateValue.text('November Blitz'),
    metric: stateValue.select('calls'),
    startDate: stateValue.date('2026-11-02'),
    endDate: stateValue.date('2026-11-06'),
    prize: stateValue.text('A Rolex'),
    targetKind: stateValue.select('absolute'),
    target: stateValue.number('3'),
    channel: stateValue.conversation(CHANNEL),
    cadence: stateValue.select('daily'),
    time: stateValue.time('09:00'),
    timeZone: stateValue.text('UTC'),
    places: stateValue.number('10'),
    visibility: stateValue.select('counts'),
    ...overrides,
  };
  return Object.fromEntries(Object.entries(base).map(([field, value]) => {
    const id = PROGRAM_BLOCKS[field as Field];
    return [id, { [id]: value }];
  }));
}

export const submitProgram = (t: TestApp, user: string, overrides: Partial<Record<Field, StateValue>> = {}) =>
  t.driver.viewSubmission(user, { callback_id: PROGRAM_MODAL, values: programValues(overrides) });

/** `count` calls by `rep` at `at`, won with `value` when given. */
export async function logCalls(t: TestApp, rep: Member, count: number, at: Date, value?: number): Promise<void> {
  const account = await t.db.account.upsert({
    where: { workspaceId_normalizedName: { workspaceId: rep.workspaceId, normalizedName: 'acme' } },
    create: { workspaceId: rep.workspaceId, name: 'Acme', normalizedName: 'acme' },
    update: {},
  });
  for (let i = 0; i < count; i += 1) {
    await t.db.call.create({
      data: {
        workspaceId: rep.workspaceId, repId: rep.id, accountId: account.id, occurredAt: at,
        localDay: localDayOf(at, rep.tz), localWeek: localWeekOf(at, rep.tz),
        ...(value === undefined ? {} : { outcome: 'won' as const, value }),
      },
    });
  }
}

/** Posts the fake accepted in the program channel. */
export const channelPosts = (t: TestApp, channel = CHANNEL) =>
  t.fake.delivered('chat.postMessage').filter((call) => call.args.channel === channel).map((call) => ({
    text: String(call.args.text),
    body: JSON.stringify(call.args.blocks),
  }));

/** Runs the scheduler at each step from `from` to `to` (exclusive). */
export async function runFromTo(t: TestApp, from: string, to: string, stepMinutes: number): Promise<void> {
  for (let at = new Date(from).getTime(); at < new Date(to).getTime(); at += stepMinutes * 60_000) {
    t.clock.set(new Date(at));
    await t.outfield.scheduler.runDueWork();
  }
}

/** One app per file; programs, awards and the data of quotas' fixtures are cleared before each test. */
export function useIncentiveApp(onStart: (app: TestApp) => void): void {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
    app.fake.addUser({ id: ADMIN_ID, tz: 'UTC' });
    onStart(app);
  });
  afterAll(() => app.close());
  beforeEach(async () => {
    await app.db.incentiveAward.deleteMany();
    await app.db.incentiveProgram.deleteMany();
    await resetQuotaData(app, [ADMIN_ID]);
    app.fake.channels.add({ id: CHANNEL, isPrivate: true, isMember: true });
    app.clock.set('2026-11-01T12:00:00Z');
  });
}

export { ADMIN_ID };
