import type { Db } from '../db/client.js';
import { Prisma } from '../generated/sqlite/client.js';

/** One rep's activity over a range of local days: the shared base of leaderboards and manager reports. */
export type ActivityTotals = { repId: string; calls: number; deals: number; revenue: number };

export type ActivityQuery = {
  workspaceId: string;
  /** Inclusive range of the reps' local days, "YYYY-MM-DD" (they sort as text). */
  fromDay: string;
  toDay: string;
  /** Only these reps (a manager's team); all reps when absent. */
  repIds?: readonly string[];
};

type Row = { repId: string; calls: unknown; deals: unknown; revenue: unknown };

/** COUNT is a BigInt on both providers and SUM of a DECIMAL a Prisma Decimal on PostgreSQL. */
export const numberOf = (value: unknown): number => (value === null || value === undefined ? 0 : Number(value));

/**
 * The calls of the range as a CTE named "inRange" ("repId", "outcome", "value"), shared by the totals
 * and the ranked standings. MATERIALIZED keeps the filter planned on its own, so SQLite always reads the
 * covering (workspaceId, localDay, repId, outcome, value) index range; fused with the GROUP BY, it may
 * pick an index ordered by repId instead and scan every call of the workspace (seconds at a million calls).
 */
export function inRangeCte(query: ActivityQuery): Prisma.Sql {
  const repFilter = query.repIds ? Prisma.sql`AND "repId" IN (${Prisma.join([...query.repIds])})` : Prisma.empty;
  return Prisma.sql`"inRange" AS MATERIALIZED (
      SELECT "repId", "outcome", "value"
        FROM "Call"
       WHERE "workspaceId" = ${query.workspaceId}
         AND "localDay" BETWEEN ${query.fromDay} AND ${query.toDay}
         ${repFilter}
    )`;
}

/** Per-rep columns "calls", "deals", "revenue" over "inRange", grouped by "repId". */
export const TOTALS_COLUMNS = Prisma.sql`COUNT(*) AS "calls",
           SUM(CASE WHEN "outcome" = 'won' THEN 1 ELSE 0 END) AS "deals",
           SUM(CASE WHEN "outcome" = 'won' THEN "value" ELSE 0 END) AS "revenue"`;

/**
 * Calls, won deals and won revenue per rep, grouped in the database. Reps without calls in the range
 * are absent.
 */
export async function activityTotals(db: Db, query: ActivityQuery): Promise<ActivityTotals[]> {
  if (query.repIds?.length === 0) return [];
  const rows = await db.$queryRaw<Row[]>`
    WITH ${inRangeCte(query)}
    SELECT "repId", ${TOTALS_COLUMNS}
      FROM "inRange"
     GROUP BY "repId"`;
  return rows.map((row) => ({
    repId: row.repId,
    calls: numberOf(row.calls),
    deals: numberOf(row.deals),
    revenue: numberOf(row.revenue),
  }));
}
