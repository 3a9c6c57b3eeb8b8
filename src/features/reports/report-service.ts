import type { Clock } from '../../clock.js';
import type { Db } from '../../db/client.js';
import { ForbiddenError, UserError } from '../../errors.js';
import { Prisma, type Member } from '../../generated/sqlite/client.js';
import type { Actor } from '../../members/member-service.js';
import { requireManager } from '../../members/permissions.js';
import { addDays, dayjs, localDayOf } from '../../time/local-time.js';
import { joinedDayOf, workCalendarOf } from '../goals/goal-status.js';
import { sameLastYear, type Period } from '../goals/period-rules.js';
import { runRateForecast, workingDaysCounter, yearOverYear } from '../goals/rules.js';
import { EMPTY_TOTALS, salesTotals } from '../goals/sales-queries.js';
import { effectiveQuotas } from '../quotas/quota-queries.js';
import type { ReportArgs } from './command-rules.js';

/** Slack allows 50 blocks in a message; a header, the totals and a note leave room for this many reps. */
export const LISTED_REPS = 45;
/** Days without activity are counted back this far at most; longer reads as "over 90 days". */
export const ACTIVITY_LOOKBACK_DAYS = 90;

export type ReportRow = {
  rep: Pick<Member, 'id' | 'slackUserId' | 'displayName' | 'kind'>;
  calls: number;
  /** Daily quota × the period's working days so far. */
  callsExpected?: number;
  revenue: number;
  revenueGoal?: number;
  deals: number;
  dealsGoal?: number;
  forecast?: number;
  yoyPercent?: number;
  /** Calendar days since the last call, undefined when none in the lookback. */
  idleDays?: number;
};
export type Report = { period: Period; today: string; manager?: Pick<Member, 'slackUserId'>; rows: ReportRow[]; totals: Omit<ReportRow, 'rep'> };

type ReportDeps = { db: Db; clock: Clock };

/** The member columns a report reads: ten thousand whole rows through Prisma cost twice as much. */
const REPORT_REP = { id: true, slackUserId: true, displayName: true, kind: true, managerId: true, createdAt: true, tz: true } as const;
type ReportRep = Pick<Member, keyof typeof REPORT_REP>;

/** Whose report: a manager's own team; admins everyone's, or one manager's team. */
async function repsFor(deps: ReportDeps, actor: Actor, managerSlackId: string | undefined): Promise<{ reps: ReportRep[]; manager?: Member }> {
  requireManager(actor);
  const workspaceId = actor.workspace.id;
  if (!managerSlackId && actor.isAdmin) {
    return { reps: await deps.db.member.findMany({ where: { workspaceId, role: 'rep' }, orderBy: { slackUserId: 'asc' }, select: REPORT_REP }) };
  }
  const manager = managerSlackId
    ? await deps.db.member.findUnique({ where: { workspaceId_slackUserId: { workspaceId, slackUserId: managerSlackId } } })
    : actor.member;
  if (!manager || manager.role !== 'manager') throw new UserError('reports.not_a_manager', { user: managerSlackId ?? actor.member.slackUserId });
  if (manager.id !== actor.member.id && !actor.isAdmin) throw new ForbiddenError('reports.other_team', { user: manager.slackUserId });
  return { reps: await deps.db.member.findMany({ where: { managerId: manager.id }, orderBy: { slackUserId: 'asc' }, select: REPORT_REP }), manager };
}

type LastRow = { repId: string; last: string };

/** `accountId <> ''` steers SQLite to the (workspaceId, repId, localDay) index, see activity-totals.ts. */
async function lastActivity(db: Db, workspaceId: string, today: string, repIds?: string[]): Promise<Map<string, string>> {
  const repFilter = repIds ? Prisma.sql`AND "repId" IN (${Prisma.join(repIds)})` : Prisma.empty;
  const rows = await db.$queryRaw<LastRow[]>`
    SELECT "repId", MAX("localDay") AS "last" FROM "Call"
     WHERE "workspaceId" = ${workspaceId} AND "localDay" BETWEEN ${addDays(today, -ACTIVITY_LOOKBACK_DAYS)} AND ${today} ${repFilter}
       AND "accountId" <> ''
     GROUP BY "repId"`;
  return new Map(rows.map((row) => [row.repId, row.last]));
}

