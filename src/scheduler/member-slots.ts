import type { Db } from '../db/client.js';
import type { Member, Prisma, Workspace } from '../generated/sqlite/client.js';
import { dedupeKeyOf, type OutboxItem } from '../outbox/outbox-kind.js';
import { isWorkingDay, parseWorkingDays } from '../time/local-time.js';
import { chunksOf, dueZones, type DueZone } from './due-zones.js';
import type { Planner } from './planner.js';

export type WorkspaceWithHolidays = Workspace & { holidays: { date: string }[] };
/** A member whose local `time` is due now, with the zone's local day and slot window. */
export type Candidate = { member: Member; zone: DueZone; workspace: WorkspaceWithHolidays };

export type MemberSlotOptions = {
  /** The outbox kind: candidates already planned for their slot are left out. */
  kind: string;
  /** The member-local "HH:mm" at which the slot is due, e.g. the workspace's nudge time. */
  time: (ws: Workspace) => string;
  /** Whether the member's local day takes the slot (working days, a weekday). */
  isDay: (ws: WorkspaceWithHolidays, day: string) => boolean;
  /** The slot of a local day: the day itself, its ISO week, its quarter… */
  slotOf: (day: string) => string;
  where?: Prisma.MemberWhereInput;
};

export const isWorkingDayOf = (ws: WorkspaceWithHolidays, day: string): boolean =>
  isWorkingDay(day, { workingDays: parseWorkingDays(ws.workingDays), holidays: new Set(ws.holidays.map((h) => h.date)) });

/**
 * Members whose local `time` is due now on a day `isDay` accepts, minus those already planned for
 * the slot, in chunks so that 10,000 reps cost a handful of queries per tick.
 */
export async function* dueCandidates(db: Db, now: Date, options: MemberSlotOptions): AsyncGenerator<Candidate[]> {
  const workspaces = await db.workspace.findMany({ include: { holidays: { select: { date: true } } } });
  for (const ws of workspaces) {
    const zones = (await dueZones(db, ws.id, now, options.time(ws))).filter((zone) => options.isDay(ws, zone.day));
    if (zones.length === 0) continue;
    const zoneOf = new Map(zones.map((zone) => [zone.tz, zone]));
    const members = await db.member.findMany({ where: { workspaceId: ws.id, tz: { in: [...zoneOf.keys()] }, tzKnown: true, ...options.where } });
    for (const chunk of chunksOf(members)) {
      const candidates = chunk.map((member) => ({ member, workspace: ws, zone: zoneOf.get(member.tz) as DueZone }));
      const keys = candidates.map((c) => dedupeKeyOf({ kind: options.kind, target: c.member.id, slot: options.slotOf(c.zone.day) }));
      const planned = new Set((await db.outboxMessage.findMany({ where: { dedupeKey: { in: keys } }, select: { dedupeKey: true } })).map((r) => r.dedupeKey));
      yield candidates.filter((_, i) => !planned.has(keys[i] as string));
    }
  }
}

/**
 * A planner for "at HH:mm in each member's own zone": `decide` gets each chunk of due candidates
 * and answers what to enqueue (see `memberSlotItem`).
 */
export function memberSlotPlanner(name: string, db: Db, options: MemberSlotOptions, decide: (chunk: Candidate[], now: Date) => Promise<OutboxItem[]>): Planner {
  return {
    name,
    async plan(now) {
      const items: OutboxItem[] = [];
      for await (const chunk of dueCandidates(db, now, options)) items.push(...(await decide(chunk, now)));
      return items;
    },
  };
}

/** The outbox item of a candidate's slot, due in the slot's window; the payload names the member and day. */
export function memberSlotItem(kind: string, { member, zone }: Candidate, slot: string, payload: Record<string, unknown> = {}): OutboxItem {
  return {
    workspaceId: member.workspaceId,
    kind,
    target: member.id,
    slot,
    payload: { memberId: member.id, day: zone.day, ...payload },
    dueAt: zone.dueAt,
    expiresAt: zone.expiresAt,
  };
}
