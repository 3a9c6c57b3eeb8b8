import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { ADMIN_POSTGRES_URL, withPostgresAdmin } from '../support/test-database-provider.js';
import { activityTotals } from '../../src/activity/activity-totals.js';
import { rankedActivity } from '../../src/activity/ranked-activity.js';
import { sumTotals, type RankMetric } from '../../src/activity/ranking.js';
import { openDatabase } from '../../src/db/client.js';
import type { Db } from '../../src/db/client.js';
import { applyMigrations } from '../../src/db/migrate.js';
import { BENCH_WORKSPACE, type DatasetSize } from './bench-dataset.js';
import { goalsReportRows, salesImportRows } from './goals-reports.js';
import { homeRows } from './home-publish.js';
import { round, timeMedian, type BenchOptions, type BenchRow, type Scenario } from './bench-types.js';
import { seedPostgres } from './seed-postgres.js';
import { seedSqlite } from './seed-sqlite.js';

const RUNS = 7;
const PLACES = 10;
const MONTH = { fromDay: '2026-06-01', toDay: '2026-06-30' };
const QUARTER = { fromDay: '2026-04-01', toDay: '2026-06-30' };
/** Six weeks that make no whole month: every day is read from the calls. */
const SIX_WEEKS = { fromDay: '2026-06-10', toDay: '2026-07-20' };
type DayRange = typeof MONTH;
const LEADERBOARD_BAR_MS = 50;

/** Every rep's totals of a range, handed to the app (what an admin report of everyone starts from). */
const everyRep = (db: Db, range: DayRange) => activityTotals(db, { workspaceId: BENCH_WORKSPACE, ...range });

/**
 * The incentives standings service's query, what `/leaderboard` and the standings post run: ranked in
 * SQL, only the places shown and the viewer leave the database.
 */
async function programStandings(db: Db, range: DayRange, metric: RankMetric) {
  return rankedActivity(db, { workspaceId: BENCH_WORKSPACE, ...range, metric, managerId: null, includeInactive: false, places: PLACES, alsoRepIds: ['rep004321'], target: { absolute: 20 } });
}

async function managerReport(db: Db, managerId: string) {
  const team = await db.member.findMany({ where: { managerId }, select: { id: true } });
  const reps = await activityTotals(db, { workspaceId: BENCH_WORKSPACE, ...MONTH, repIds: team.map((rep) => rep.id) });
  return { reps, team: sumTotals(reps) };
}


async function measure(db: Db, provider: string, size: DatasetSize, seedSeconds: number, options: BenchOptions): Promise<BenchRow[]> {
  const scenario = `aggregations (${provider})`;
  const bar = provider === 'SQLite' ? '< 300 ms' : undefined;
  const row = (metric: string, value: number, note?: string): BenchRow =>
    ({ scenario, metric, value, unit: 'ms', ...(bar ? { bar, meetsBar: value < 300 } : {}), ...(note ? { note } : {}) });
  const leaderboardRow = (metric: string, value: number, note?: string): BenchRow =>
    ({ scenario, metric, value, unit: 'ms', bar: `< ${LEADERBOARD_BAR_MS} ms (issue 9)`, meetsBar: value < LEADERBOARD_BAR_MS, ...(note ? { note } : {}) });
  const rows = [
    { scenario, metric: 'seed', value: round(seedSeconds), unit: 's', note: `${size.calls.toLocaleString('en-US')} calls, ${size.reps.toLocaleString('en-US')} reps` },
    leaderboardRow('leaderboard (program standings), month, top 10 by calls', await timeMedian(() => programStandings(db, MONTH, 'calls')), `median of ${RUNS}; ranked in SQL`),
    leaderboardRow('leaderboard (program standings), month, top 10 by revenue', await timeMedian(() => programStandings(db, MONTH, 'revenue'))),
    leaderboardRow('leaderboard (program standings), quarter, top 10 by revenue', await timeMedian(() => programStandings(db, QUARTER, 'revenue'))),
    row('leaderboard (program standings), six weeks without a whole month, by revenue', await timeMedian(() => programStandings(db, SIX_WEEKS, 'revenue')), 'every day read from the calls'),
    row(`totals of every rep, month, ${size.reps.toLocaleString('en-US')} rows to the app`, await timeMedian(() => everyRep(db, MONTH))),
    row('manager report, month, team of 50 + totals', await timeMedian(() => managerReport(db, 'mgr000007'))),
    // Issue 11's /goal and /outfield report on the same rows, then the import (it adds rows, so last).
    ...(await goalsReportRows(db, scenario)),
    // Issue 12's manager Home grows a team to 60 and adds goals and a program, so it comes after the reports.
    ...(await homeRows(db, provider, size)),
    ...(await salesImportRows(db, scenario, options.quick ? 10_000 : 100_000, size.reps)),
  ];
  return rows;
}

const sizeOf = (options: BenchOptions): DatasetSize =>
  options.quick ? { calls: 50_000, reps: 1_000 } : { calls: 1_000_000, reps: 10_000 };

async function onSqlite(options: BenchOptions): Promise<BenchRow[]> {
  const file = path.join(options.scratchDir, 'aggregations.db');
  await applyMigrations(`file:${file}`);
  const started = performance.now();
  seedSqlite(file, sizeOf(options));
  const seedSeconds = (performance.now() - started) / 1000;
  const database = await openDatabase(`file:${file}`);
  try {
    return await measure(database.db, 'SQLite', sizeOf(options), seedSeconds, options);
  } finally {
    await database.close();
  }
}


async function onPostgres(options: BenchOptions): Promise<BenchRow[]> {
  const name = `outfield_bench_${process.pid}`;
  try {
    await withPostgresAdmin((admin) => admin.query(`CREATE DATABASE "${name}"`));
  } catch (error) {
    const note = `not measured: PostgreSQL at ${ADMIN_POSTGRES_URL} unavailable (${(error as Error).message})`;
    return [{ scenario: 'aggregations (PostgreSQL)', metric: 'all', value: null, unit: 'ms', note }];
  }
  const url = new URL(ADMIN_POSTGRES_URL);
  url.pathname = `/${name}`;
  try {
    await applyMigrations(url.toString());
    const started = performance.now();
    await seedPostgres(url.toString(), sizeOf(options));
    const seedSeconds = (performance.now() - started) / 1000;
    const database = await openDatabase(url.toString());
    try {
      return await measure(database.db, 'PostgreSQL', sizeOf(options), seedSeconds, options);
    } finally {
      await database.close();
    }
  } finally {
    await withPostgresAdmin((admin) => admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
  }
}

/** SPEC §6: leaderboard and manager report over 1,000,000 calls and 10,000 reps, < 300 ms on SQLite. */
export const aggregations: Scenario = {
  name: 'aggregations',
  async run(options) {
    return [...(await onSqlite(options)), ...(await onPostgres(options))];
  },
};