/**
 * The manager report: per rep, calls against quota so far, revenue and deals against goal, the
 * run-rate revenue forecast, revenue against the same period last year and days without activity.
 * A handful of grouped queries whatever the team size (whole workspace for "all", no IN list).
 */
export async function buildReport(deps: ReportDeps, actor: Actor, args: ReportArgs, options: { idleDays: 'always' | 'when-listed' } = { idleDays: 'always' }): Promise<Report> {
  const { reps, manager } = await repsFor(deps, actor, args.managerSlackId);
  const { period } = args;
  const today = localDayOf(deps.clock.now(), actor.member.tz);
  const workspaceId = actor.workspace.id;
  const repIds = manager ? reps.map((r) => r.id) : undefined;
  if (repIds && repIds.length === 0) return { period, today, manager, rows: [], totals: { calls: 0, revenue: 0, deals: 0 } };
  const last = sameLastYear(period);
  const [calendar, now, before, goals, quotas, lastDays] = await Promise.all([
    workCalendarOf(deps.db, workspaceId),
    salesTotals(deps.db, { workspaceId, fromDay: period.first, toDay: period.last, repIds }),
    salesTotals(deps.db, { workspaceId, fromDay: last.first, toDay: last.last, repIds }),
    deps.db.goal.findMany({ where: { workspaceId, period: period.key, ...(repIds ? { repId: { in: repIds } } : {}) } }),
    effectiveQuotas(deps.db, reps),
    // A report too long for Slack shows totals only; its CSV (built later, in the outbox) has the idle days.
    options.idleDays === 'always' || reps.length <= LISTED_REPS ? lastActivity(deps.db, workspaceId, today, repIds) : new Map<string, string>(),
  ]);
  const countDays = workingDaysCounter(calendar);
  const end = today < period.last ? today : period.last;
  const elapsed = today < period.first ? 0 : countDays(period.first, end);
  const goalByKey = new Map(goals.map((g) => [`${g.repId}:${g.metric}`, Number(g.target)]));
  const goalOf = (repId: string, metric: string) => goalByKey.get(`${repId}:${metric}`);
  const rows = reps.map((rep): ReportRow => {
    const totals = now.get(rep.id) ?? EMPTY_TOTALS;
    const daily = quotas.get(rep.id)?.daily;
    const lastDay = lastDays.get(rep.id);
    return {
      rep,
      calls: totals.calls,
      callsExpected: daily === undefined ? undefined : daily * elapsed,
      revenue: totals.revenue,
      revenueGoal: goalOf(rep.id, 'revenue'),
      deals: totals.deals,
      dealsGoal: goalOf(rep.id, 'deals'),
      forecast: runRateForecast({ actual: totals.revenue, period, today, calendar, countDays, joinedDay: joinedDayOf(rep, today) })?.forecast,
      yoyPercent: yearOverYear(totals.revenue, before.get(rep.id)?.revenue ?? 0).changePercent,
      idleDays: lastDay ? dayjs.utc(today).diff(dayjs.utc(lastDay), 'day') : undefined,
    };
  });
  const lastYearRevenue = reps.reduce((sum, rep) => sum + (before.get(rep.id)?.revenue ?? 0), 0);
  return { period, today, manager, rows, totals: sumRows(rows, lastYearRevenue) };
}

function sumRows(rows: readonly ReportRow[], lastYearRevenue: number): Omit<ReportRow, 'rep'> {
  const add = (pick: (r: ReportRow) => number | undefined) => {
    const values = rows.map(pick).filter((v): v is number => v !== undefined);
    return values.length ? values.reduce((a, b) => a + b, 0) : undefined;
  };
  const revenue = add((r) => r.revenue) ?? 0;
  return {
    calls: add((r) => r.calls) ?? 0,
    callsExpected: add((r) => r.callsExpected),
    revenue,
    revenueGoal: add((r) => r.revenueGoal),
    deals: add((r) => r.deals) ?? 0,
    dealsGoal: add((r) => r.dealsGoal),
    forecast: add((r) => r.forecast),
    yoyPercent: yearOverYear(revenue, lastYearRevenue).changePercent,
  };
}
