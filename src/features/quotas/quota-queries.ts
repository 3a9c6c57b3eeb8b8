import type { Db } from '../../db/client.js';
import type { Member } from '../../generated/sqlite/client.js';
import { localDayOf, localWeekOf, weekBoundsOf, type LocalDay } from '../../time/local-time.js';
import { NUDGE_KIND } from './ids.js';
import type { QuotaValues } from './rules.js';

export type EffectiveQuota = QuotaValues & { source: 'rep' | 'team' };
type RepRef = Pick<Member, 'id' | 'managerId'>;

/** Each rep's own quota, else their manager's team default, else none; two queries for any number of reps. */
export async function effectiveQuotas(db: Db, reps: readonly RepRef[]): Promise<Map<string, EffectiveQuota>> {
  if (reps.length === 0) return new Map();
  const managerIds = [...new Set(reps.flatMap((rep) => (rep.managerId ? [rep.managerId] : [])))];
  const rows = await db.quota.findMany({
    where: {
      OR: [
        { scope: 'rep', memberId: { in: reps.map((rep) => rep.id) } },
        ...(managerIds.length > 0 ? [{ scope: 'team' as const, memberId: { in: managerIds } }] : []),
      ],
    },
  });
  const own = new Map(rows.filter((q) => q.scope === 'rep').map((q) => [q.memberId, q]));
  const team = new Map(rows.filter((q) => q.scope === 'team').map((q) => [q.memberId, q]));
  const result = new Map<string, EffectiveQuota>();
  for (const rep of reps) {
    const mine = own.get(rep.id);
    const fallback = rep.managerId ? team.get(rep.managerId) : undefined;
    const quota = mine ?? fallback;
    if (quota) result.set(rep.id, { daily: quota.daily, weekly: quota.weekly, source: mine ? 'rep' : 'team' });
  }
  return result;
}

export type CallCounts = { today: number; week: number };

/** Calls of each rep in their own local day and ISO week at `now`; one query per distinct local day/week. */
export async function callCounts(db: Db, reps: readonly Pick<Member, 'id' | 'tz' | 'workspaceId'>[], now: Date) {
  const counts = new Map<string, CallCounts>(reps.map((rep) => [rep.id, { today: 0, week: 0 }]));
  const byPeriod = (periodOf: (rep: (typeof reps)[number]) => string) => {
    const groups = new Map<string, string[]>();
    for (const rep of reps) groups.set(periodOf(rep), [...(groups.get(periodOf(rep)) ?? []), rep.id]);
    return groups;
  };
  const workspaceId = reps[0]?.workspaceId ?? '';
  for (const [localDay, repIds] of byPeriod((rep) => localDayOf(now, rep.tz))) {
    const rows = await db.call.groupBy({ by: ['repId'], where: { workspaceId, localDay, repId: { in: repIds } }, _count: { _all: true } });
    for (const row of rows) (counts.get(row.repId) as CallCounts).today = row._count._all;
  }
  for (const [localWeek, repIds] of byPeriod((rep) => localWeekOf(now, rep.tz))) {
    const rows = await db.call.groupBy({ by: ['repId'], where: { workspaceId, localWeek, repId: { in: repIds } }, _count: { _all: true } });
    for (const row of rows) (counts.get(row.repId) as CallCounts).week = row._count._all;
  }
  return counts;
}

/** Nudges actually sent to each rep in the ISO week of `day` (their local week): the weekly cap counts these. */
export async function nudgesSentInWeek(db: Db, repIds: readonly string[], day: LocalDay): Promise<Map<string, number>> {
  if (repIds.length === 0) return new Map();
  const { first, last } = weekBoundsOf(day);
  const rows = await db.outboxMessage.groupBy({
    by: ['target'],
    where: { kind: NUDGE_KIND, status: 'sent', target: { in: [...repIds] }, slot: { gte: first, lte: last } },
    _count: { _all: true },
  });
  return new Map(rows.map((row) => [row.target, row._count._all]));
}
