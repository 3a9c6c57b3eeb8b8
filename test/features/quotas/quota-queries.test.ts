import { describe, expect, it } from 'vitest';
import { quotaOutboxKinds } from '../../../src/features/quotas/outbox-kinds.js';
import { callCounts } from '../../../src/features/quotas/quota-queries.js';
import { NUDGE_KIND } from '../../../src/features/quotas/ids.js';
import type { Member } from '../../../src/generated/sqlite/client.js';
import type { TestApp } from '../../support/test-app.js';
import { seedCalls, seedMember, useQuotaApp } from './fixtures.js';

let t: TestApp;
useQuotaApp((app) => {
  t = app;
});

const OTHER_TEAM = 'T0OTHER';

/** A rep of a second workspace with a daily quota of 2 and `calls` calls today. */
async function otherWorkspaceRep(calls: number): Promise<Member> {
  await t.db.workspace.upsert({ where: { id: OTHER_TEAM }, create: { id: OTHER_TEAM }, update: {} });
  const rep = await t.db.member.create({ data: { workspaceId: OTHER_TEAM, slackUserId: 'U0ELSEWHERE', tz: 'UTC', profileRefreshedAt: t.clock.now() } });
  await t.db.quota.create({ data: { workspaceId: OTHER_TEAM, scope: 'rep', memberId: rep.id, daily: 2, weekly: 10 } });
  await seedCalls(t.db, rep, calls, t.clock.now());
  return rep;
}

describe('quota queries over a batch spanning two workspaces', () => {
  it('counts each rep’s calls in their own workspace', async () => {
    t.clock.set('2026-11-24T15:00:00Z');
    const here = await seedMember(t, 'U0HERE', { daily: 3 });
    await seedCalls(t.db, here, 1, t.clock.now());
    const elsewhere = await otherWorkspaceRep(2);
    const counts = await callCounts(t.db, [here, elsewhere], t.clock.now());
    expect(counts.get(here.id)).toEqual({ today: 1, week: 1 });
    expect(counts.get(elsewhere.id)).toEqual({ today: 2, week: 2 });
  });

  it('does not nudge a rep of the second workspace who reached quota there', async () => {
    t.clock.set('2026-11-24T16:00:00Z');
    const here = await seedMember(t, 'U0HERE', { daily: 3 });
    const elsewhere = await otherWorkspaceRep(2);
    const nudge = quotaOutboxKinds(t).find((kind) => kind.kind === NUDGE_KIND);
    const rows = await Promise.all([here, elsewhere].map((rep) => t.db.outboxMessage.create({
      data: {
        workspaceId: rep.workspaceId, kind: NUDGE_KIND, target: rep.id, slot: '2026-11-24', dedupeKey: `${NUDGE_KIND}:${rep.id}:2026-11-24`,
        payload: '{}', dueAt: t.clock.now(), expiresAt: t.clock.now(), nextAttemptAt: t.clock.now(),
      },
    })));
    const prepared = await nudge?.prepare(rows.map((row, i) => ({ row, payload: { memberId: [here, elsewhere][i]?.id as string, day: '2026-11-24' } })));
    expect(prepared?.[0]).toMatchObject({ method: 'chat.postMessage', channel: 'U0HERE' });
    expect(prepared?.[1]).toEqual({ skip: 'quota reached' });
  });
});
