import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { ADMIN_POSTGRES_URL, withPostgresAdmin } from '../support/test-database-provider.js';
import { activityTotals } from '../../src/activity/activity-totals.js';
import { rankedActivity } from '../../src/activity/ranked-activity.js';
import { rankBy, sumTotals, topPlaces, type RankMetric } from '../../src/activity/ranking.js';
import { openDatabase } from '../../src/db/client.js';
import type { Db } from '../../src/db/client.js';
import { applyMigrations } from '../../src/db/migrate.js';
import { BENCH_WORKSPACE, type DatasetSize } from './bench-dataset.js';
import { median, round, type BenchOptions, type BenchRow, type Scenario } from './bench-types.js';
import { seedPostgres } from './seed-postgres.js';
import { seedSqlite } from './seed-sqlite.js';

const RUNS = 7;
const PLACES = 10;
const MONTH = { fromDay: '2026-06-01', toDay: '2026-06-30' };
const QUARTER = { fromDay: '2026-04-01', toDay: '2026-06-30' };

async function leaderboard(db: Db, range: typeof MONTH, metric: RankMetric) {
  return topPlaces(rankBy(await activityTotals(db, { workspaceId: BENCH_WORKSPACE, ...range }), metric), PLACES);
}

/** The incentives standings service's query: ranked in SQL, only the places shown (+ the viewer) leave the database. */
async function programStandings(db: Db, range: typeof MONTH, metric: RankMetric) {
  return rankedActivity(db, { workspaceId: BENCH_WORKSPACE, ...range, metric, managerId: null, includeInactive: false, places: PLACES, alsoRepIds: ['rep004321'], target: { absolute: 20 } });
}

async function managerReport(db: Db, managerId: string) {
  const team = await db.member.findMany({ where: { managerId }, select: { id: true } });
  const reps = await activityTotals(db, { workspaceId: BENCH_WORKSPACE, ...MONTH, repIds: team.map((rep) => rep.id) });
  return { reps, team: sumTotals(reps) };
}

/** Median wall time in ms of `RUNS` runs after one warm-up run. */
async function timeMedian(work: () => Promise<unknown>): Promise<number> {
  await work();
  const times: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  return round(median(times));
}

async function measure(db: Db, provider: string, size: DatasetSize, seedSeconds: number): Promise<BenchRow[]> {
  const scenario = `aggregations (${provider})`;
  const bar = provider === 'SQLite' ? '< 300 ms' : undefined;
  const row = (metric: string, value: number, note?: string): BenchRow =>
    ({ scenario, metric, value, unit: 'ms', ...(bar ? { bar, meetsBar: value < 300 } : {}), ...(note ? { note } : {}) });
  const rows = [
    { scenario, metric: 'seed', value: round(seedSeconds), unit: 's', note: `${size.calls.toLocaleString('en-US')} calls, ${size.reps.toLocaleString('en-US')} reps` },
    row('leaderboard, month, top 10 by calls', await timeMedian(() => leaderboard(db, MONTH, 'calls')), `median of ${RUNS}`),
    row('leaderboard, month, top 10 by revenue', await timeMedian(() => leaderboard(db, MONTH, 'revenue'))),
    row('leaderboard, quarter, top 10 by revenue', await timeMedian(() => leaderboard(db, QUARTER, 'revenue'))),
    row('program standings, month, top 10 by calls (SQL rank)', await timeMedian(() => programStandings(db, MONTH, 'calls'))),
    row('program standings, quarter, top 10 by revenue (SQL rank)', await timeMedian(() => programStandings(db, QUARTER, 'revenue'))),
    row('manager report, month, team of 50 + totals', await timeMedian(() => managerReport(db, 'mgr000007'))),
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
    return await measure(database.db, 'SQLite', sizeOf(options), seedSeconds);
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
      return await measure(database.db, 'PostgreSQL', sizeOf(options), seedSeconds);
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
