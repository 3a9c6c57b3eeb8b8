import { rankedActivity, type RankedRow } from '../../activity/ranked-activity.js';
import type { Db } from '../../db/client.js';
import type { IncentiveProgram } from '../../generated/sqlite/client.js';
import { localDayOf } from '../../time/local-time.js';
import { daysLeft, goalPeriodOf, type ProgramMetric } from './rules.js';

export type Standings = {
  program: IncentiveProgram;
  /** Rank ≤ places shown, the reps asked for, and (when asked) everyone who reached the target. */
  rows: RankedRow[];
  participants: number;
  /** The program's local day the standings were computed for (capped at its end date). */
  asOf: string;
  daysLeft: number;
};

/** `alsoReached` adds every rep at or over the target (celebrations, final results), however many. */
export type StandingsRequest = { alsoRepIds?: readonly string[]; places?: number; alsoReached?: boolean };

/** The target a program's standings compare with, in the query's terms. */
function targetOf(program: IncentiveProgram) {
  if (program.target === null) return undefined;
  const target = Number(program.target);
  if (!program.targetIsPercentOfGoal) return { absolute: target };
  const period = goalPeriodOf(program.startDate, program.endDate);
  return period ? { percentOfGoal: target, period } : undefined;
}

/**
 * A program's standings at `now` from the activity totals of its days (the one calculation every
 * leaderboard, celebration, final result and App Home section uses).
 */
export async function standingsOf(db: Db, program: IncentiveProgram, now: Date, request: StandingsRequest = {}): Promise<Standings> {
  const today = localDayOf(now, program.timeZone);
  const asOf = today > program.endDate ? program.endDate : today;
  const ranked = await rankedActivity(db, {
    workspaceId: program.workspaceId,
    fromDay: program.startDate,
    toDay: program.endDate,
    metric: program.metric as ProgramMetric,
    managerId: program.scopeManagerId,
    includeInactive: program.showInactive,
    places: request.places ?? program.places,
    alsoRepIds: request.alsoRepIds,
    alsoReached: request.alsoReached ?? false,
    target: targetOf(program),
  });
  return { program, ...ranked, asOf, daysLeft: daysLeft(today, program.startDate, program.endDate) };
}

/** Whether a rep takes part: on the program's team (or a rep of the workspace for an all-hands program). */
export function isParticipant(program: IncentiveProgram, member: { role: string; managerId: string | null; workspaceId: string }): boolean {
  if (member.workspaceId !== program.workspaceId || member.role !== 'rep') return false;
  return program.scopeManagerId === null || member.managerId === program.scopeManagerId;
}
