import type { Db } from '../../db/client.js';
import type { Member } from '../../generated/sqlite/client.js';
import { chunksOf } from '../../scheduler/due-zones.js';
import { localDayOf, localWeekOf, weekBoundsOf, type LocalDay } from '../../time/local-time.js';
import { NUDGE_KIND } from './ids.js';
import type { QuotaValues } from './rules.js';

export type EffectiveQuota = QuotaValues & { source: 'rep' | 'team' };
type RepRef = Pick<Member, 'id' | 'managerId'>;

/** Each rep's own quota, else their manager's team default, else none; one query per 400 reps. */
export async function effectiveQuotas(db: Db, reps: readonly RepRef[]): Promise<Map<string, EffectiveQuota>> {
  const result = new Map<string, EffectiveQuota>();
  for (const chunk of chunksOf(reps, 400)) {
    const managerIds = [...new Set(chunk.flatMap((rep) => (rep.managerId ? [rep.managerId] : [])))];
    const rows = await db.quota.findMany({
      where: {
        OR: [
          { scope: 'rep', memberId: { in: chunk.map((rep) => rep.id) } },
          ...(managerIds.length > 0 ? [{ scope: 'team' as const, memberId: { in: managerIds } }] : []),
        ],
      },
    });
    const own = new Map(rows.filter((q) => q.scope === 'rep').map((q) => [q.memberId, q]));
    const team = new Map(rows.filter((q) => q.scope === 'team').map((q) => [q.memberId, q]));
    for (const rep of chunk) {
      const mine = own.get(rep.id);
      const quota = mine ?? (rep.managerId ? team.get(rep.managerId) : undefined);
      if (quota) result.set(rep.id, { daily: quota.daily, weekly: quota.weekly, source: mine ? 'rep' : 'team' });
    }
  }
  return result;
}

export type CallCounts = { today: number; week: number };
type CountedRep = Pick<Member, 'id' | 'tz' | 'workspaceId'>;

type RepGroup = { workspaceId: string; period: string; ids: string[] };

/** Reps grouped by workspace and period, so each count query names the reps' own workspace. */
function groupIds(reps: readonly CountedRep[], periodOf: (rep: CountedRep) => string): RepGroup[] {
  const groups = new Map<string, RepGroup>();
  for (const rep of reps) {
    const period = periodOf(rep);
    const key = `${rep.workspaceId} ${period}`;
    const group = groups.get(key) ?? { workspaceId: rep.workspaceId, period, ids: [] };
    group.ids.push(rep.id);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/**
 * Calls of each rep in their own local day and ISO week at `now`; queries per workspace and
 * distinct local day/week (a claimed batch may span workspaces).
 */
export async function callCounts(db: Db, reps: readonly CountedRep[], now: Date): Promise<Map<string, CallCounts>> {
  const counts = new Map<string, CallCounts>(reps.map((rep) => [rep.id, { today: 0, week: 0 }]));
  for (const { workspaceId, period: localDay, ids } of groupIds(reps, (rep) => localDayOf(now, rep.tz))) {
    for (const repIds of chunksOf(ids)) {
      const rows = await db.call.groupBy({ by: ['repId'], where: { workspaceId, localDay, repId: { in: repIds } }, _count: { _all: true } });
      for (const row of rows) (counts.get(row.repId) as CallCounts).today = row._count._all;
    }
  }
  for (const { workspaceId, period: localWeek, ids } of groupIds(reps, (rep) => localWeekOf(now, rep.tz))) {
    for (const repIds of chunksOf(ids)) {
      const rows = await db.call.groupBy({ by: ['repId'], where: { workspaceId, localWeek, repId: { in: repIds } }, _count: { _all: true } });
      for (const row of rows) (counts.get(row.repId) as CallCounts).week = row._count._all;
    }
  }
  return counts;
}

/** Nudges actually sent to each rep in the ISO week of `day` (their local week): the weekly cap counts these. */
export async function nudgesSentInWeek(db: Db, repIds: readonly string[], day: LocalDay): Promise<Map<string, number>> {
  const { first, last } = weekBoundsOf(day);
  const sent = new Map<string, number>();
  for (const chunk of chunksOf(repIds)) {
    const rows = await db.outboxMessage.groupBy({
      by: ['target'],
      where: { kind: NUDGE_KIND, status: 'sent', target: { in: chunk }, slot: { gte: first, lte: last } },
      _count: { _all: true },
    });
    for (const row of rows) sent.set(row.target, row._count._all);
  }
  return sent;
}

/** Nudges sent this local week per rep, for reps whose local days may differ (Kiritimati and Honolulu). */
export async function nudgesSentByDay(db: Db, reps: readonly { id: string; day: LocalDay }[]): Promise<Map<string, number>> {
  const days = new Map<LocalDay, string[]>();
  for (const rep of reps) days.set(rep.day, [...(days.get(rep.day) ?? []), rep.id]);
  const sent = new Map<string, number>();
  for (const [day, ids] of days) for (const [id, count] of await nudgesSentInWeek(db, ids, day)) sent.set(id, count);
  return sent;
}
