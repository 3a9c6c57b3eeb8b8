import { activityTotals, numberOf, TOTALS_COLUMNS, type ActivityQuery, type ActivityTotals } from '../../activity/activity-totals.js';
import type { Db } from '../../db/client.js';
import { Prisma } from '../../generated/sqlite/client.js';

type ImportRow = { repId: string; deals: unknown; revenue: unknown };

/** Imported historic sales per rep over a range of days: deals won and revenue, never calls. */
export async function importedTotals(db: Db, query: ActivityQuery): Promise<ActivityTotals[]> {
  if (query.repIds?.length === 0) return [];
  const repFilter = query.repIds ? Prisma.sql`AND "repId" IN (${Prisma.join([...query.repIds])})` : Prisma.empty;
  const rows = await db.$queryRaw<ImportRow[]>`
    SELECT "repId", COUNT(*) AS "deals", SUM("amount") AS "revenue"
      FROM "ImportedSale"
     WHERE "workspaceId" = ${query.workspaceId} AND "day" BETWEEN ${query.fromDay} AND ${query.toDay} ${repFilter}
     GROUP BY "repId"`;
  return rows.map((row) => ({ repId: row.repId, calls: 0, deals: Number(row.deals ?? 0), revenue: Number(row.revenue ?? 0) }));
}

/**
 * Activity from logged calls plus imported sales, per rep: what goals, forecasts and
 * year-over-year compare. Reps with neither are absent.
 */
export async function salesTotals(db: Db, query: ActivityQuery): Promise<Map<string, ActivityTotals>> {
  const [logged, imported] = await Promise.all([activityTotals(db, query), importedTotals(db, query)]);
  const totals = new Map(logged.map((row) => [row.repId, { ...row }]));
  for (const row of imported) {
    const sum = totals.get(row.repId) ?? { repId: row.repId, calls: 0, deals: 0, revenue: 0 };
    totals.set(row.repId, { ...sum, deals: sum.deals + row.deals, revenue: sum.revenue + row.revenue });
  }
  return totals;
}

export const EMPTY_TOTALS = { calls: 0, deals: 0, revenue: 0 } as const;

/**
 * A rep's open deals: for each account, the latest call with a stage since `fromDay`; it is open
 * when that stage is neither won nor lost and carries a value.
 */
export async function openDeals(db: Db, workspaceId: string, repId: string, fromDay: string): Promise<{ stage: string; value: number }[]> {
  const calls = await db.call.findMany({
    where: { workspaceId, repId, localDay: { gte: fromDay }, stage: { not: null } },
    orderBy: [{ occurredAt: 'desc' }],
    select: { accountId: true, stage: true, value: true },
  });
  const latest = new Map<string, (typeof calls)[number]>();
  for (const call of calls) if (!latest.has(call.accountId)) latest.set(call.accountId, call);
  return [...latest.values()].flatMap((call) =>
    call.stage && call.stage !== 'won' && call.stage !== 'lost' && call.value !== null && Number(call.value) > 0
      ? [{ stage: call.stage, value: Number(call.value) }]
      : []);
}

type DayRow = { day: string; calls: unknown; deals: unknown; revenue: unknown };
export type DayTotals = { day: string; calls: number; deals: number; revenue: number };

/**
 * One rep's calls, won deals and won revenue per local day over a range, logged and imported
 * together: two small queries from which `/goal` sums its four periods (this and last year's month
 * and quarter). `accountId <> ''` keeps SQLite on the rep's index (see activity-totals.ts).
 */
export async function repDailyTotals(db: Db, workspaceId: string, repId: string, fromDay: string, toDay: string): Promise<DayTotals[]> {
  const [logged, imported] = await Promise.all([
    db.$queryRaw<DayRow[]>`
      SELECT "localDay" AS "day", ${TOTALS_COLUMNS}
        FROM "Call"
       WHERE "workspaceId" = ${workspaceId} AND "repId" = ${repId} AND "localDay" BETWEEN ${fromDay} AND ${toDay} AND "accountId" <> ''
       GROUP BY "localDay"`,
    db.$queryRaw<DayRow[]>`
      SELECT "day", 0 AS "calls", COUNT(*) AS "deals", SUM("amount") AS "revenue"
        FROM "ImportedSale"
       WHERE "workspaceId" = ${workspaceId} AND "repId" = ${repId} AND "day" BETWEEN ${fromDay} AND ${toDay}
       GROUP BY "day"`,
  ]);
  return [...logged, ...imported].map((r) => ({ day: r.day, calls: numberOf(r.calls), deals: numberOf(r.deals), revenue: numberOf(r.revenue) }));
}

/** The sum of the days of `rows` within [first, last]. */
export function sumDays(rows: readonly DayTotals[], first: string, last: string): { calls: number; deals: number; revenue: number } {
  const sum = { calls: 0, deals: 0, revenue: 0 };
  for (const r of rows) {
    if (r.day < first || r.day > last) continue;
    sum.calls += r.calls;
    sum.deals += r.deals;
    sum.revenue += r.revenue;
  }
  return sum;
}
