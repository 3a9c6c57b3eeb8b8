import { beforeEach } from 'vitest';
import type { Member } from '../../../src/generated/sqlite/client.js';
import { normalizeAccountName } from '../../../src/features/calls/text-rules.js';
import { localDayOf, localWeekOf } from '../../../src/time/local-time.js';
import type { TestApp } from '../../support/test-app.js';
import { useQuotaApp } from '../quotas/fixtures.js';

export { seedMember } from '../quotas/fixtures.js';

type CallSeed = { at: string; account?: string; outcome?: 'won' | 'lost' | 'follow_up'; value?: number; stage?: 'prospecting' | 'proposal' | 'negotiation' | 'won'; notes?: string; contact?: string; nextStep?: string };

export async function accountNamed(t: TestApp, name: string) {
  const normalizedName = normalizeAccountName(name);
  return t.db.account.upsert({
    where: { workspaceId_normalizedName: { workspaceId: t.fake.teamId, normalizedName } },
    create: { workspaceId: t.fake.teamId, name, normalizedName },
    update: {},
  });
}

/** One call per seed, stored as the calls feature stores it (local day and week in the rep's zone). */
export async function seedDeals(t: TestApp, rep: Member, seeds: CallSeed[]): Promise<void> {
  for (const seed of seeds) {
    const account = await accountNamed(t, seed.account ?? 'Acme');
    const at = new Date(seed.at);
    await t.db.call.create({
      data: {
        workspaceId: rep.workspaceId, repId: rep.id, accountId: account.id, occurredAt: at,
        localDay: localDayOf(at, rep.tz), localWeek: localWeekOf(at, rep.tz),
        outcome: seed.outcome, value: seed.value, stage: seed.stage, notes: seed.notes, contact: seed.contact, nextStep: seed.nextStep,
      },
    });
    if (!account.lastCallAt || account.lastCallAt < at) await t.db.account.update({ where: { id: account.id }, data: { lastCallAt: at } });
  }
}

export async function seedImported(t: TestApp, rep: Member, day: string, amount: number, account = 'Acme'): Promise<void> {
  const { id } = await accountNamed(t, account);
  await t.db.importedSale.create({ data: { workspaceId: rep.workspaceId, repId: rep.id, accountId: id, day, amount, importKey: `${rep.id}:${day}:${amount}:${account}:${Math.random()}` } });
}

/** The quotas app set-up (one app per file, reset before each test), and imported sales forgotten too. */
export function useGoalsApp(onStart: (app: TestApp) => void, options: { withAdmin?: boolean } = {}): void {
  let app: TestApp;
  useQuotaApp((a) => {
    app = a;
    onStart(a);
  }, options);
  beforeEach(async () => {
    filesBefore.set(app, app.fake.uploadedFiles().length);
    await app.db.importedSale.deleteMany();
    await app.db.goal.deleteMany();
    await app.db.workspace.updateMany({ data: { stageProbabilities: null, keyAccountGapDays: 14 } });
  });
}

const filesBefore = new WeakMap<TestApp, number>();

/** Files uploaded in this test, after waiting for `count` of them (uploads run after the ack). */
export async function uploadedFiles(t: TestApp, count = 1) {
  const mine = () => t.fake.uploadedFiles().slice(filesBefore.get(t) ?? 0);
  for (let i = 0; i < 100 && mine().length < count; i += 1) {
    await t.outfield.scheduler.sendDue();
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return mine();
}

/** What a reply shows: its text and its blocks, as one string to search. */
export const shownIn = (res: { json?: any }): string => `${res.json?.text ?? ''}\n${JSON.stringify(res.json?.blocks ?? [])}`;
