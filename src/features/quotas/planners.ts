import type { Db } from '../../db/client.js';
import type { Workspace } from '../../generated/sqlite/client.js';
import { isWorkingDayOf, memberSlotItem, memberSlotPlanner, type WorkspaceWithHolidays } from '../../scheduler/member-slots.js';
import type { Planner } from '../../scheduler/planner.js';
import { isoWeekOfDay, isoWeekdayOf } from '../../time/local-time.js';
import { DIGEST_KIND, NUDGE_KIND, RECAP_KIND } from './ids.js';
import { isAwayOn, needsNudge, nudgeBlocker } from './nudge-rules.js';
import { callCounts, effectiveQuotas, nudgesSentByDay } from './quota-queries.js';

type PlannerDeps = { db: Db };

/** End-of-day nudge at nudgeTime rep-local on working days, for reps below their daily quota. */
export function nudgePlanner({ db }: PlannerDeps): Planner {
  const options = { time: (ws: Workspace) => ws.nudgeTime, isDay: isWorkingDayOf, kind: NUDGE_KIND, slotOf: (day: string) => day };
  return memberSlotPlanner('quota nudges', db, options, async (chunk, now) => {
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
      .map((c) => memberSlotItem(NUDGE_KIND, c, c.zone.day));
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
  return memberSlotPlanner('weekly recaps', db, options, async (chunk) => {
    const open = chunk.filter((c) => !nudgeBlocker({ ...c.member, snoozedDay: null }, c.zone.day));
    const quotas = await effectiveQuotas(db, open.map((c) => c.member));
    return open.filter((c) => (quotas.get(c.member.id)?.weekly ?? 0) > 0).map((c) => memberSlotItem(RECAP_KIND, c, isoWeekOfDay(c.zone.day)));
  });
}

/** Manager digest at digestTime manager-local on working days; whether anyone is behind is decided at send time. */
export function digestPlanner({ db }: PlannerDeps): Planner {
  const options = { time: (ws: Workspace) => ws.digestTime, isDay: isWorkingDayOf, kind: DIGEST_KIND, slotOf: (day: string) => day, where: { role: 'manager' as const } };
  return memberSlotPlanner('manager digests', db, options, async (chunk) =>
    chunk.filter((c) => !isAwayOn(c.member, c.zone.day)).map((c) => memberSlotItem(DIGEST_KIND, c, c.zone.day)));
}
