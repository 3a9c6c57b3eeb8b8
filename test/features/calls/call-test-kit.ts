/** Shared set-up for the calls end-to-end tests: users, modal state builders and lookups. */
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { ACCOUNT_SELECT_ACTION, CALL_BLOCKS, CALL_MODAL } from '../../../src/features/calls/ids.js';
import { stateValue, type StateValue, type StateValues } from '../../../src/slack-standin/slack-driver.js';
import { ADMIN_ID, startTestApp, type TestApp } from '../../support/test-app.js';

export const REP = 'U0REP1';
export const REP_ID_LOCALE = 'U0REPID';
export const OTHER_REP = 'U0REP2';
export const MANAGER = 'U0MGR';
export { ADMIN_ID };

/** The app with a New York rep (English), a Jakarta rep (Bahasa Indonesia), another rep, a manager of both, an admin. */
export async function startCallsApp(): Promise<TestApp> {
  const t = await startTestApp();
  t.fake.addUser({ id: REP, tz: 'America/New_York' });
  t.fake.addUser({ id: REP_ID_LOCALE, tz: 'Asia/Jakarta', locale: 'id-ID' });
  t.fake.addUser({ id: OTHER_REP, tz: 'Europe/London' });
  t.fake.addUser({ id: MANAGER, tz: 'America/Chicago' });
  t.fake.addUser({ id: ADMIN_ID, tz: 'America/New_York' });
  await t.driver.command(ADMIN_ID, '/outfield', 'role <@U0MGR> manager');
  await t.driver.command(ADMIN_ID, '/outfield', `team <@${MANAGER}> <@${REP}> <@${OTHER_REP}> <@${REP_ID_LOCALE}>`);
  return t;
}

/** One app per test file; before each test: Monday 23 November 2026 10:00 in New York, no calls, no accounts. */
export function useCallsApp(onStart: (app: TestApp) => void): void {
  let app: TestApp;
  beforeAll(async () => {
    app = await startCallsApp();
    onStart(app);
  });
  afterAll(() => app.close());
  beforeEach(async () => {
    app.fake.reset();
    app.clock.set('2026-11-23T15:00:00Z');
    await app.db.call.deleteMany();
    await app.db.account.deleteMany();
    await app.db.auditEntry.deleteMany({ where: { entity: 'call' } });
  });
}

type ModalFields = Partial<Record<keyof typeof CALL_BLOCKS, StateValue | null>>;

/** Form state as Slack sends it: an account picked, today's date, everything else empty unless given. */
export function modalValues(fields: ModalFields = {}): StateValues {
  const defaults: Record<keyof typeof CALL_BLOCKS, StateValue> = {
    account: stateValue.externalSelect({ value: 'new:Acme Corp', text: 'New account: Acme Corp' }),
    contact: stateValue.text(null),
    type: stateValue.select(null),
    day: stateValue.date('2026-11-23'),
    time: stateValue.time(null),
    outcome: stateValue.select(null),
    value: stateValue.number(null),
    stage: stateValue.select(null),
    nextStep: stateValue.text(null),
    nextStepDate: stateValue.date(null),
    notes: stateValue.text(null),
  };
  const values: StateValues = {};
  for (const [name, blockId] of Object.entries(CALL_BLOCKS) as [keyof typeof CALL_BLOCKS, string][]) {
    const value = name in fields ? fields[name] : defaults[name];
    if (value === null || value === undefined) continue;
    values[blockId] = { [name === 'account' ? ACCOUNT_SELECT_ACTION : blockId]: value };
  }
  return values;
}

/** Submits the Log a call modal; pass `view` (e.g. from `openedView`) to echo an opened view's id and metadata. */
export function submitModal(t: TestApp, userId: string, values: StateValues, view: Record<string, unknown> = {}) {
  return t.driver.viewSubmission(userId, { callback_id: CALL_MODAL, private_metadata: '{}', ...view, values });
}

/** The view of the last views.open call (as the fake stored it). */
export async function openedView(t: TestApp): Promise<Record<string, any>> {
  const call = await t.fake.waitFor('views.open', (c) => c.fault === undefined);
  return (call.result as { view: Record<string, any> }).view;
}

export async function callsOf(t: TestApp, slackUserId: string) {
  return t.db.call.findMany({ where: { rep: { slackUserId } }, include: { account: true }, orderBy: { createdAt: 'asc' } });
}

/** All action ids and values of the blocks of a message or view. */
export function buttonsOf(blocks: any[] | undefined): { action_id: string; value?: string; text: string; confirm?: unknown }[] {
  return (blocks ?? []).flatMap((block) => (block.type === 'actions' ? block.elements : []))
    .map((b: any) => ({ action_id: b.action_id, value: b.value, text: b.text?.text, confirm: b.confirm }));
}

export const textOfBlocks = (blocks: any[] | undefined): string =>
  (blocks ?? []).map((block) => block.text?.text ?? '').join('\n');
