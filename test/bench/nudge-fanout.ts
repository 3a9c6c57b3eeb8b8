import path from 'node:path';
import { ADMIN_POSTGRES_URL, withPostgresAdmin } from '../support/test-database-provider.js';
import { applyMigrations } from '../../src/db/migrate.js';
import { round, type BenchOptions, type BenchRow, type Scenario } from './bench-types.js';
import { runFanout, type FanoutResult } from './fanout-run.js';

const SCENARIO = 'nudge fan-out';
const repsOf = (options: BenchOptions): number => (options.quick ? 1_000 : 10_000);
const count = (n: number): string => n.toLocaleString('en-US');

function rowsOf(label: string, reps: number, result: FanoutResult, rateLimited: boolean): BenchRow[] {
  const scenario = `${SCENARIO}: ${label}`;
  const seconds = result.allSentMs === undefined ? null : round(result.allSentMs / 1000);
  const lost = reps - result.nudgedReps;
  const duplicates = result.delivered - result.nudgedReps;
  const statuses = Object.entries(result.statuses).map(([status, n]) => `${status} ${count(n)}`).join(', ');
  const first = result.firstSentMs === undefined ? 'none' : `${round(result.firstSentMs / 1000, 1)} s`;
  const rate = result.allSentMs !== undefined && result.firstSentMs !== undefined
    ? `, then ${count(Math.round(reps / ((result.allSentMs - result.firstSentMs) / 1000)))} nudges/s` : '';
  return [
    {
      scenario, metric: `time to send all ${count(reps)} nudges`, value: seconds, unit: 's', bar: '< 60 s', meetsBar: seconds !== null && seconds < 60,
      note: seconds === null ? `not all reps nudged within the run; first nudge after ${first}` : `from the due minute's start (tick, planning, sending); first nudge after ${first}${rate}`,
    },
    { scenario, metric: 'messages delivered', value: result.delivered, unit: '', note: `outbox: ${statuses}` },
    ...(rateLimited
      ? [
          { scenario, metric: '429 Retry-After: 1 answered', value: result.rateLimited, unit: '' },
          { scenario, metric: 'lost (reps never nudged)', value: lost, unit: '', bar: '0', meetsBar: lost === 0 },
        ]
      : []),
    { scenario, metric: 'duplicates (messages beyond one per rep)', value: duplicates, unit: '', bar: '0', meetsBar: duplicates === 0 },
  ];
}

async function onSqlite(options: BenchOptions, name: string, rateLimitFraction?: number): Promise<FanoutResult> {
  const url = `file:${path.join(options.scratchDir, `${name}.db`)}`;
  await applyMigrations(url);
  return runFanout(url, repsOf(options), { rateLimitFraction });
}


async function onPostgres(options: BenchOptions): Promise<BenchRow[]> {
  const label = 'PostgreSQL';
  const name = `outfield_bench_nudge_${process.pid}`;
  try {
    await withPostgresAdmin((admin) => admin.query(`CREATE DATABASE "${name}"`));
  } catch (error) {
    const note = `not measured: PostgreSQL at ${ADMIN_POSTGRES_URL} unavailable (${(error as Error).message})`;
    return [{ scenario: `${SCENARIO}: ${label}`, metric: 'all', value: null, unit: 's', note }];
  }
  const url = new URL(ADMIN_POSTGRES_URL);
  url.pathname = `/${name}`;
  try {
    await applyMigrations(url.toString());
    return rowsOf(label, repsOf(options), await runFanout(url.toString(), repsOf(options)), false);
  } finally {
    await withPostgresAdmin((admin) => admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
  }
}

/**
 * SPEC §6: every rep due in the same minute (fresh database, real app with its minute tick and
 * retry poll, fake Slack in this process), then the same with 20% of chat.postMessage answered
 * 429 Retry-After: 1, then the first run on PostgreSQL when it is reachable.
 */
export const nudgeFanout: Scenario = {
  name: SCENARIO,
  async run(options) {
    const reps = repsOf(options);
    return [
      ...rowsOf('SQLite', reps, await onSqlite(options, 'nudge-fanout'), false),
      ...rowsOf('SQLite, 20% 429', reps, await onSqlite(options, 'nudge-fanout-429', 0.2), true),
      ...(await onPostgres(options)),
    ];
  },
};
