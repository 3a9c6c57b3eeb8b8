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
import { EMPTY_TOTALS, openDeals, salesTotals } from './sales-queries.js';

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
export function joinedDayOf(rep: Member, today: string): string | undefined {
  const day = localDayOf(rep.createdAt, rep.tz);
  return day <= today ? day : undefined;
}

async function totalsOf(db: Db, rep: Member, period: Period): Promise<Totals> {
  const totals = await salesTotals(db, { workspaceId: rep.workspaceId, fromDay: period.first, toDay: period.last, repIds: [rep.id] });
  return totals.get(rep.id) ?? EMPTY_TOTALS;
}

/** `/goal` and the App Home: goals of the current month and quarter, forecasts and last year, for one rep. */
export async function goalStatus(deps: StatusDeps, rep: Member): Promise<GoalStatus> {
  const today = localDayOf(deps.clock.now(), rep.tz);
  const { month, quarter } = periodsOfDay(today);
  const [calendar, goals, deals] = await Promise.all([
    workCalendarOf(deps.db, rep.workspaceId),
    deps.db.goal.findMany({ where: { repId: rep.id, period: { in: [month.key, quarter.key] } } }),
    openDeals(deps.db, rep.workspaceId, rep.id, addDays(today, -365)),
  ]);
  const probabilities = parseStageProbabilities(calendar.stageProbabilities);
  const joinedDay = joinedDayOf(rep, today);
  const countDays = workingDaysCounter(calendar);
  const statusOf = async (period: Period): Promise<PeriodStatus> => {
    const [actual, lastYear] = await Promise.all([totalsOf(deps.db, rep, period), totalsOf(deps.db, rep, sameLastYear(period))]);
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
  const [monthStatus, quarterStatus] = await Promise.all([statusOf(month), statusOf(quarter)]);
  return { today, month: monthStatus, quarter: quarterStatus };
}
