import type { Db } from '../../db/client.js';
import type { Member, Workspace } from '../../generated/sqlite/client.js';
import { dedupeKeyOf, type OutboxItem } from '../../outbox/outbox-kind.js';
import { chunksOf, dueZones, type DueZone } from '../../scheduler/due-zones.js';
import type { Planner } from '../../scheduler/planner.js';
import { isoWeekOfDay, isoWeekdayOf, isWorkingDay, parseWorkingDays } from '../../time/local-time.js';
import { DIGEST_KIND, NUDGE_KIND, RECAP_KIND } from './ids.js';
import { needsNudge, nudgeBlocker } from './nudge-rules.js';
import { callCounts, effectiveQuotas, nudgesSentByDay } from './quota-queries.js';

type PlannerDeps = { db: Db };
type WorkspaceWithHolidays = Workspace & { holidays: { date: string }[] };
type Candidate = { member: Member; zone: DueZone; workspace: Workspace };

const isWorkingDayOf = (ws: WorkspaceWithHolidays, day: string): boolean =>
  isWorkingDay(day, { workingDays: parseWorkingDays(ws.workingDays), holidays: new Set(ws.holidays.map((h) => h.date)) });

const itemFor = (kind: string, { member, zone }: Candidate, slot: string): OutboxItem => ({
  workspaceId: member.workspaceId,
  kind,
  target: member.id,
  slot,
  payload: { memberId: member.id, day: zone.day },
  dueAt: zone.dueAt,
  expiresAt: zone.expiresAt,
});

/**
 * Members whose local `time` is due now on a day `isDay` accepts, minus those already planned for
 * the slot, in chunks so that 10,000 reps cost a handful of queries per tick.
 */
async function* dueCandidates(db: Db, now: Date, options: {
  time: (ws: Workspace) => string;
  isDay: (ws: WorkspaceWithHolidays, day: string) => boolean;
  kind: string;
  slotOf: (day: string) => string;
  where?: { role?: 'manager' };
}): AsyncGenerator<Candidate[]> {
  const workspaces = await db.workspace.findMany({ include: { holidays: { select: { date: true } } } });
  for (const ws of workspaces) {
    const zones = (await dueZones(db, ws.id, now, options.time(ws))).filter((zone) => options.isDay(ws, zone.day));
    if (zones.length === 0) continue;
    const zoneOf = new Map(zones.map((zone) => [zone.tz, zone]));
    const members = await db.member.findMany({ where: { workspaceId: ws.id, tz: { in: [...zoneOf.keys()] }, ...options.where } });
    for (const chunk of chunksOf(members)) {
      const candidates = chunk.map((member) => ({ member, workspace: ws, zone: zoneOf.get(member.tz) as DueZone }));
      const keys = candidates.map((c) => dedupeKeyOf({ kind: options.kind, target: c.member.id, slot: options.slotOf(c.zone.day) }));
      const planned = new Set((await db.outboxMessage.findMany({ where: { dedupeKey: { in: keys } }, select: { dedupeKey: true } })).map((r) => r.dedupeKey));
      yield candidates.filter((_, i) => !planned.has(keys[i] as string));
    }
  }
}

type DueOptions = Parameters<typeof dueCandidates>[2];

/** A planner that decides, chunk by chunk of due candidates, what to enqueue. */
function plannerOf(name: string, db: Db, options: DueOptions, decide: (chunk: Candidate[], now: Date) => Promise<OutboxItem[]>): Planner {
  return {
    name,
    async plan(now) {
      const items: OutboxItem[] = [];
      for await (const chunk of dueCandidates(db, now, options)) items.push(...(await decide(chunk, now)));
      return items;
    },
  };
}

/** End-of-day nudge at nudgeTime rep-local on working days, for reps below their daily quota. */
export function nudgePlanner({ db }: PlannerDeps): Planner {
  const options = { time: (ws: Workspace) => ws.nudgeTime, isDay: isWorkingDayOf, kind: NUDGE_KIND, slotOf: (day: string) => day };
  return plannerOf('quota nudges', db, options, async (chunk, now) => {
    const open = chunk.filter((c) => !nudgeBlocker(c.member, c.zone.day));
    const members = open.map((c) => c.member);
    const [quotas, counts] = await Promise.all([effectiveQuotas(db, members), callCounts(db, members, now)]);
    const sent = await nudgesSentByDay(db, open.map((c) => ({ id: c.member.id, day: c.zone.day })));
    return open
      .filter(({ member, workspace }) => needsNudge({
        done: counts.get(member.id)?.today ?? 0,
        daily: quotas.get(member.id)?.daily ?? 0,
        sentThisWeek: sent.get(member.id) ?? 0,
        weeklyCap: workspace.weeklyNudgeCap,
      }))
      .map((c) => itemFor(NUDGE_KIND, c, c.zone.day));
  });
}

/** Weekly recap at recapWeekday/recapTime rep-local, for reps with a weekly quota who are not away. */
export function recapPlanner({ db }: PlannerDeps): Planner {
  const options = {
    time: (ws: Workspace) => ws.recapTime,
    isDay: (ws: WorkspaceWithHolidays, day: string) => isoWeekdayOf(day) === ws.recapWeekday,
    kind: RECAP_KIND,
    slotOf: isoWeekOfDay,
  };
  return plannerOf('weekly recaps', db, options, async (chunk) => {
    const open = chunk.filter((c) => !nudgeBlocker({ ...c.member, snoozedDay: null }, c.zone.day));
    const quotas = await effectiveQuotas(db, open.map((c) => c.member));
    return open.filter((c) => (quotas.get(c.member.id)?.weekly ?? 0) > 0).map((c) => itemFor(RECAP_KIND, c, isoWeekOfDay(c.zone.day)));
  });
}

/** Manager digest at digestTime manager-local on working days; whether anyone is behind is decided at send time. */
export function digestPlanner({ db }: PlannerDeps): Planner {
  const options = { time: (ws: Workspace) => ws.digestTime, isDay: isWorkingDayOf, kind: DIGEST_KIND, slotOf: (day: string) => day, where: { role: 'manager' as const } };
  return plannerOf('manager digests', db, options, async (chunk) =>
    chunk.filter((c) => !(c.member.awayUntil !== null && c.member.awayUntil >= c.zone.day)).map((c) => itemFor(DIGEST_KIND, c, c.zone.day)));
}
