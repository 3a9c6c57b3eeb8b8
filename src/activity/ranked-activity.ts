import type { Db } from '../db/client.js';
import { Prisma } from '../generated/sqlite/client.js';
import { numberOf, totalsCte, type ActivityQuery } from './activity-totals.js';
import type { RankMetric } from './ranking.js';

/** Who competes: the reps of one manager's team, or every rep of the workspace. */
export type RankedQuery = Omit<ActivityQuery, 'repIds'> & {
  metric: RankMetric;
  managerId: string | null;
  /** Reps with no activity in the range rank last with zero (instead of being absent). */
  includeInactive: boolean;
  /** Rows returned: rank ≤ places, these reps (e.g. the viewer) and, with `alsoReached`, whoever reached the target. */
  places: number;
  alsoRepIds?: readonly string[];
  alsoReached?: boolean;
  target?: { absolute: number } | { percentOfGoal: number; period: string };
};

export type RankedRow = {
  repId: string;
  slackUserId: string;
  displayName: string | null;
  hideNameInPublic: boolean;
  calls: number;
  deals: number;
  revenue: number;
  value: number;
  rank: number;
  /** This rep's target in the metric's unit (absolute, or percent × their goal); null without one. */
  target: number | null;
  reached: boolean;
};

export type RankedActivity = { rows: RankedRow[]; participants: number };

type Row = Record<'repId' | 'slackUserId' | 'displayName' | 'hidden' | 'calls' | 'deals' | 'revenue' | 'rank' | 'total' | 'target', unknown>;

const METRIC_COLUMN: Record<RankMetric, Prisma.Sql> = {
  calls: Prisma.raw('"calls"'),
  deals: Prisma.raw('"deals"'),
  revenue: Prisma.raw('"revenue"'),
};

/**
 * Standings ranked in the database (ties share a rank, the next skips: 1, 2, 2, 4) over the range's
 * totals (mostly whole periods of the period totals); only the rows a leaderboard shows leave the
 * database, so a program of 10,000 reps costs one query and a few dozen rows.
 */
export async function rankedActivity(db: Db, query: RankedQuery): Promise<RankedActivity> {
  const metric = METRIC_COLUMN[query.metric];
  const team = query.managerId === null ? Prisma.empty : Prisma.sql`AND "managerId" = ${query.managerId}`;
  const join = query.includeInactive ? Prisma.sql`LEFT JOIN` : Prisma.sql`JOIN`;
  const target = targetSql(query);
  const joined = Prisma.sql`WITH ${totalsCte(query)},
    "joined" AS MATERIALIZED (
      SELECT m."id" AS "repId", m."slackUserId", m."displayName", m."hideNameInPublic" AS "hidden",
             COALESCE(t."calls", 0) AS "calls", COALESCE(t."deals", 0) AS "deals", COALESCE(t."revenue", 0) AS "revenue",
             ${target.column} AS "target"
        FROM "Member" m
        ${join} "totals" t ON t."repId" = m."id"
        ${target.join}
       WHERE m."workspaceId" = ${query.workspaceId} AND m."role" = 'rep' ${team}
    )`;
  const also = query.alsoRepIds?.length ? Prisma.sql`OR "repId" IN (${Prisma.join([...query.alsoRepIds])})` : Prisma.empty;
  const rows = await db.$queryRaw<Row[]>(query.alsoReached ? everyRankSql(joined, metric, query.places, also) : topRanksSql(joined, metric, query.places, also));
  return {
    participants: numberOf(rows[0]?.total),
    rows: withTopRanks(rows, query.metric).map((row) => {
      const totals = { calls: numberOf(row.calls), deals: numberOf(row.deals), revenue: numberOf(row.revenue) };
      const rowTarget = row.target === null || row.target === undefined ? null : numberOf(row.target);
      const value = totals[query.metric];
      return {
        repId: String(row.repId),
        slackUserId: String(row.slackUserId),
        displayName: row.displayName === null ? null : String(row.displayName),
        hideNameInPublic: Boolean(Number(row.hidden)),
        ...totals,
        value,
        rank: numberOf(row.rank),
        target: rowTarget,
        reached: rowTarget !== null && value >= rowTarget,
      };
    }),
  };
}

/**
 * The places shown without ranking everyone: the value of the last place shown is the cutoff, every
 * rep at or above it comes back in order (their ranks follow from their positions, `withTopRanks`),
 * and only a rep asked for below it is ranked by counting who is ahead. A window RANK() over every
 * participant costs SQLite about 20 ms for 10,000 reps; this about 3.
 */
function topRanksSql(joined: Prisma.Sql, metric: Prisma.Sql, places: number, also: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`${joined},
    "cutoff" AS MATERIALIZED (
      SELECT MIN("value") AS "value", (SELECT COUNT(*) FROM "joined") AS "total"
        FROM (SELECT ${metric} AS "value" FROM "joined" ORDER BY ${metric} DESC LIMIT ${places}) AS "top"
    )
    SELECT j.*, c."total",
           CASE WHEN j.${metric} >= c."value" THEN NULL ELSE (SELECT COUNT(*) FROM "joined" k WHERE k.${metric} > j.${metric}) + 1 END AS "rank"
      FROM "joined" j CROSS JOIN "cutoff" c
     WHERE j.${metric} >= c."value" ${also}
     ORDER BY j.${metric} DESC, j."slackUserId"`;
}

/** Every participant ranked (RANK()), for the rows at or over the target too, wherever they rank. */
function everyRankSql(joined: Prisma.Sql, metric: Prisma.Sql, places: number, also: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`${joined},
    "ranked" AS (SELECT *, RANK() OVER (ORDER BY ${metric} DESC) AS "rank", COUNT(*) OVER () AS "total" FROM "joined")
    SELECT * FROM "ranked"
     WHERE "rank" <= ${places} ${also} OR ("target" IS NOT NULL AND ${metric} >= "target")
     ORDER BY "rank", "slackUserId"`;
}

/**
 * Fills in the ranks `topRanksSql` leaves to positions: its rows without a rank are the top of the
 * standings in order, every rep ahead of them included. The result is in rank order, ties by Slack id.
 */
function withTopRanks(rows: Row[], metric: RankMetric): Row[] {
  let rank = 0;
  rows.forEach((row, index) => {
    if (row.rank !== null) return;
    if (index === 0 || numberOf(rows[index - 1]?.[metric]) !== numberOf(row[metric])) rank = index + 1;
    row.rank = rank;
  });
  const bySlackId = (a: Row, b: Row) => (String(a.slackUserId) < String(b.slackUserId) ? -1 : 1);
  return [...rows].sort((a, b) => numberOf(a.rank) - numberOf(b.rank) || bySlackId(a, b));
}

/** The target column: a constant, or the rep's goal for the period × percent (NULL without a goal). */
function targetSql(query: RankedQuery): { column: Prisma.Sql; join: Prisma.Sql } {
  if (!query.target) return { column: Prisma.sql`CAST(NULL AS DECIMAL)`, join: Prisma.empty };
  if ('absolute' in query.target) return { column: Prisma.sql`CAST(${query.target.absolute} AS DECIMAL)`, join: Prisma.empty };
  return {
    column: Prisma.sql`g."target" * CAST(${query.target.percentOfGoal} AS DECIMAL) / 100`,
    // CAST: the metric is an enum on PostgreSQL, text on SQLite.
    join: Prisma.sql`LEFT JOIN "Goal" g ON g."repId" = m."id" AND g."period" = ${query.target.period} AND CAST(g."metric" AS TEXT) = ${query.metric}`,
  };
}
