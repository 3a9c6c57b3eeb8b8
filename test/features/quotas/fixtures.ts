import { attestationPeriodOf } from '../../../src/features/disclosures/rules.js';
import type { Db } from '../../../src/db/client.js';
import type { Member } from '../../../src/generated/sqlite/client.js';
import { localDayOf, localWeekOf } from '../../../src/time/local-time.js';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { ADMIN_ID, startTestApp, type TestApp } from '../../support/test-app.js';

type RepInput = Partial<Pick<Member, 'tz' | 'kind' | 'nudgesOptIn' | 'awayUntil' | 'snoozedDay' | 'managerId' | 'role' | 'locale'>> & {
  daily?: number;
  weekly?: number;
};

/** A member stored directly (and known to the fake Slack), with an own quota when daily is given. */
/**
 * A member as if they had used Outfield: with `daily`, their own quota; unless `attested: false`,
 * they have already attested this quarter's disclosures, so the first-use disclosure prompt does not
 * join the DMs a test counts.
 */
export async function seedMember(t: TestApp, slackUserId: string, input: RepInput & { attested?: boolean } = {}): Promise<Member> {
  const { daily, weekly, attested = true, ...fields } = input;
  const tz = fields.tz ?? 'UTC';
  t.fake.addUser({ id: slackUserId, tz, locale: fields.locale ?? 'en-US' });
  await t.db.workspace.upsert({ where: { id: t.fake.teamId }, create: { id: t.fake.teamId }, update: {} });
  const member = await t.db.member.create({
    data: { workspaceId: t.fake.teamId, slackUserId, ...fields, tz, profileRefreshedAt: t.clock.now() },
  });
  if (attested) {
    const period = attestationPeriodOf(localDayOf(t.clock.now(), tz), 3);
    await t.db.attestation.create({ data: { memberId: member.id, period, kind: 'nothing_to_disclose' } });
  }
  if (daily !== undefined) {
    await t.db.quota.create({ data: { workspaceId: t.fake.teamId, scope: 'rep', memberId: member.id, daily, weekly: weekly ?? daily * 5 } });
  }
  return member;
}

/** `count` calls by `rep` at `at` (their local day and week derived like the calls feature does). */
export async function seedCalls(db: Db, rep: Member, count: number, at: Date, notes = 'met the buyer'): Promise<void> {
  const account = await db.account.upsert({
    where: { workspaceId_normalizedName: { workspaceId: rep.workspaceId, normalizedName: 'acme' } },
    create: { workspaceId: rep.workspaceId, name: 'Acme', normalizedName: 'acme' },
    update: {},
  });
  for (let i = 0; i < count; i += 1) {
    await db.call.create({
      data: {
        workspaceId: rep.workspaceId, repId: rep.id, accountId: account.id, occurredAt: at, notes,
        localDay: localDayOf(at, rep.tz), localWeek: localWeekOf(at, rep.tz),
      },
    });
  }
}

export type Delivery = { at: string; channel: string; text: string; kind?: string };

/**
 * Runs the due work at each instant from `from` (inclusive) to `to` (exclusive) every `stepMinutes`,
 * and returns each message delivered with the fake-clock instant of the run that sent it.
 */
export async function runEvery(t: TestApp, from: string, to: string, stepMinutes: number): Promise<Delivery[]> {
  const deliveries: Delivery[] = [];
  for (let at = new Date(from).getTime(); at < new Date(to).getTime(); at += stepMinutes * 60_000) {
    t.clock.set(new Date(at));
    const before = t.fake.delivered('chat.postMessage').length;
    await t.outfield.scheduler.runDueWork();
    for (const call of t.fake.delivered('chat.postMessage').slice(before)) {
      const row = await t.db.outboxMessage.findFirst({ where: { messageTs: String(call.result?.ts) } });
      deliveries.push({ at: new Date(at).toISOString(), channel: String(call.args.channel), text: String(call.args.text), kind: row?.kind });
    }
  }
  return deliveries;
}

/** DMs delivered by chat.postMessage, with the fake-clock instant at which each was sent. */
export function dmsTo(t: TestApp, slackUserId: string) {
  return t.fake.delivered('chat.postMessage').filter((call) => call.args.channel === slackUserId);
}

/**
 * Forgets what the previous test did: recorded Slack calls, outbox, calls, accounts, quotas,
 * holidays, members (but `keep`) and the schedule settings.
 */
export async function resetQuotaData(t: TestApp, keep: readonly string[] = []): Promise<void> {
  t.fake.reset();
  await t.db.outboxMessage.deleteMany();
  await t.db.auditEntry.deleteMany();
  await t.db.call.deleteMany();
  await t.db.account.deleteMany();
  await t.db.workspace.updateMany({ data: { workingDays: '1,2,3,4,5', nudgeTime: '16:00', weeklyNudgeCap: 3 } });
  await t.db.quota.deleteMany();
  await t.db.holiday.deleteMany();
  await t.db.member.deleteMany({ where: { slackUserId: { notIn: [...keep] } } });
}

/**
 * One app per test file, reset before each test. `onStart` hands the app to the file; with
 * `withAdmin` the OUTFIELD_ADMINS user is known to Slack and survives the resets.
 */
export function useQuotaApp(onStart: (app: TestApp) => void, options: { withAdmin?: boolean } = {}): void {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
    if (options.withAdmin) app.fake.addUser({ id: ADMIN_ID, tz: 'UTC' });
    onStart(app);
  });
  afterAll(() => app.close());
  beforeEach(() => resetQuotaData(app, options.withAdmin ? [ADMIN_ID] : []));
}
