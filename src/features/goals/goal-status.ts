import type { ActivityTotals } from '../../activity/activity-totals.js';
import type { Clock } from '../../clock.js';
import type { Db } from '../../db/client.js';
import type { Member } from '../../generated/sqlite/client.js';
import { addDays, localDayOf, parseWorkingDays, type WorkCalendar } from '../../time/local-time.js';
import { periodsOfDay, sameLastYear, type Period } from './period-rules.js';
import {
  GOAL_METRICS, parseStageProbabilities, percentOf, pipelineForecast, runRateForecast, workingDaysCounter, yearOverYear,
  type GoalMetric, type PipelineForecast, type RunRate, type YearOverYear,
} from './rules.js';
import { openDeals, repDailyTotals, sumDays } from './sales-queries.js';

export type MetricStatus = { metric: GoalMetric; actual: number; target?: number; percent?: number; runRate?: RunRate; yoy: YearOverYear };
export type PeriodStatus = { period: Period; metrics: MetricStatus[]; pipeline: PipelineForecast };
export type GoalStatus = { today: string; month: PeriodStatus; quarter: PeriodStatus };

type StatusDeps = { db: Db; clock: Clock };
type Totals = Omit<ActivityTotals, 'repId'>;

/** The workspace's working days and holidays, the calendar every run-rate counts with. */
export async function workCalendarOf(db: Db, workspaceId: string): Promise<WorkCalendar & { stageProbabilities: string | null }> {
  const ws = await db.workspace.findUniqueOrThrow({ where: { id: workspaceId }, include: { holidays: { select: { date: true } } } });
  return { workingDays: parseWorkingDays(ws.workingDays), holidays: new Set(ws.holidays.map((h) => h.date)), stageProbabilities: ws.stageProbabilities };
}

/**
 * The day a rep started, so a run-rate does not count the days before. A member row stamped after
 * `today` (created by a test or a clock skew) counts as having been here all along.
 */
export function joinedDayOf(rep: Pick<Member, 'createdAt' | 'tz'>, today: string): string | undefined {
  const day = localDayOf(rep.createdAt, rep.tz);
  return day <= today ? day : undefined;
}


/** `/goal` and the App Home: goals of the current month and quarter, forecasts and last year, for one rep. */
export async function goalStatus(deps: StatusDeps, rep: Member): Promise<GoalStatus> {
  const today = localDayOf(deps.clock.now(), rep.tz);
  const { month, quarter } = periodsOfDay(today);
  const lastYearQuarter = sameLastYear(quarter);
  const [calendar, goals, deals, days] = await Promise.all([
    workCalendarOf(deps.db, rep.workspaceId),
    deps.db.goal.findMany({ where: { repId: rep.id, period: { in: [month.key, quarter.key] } } }),
    openDeals(deps.db, rep.workspaceId, rep.id, addDays(today, -365)),
    // From last year's quarter to this quarter's end: every period /goal compares, in one read.
    repDailyTotals(deps.db, rep.workspaceId, rep.id, lastYearQuarter.first, quarter.last),
  ]);
  const probabilities = parseStageProbabilities(calendar.stageProbabilities);
  const joinedDay = joinedDayOf(rep, today);
  const countDays = workingDaysCounter(calendar);
  const statusOf = (period: Period): PeriodStatus => {
    const actual: Totals = sumDays(days, period.first, period.last);
    const last = sameLastYear(period);
    const lastYear: Totals = sumDays(days, last.first, last.last);
    const metrics = GOAL_METRICS.map((metric): MetricStatus => {
      const goal = goals.find((g) => g.period === period.key && g.metric === metric);
      const target = goal ? Number(goal.target) : undefined;
      return {
        metric,
        actual: actual[metric],
        target,
        percent: percentOf(actual[metric], target),
        runRate: runRateForecast({ actual: actual[metric], period, today, calendar, countDays, joinedDay }),
        yoy: yearOverYear(actual[metric], lastYear[metric]),
      };
    });
    return { period, metrics, pipeline: pipelineForecast(actual.revenue, deals, probabilities) };
  };
  return { today, month: statusOf(month), quarter: statusOf(quarter) };
}
