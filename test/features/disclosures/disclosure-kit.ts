/** Shared set-up for the disclosures end-to-end tests: a team, a review channel, the form and the review post. */
import { afterAll, beforeAll, beforeEach, expect } from 'vitest';
import { DISCLOSE_BLOCKS as B, DISCLOSE_MODAL } from '../../../src/features/disclosures/ids.js';
import { stateValue, type StateValue, type StateValues } from '../../../src/slack-standin/slack-driver.js';
import type { RecordedCall } from '../../../src/slack-standin/fake-slack.js';
import { ADMIN_ID, startTestApp, type TestApp } from '../../support/test-app.js';

export const REP = 'U0REP1';
export const REP_ID_LOCALE = 'U0REPID';
export const MANAGER = 'U0MGR';
export const OTHER_MANAGER = 'U0MGR2';
export const OTHER_REP = 'U0REP2';
export const REVIEW_CHANNEL = 'C0REVIEW';
export { ADMIN_ID };

/** Manager U0MGR leads REP and REP_ID_LOCALE; U0MGR2 leads OTHER_REP; the review channel is set. */
export async function startDisclosuresApp(): Promise<TestApp> {
  const t = await startTestApp();
  t.fake.addUser({ id: REP, tz: 'America/New_York' });
  t.fake.addUser({ id: REP_ID_LOCALE, tz: 'Asia/Jakarta', locale: 'id-ID' });
  t.fake.addUser({ id: OTHER_REP, tz: 'Europe/London' });
  t.fake.addUser({ id: MANAGER, tz: 'America/Chicago' });
  t.fake.addUser({ id: OTHER_MANAGER, tz: 'America/Chicago' });
  t.fake.addUser({ id: ADMIN_ID, tz: 'America/New_York' });
  for (const manager of [MANAGER, OTHER_MANAGER]) await t.driver.command(ADMIN_ID, '/outfield', `role <@${manager}> manager`);
  await t.driver.command(ADMIN_ID, '/outfield', `team <@${MANAGER}> <@${REP}> <@${REP_ID_LOCALE}>`);
  await t.driver.command(ADMIN_ID, '/outfield', `team <@${OTHER_MANAGER}> <@${OTHER_REP}>`);
  return t;
}

/** One app per file; before each test: Monday 23 November 2026 10:00 New York, the review channel set, no disclosures. */
export function useDisclosuresApp(onStart: (app: TestApp) => void): void {
  let app: TestApp;
  beforeAll(async () => {
    app = await startDisclosuresApp();
    onStart(app);
  });
  afterAll(() => app.close());
  beforeEach(async () => {
    app.clock.set('2026-11-23T15:00:00Z');
    await app.outfield.scheduler.sendDue();
    app.fake.reset();
    await app.db.disclosure.deleteMany();
    await app.db.attestation.deleteMany();
    await app.db.outboxMessage.deleteMany();
    await app.db.workspace.updateMany({ data: { reviewChannelId: REVIEW_CHANNEL, attestationMonths: 3 } });
  });
}

type Fields = Partial<Record<keyof typeof B, StateValue>>;

/** The form as Slack sends it: a complete disclosure unless fields override it. */
export function discloseValues(fields: Fields = {}): StateValues {
  const defaults: Record<keyof typeof B, StateValue> = {
    principal: stateValue.text('Northwind Tools'),
    products: stateValue.text('Cordless drills, saw blades'),
    competes: stateValue.select('yes'),
    since: stateValue.date('2025-03-01'),
    territory: stateValue.text('Ohio'),
    notes: stateValue.text(null),
  };
  const merged = { ...defaults, ...fields };
  return Object.fromEntries(Object.entries(merged).map(([name, value]) => [B[name as keyof typeof B], { [B[name as keyof typeof B]]: value }]));
}

/** `/disclose` → the modal Slack opened → submitted with `fields`; answers the submission's response. */
export async function submitDisclosure(t: TestApp, user: string, fields: Fields = {}) {
  const before = t.fake.callsTo('views.open').length;
  await t.driver.command(user, '/disclose');
  const opened = await t.fake.waitFor('views.open', (c) => t.fake.callsTo('views.open').indexOf(c) >= before);
  const view = opened.result?.view as { id: string; callback_id: string };
  expect(view.callback_id).toBe(DISCLOSE_MODAL);
  return t.driver.viewSubmission(user, { ...t.fake.viewById(view.id)!, values: discloseValues(fields) });
}

export const isReviewPost = (c: RecordedCall) => c.method === 'chat.postMessage' && c.args.channel === REVIEW_CHANNEL && c.args.thread_ts === undefined;

/** The n-th review post Slack accepted (waits for it), as the message container of a button click. */
export async function reviewPost(t: TestApp, n = 0) {
  await t.fake.waitFor('chat.postMessage', (c) => isReviewPost(c) && c.fault === undefined && t.fake.delivered('chat.postMessage').filter(isReviewPost).indexOf(c) === n);
  const call = t.fake.delivered('chat.postMessage').filter(isReviewPost)[n] as RecordedCall;
  return { channel: REVIEW_CHANNEL, ts: String(call.result?.ts), blocks: call.args.blocks as unknown[] };
}

/** What the stored (fake) Slack message says now: text and every text in its blocks. */
export function messageText(t: TestApp, channel: string, ts: string): string {
  const message = t.fake.message(channel, ts);
  return JSON.stringify([message?.text, message?.blocks]);
}

/** Action ids of the buttons in a message's blocks. */
export function buttonsOf(t: TestApp, channel: string, ts: string): string[] {
  const blocks = (t.fake.message(channel, ts)?.blocks ?? []) as { type: string; elements?: { action_id?: string }[] }[];
  return blocks.filter((b) => b.type === 'actions').flatMap((b) => (b.elements ?? []).map((e) => e.action_id ?? ''));
}

export async function latestDisclosure(t: TestApp, slackUserId: string) {
  return t.db.disclosure.findFirstOrThrow({ where: { rep: { slackUserId } }, orderBy: { createdAt: 'desc' }, include: { events: { orderBy: { createdAt: 'asc' } } } });
}

/** Lets the sends a handler started after its ack finish. */
export async function settle(t: TestApp): Promise<void> {
  await t.outfield.scheduler.sendDue();
}

/** `user` submits a disclosure; answers its delivered review post and the stored disclosure. */
export async function submittedWithPost(t: TestApp, user = REP) {
  await submitDisclosure(t, user);
  const post = await reviewPost(t);
  await settle(t);
  return { post, disclosure: await latestDisclosure(t, user) };
}
