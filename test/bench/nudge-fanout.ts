import path from 'node:path';
import { ADMIN_POSTGRES_URL, withPostgresAdmin } from '../support/test-database-provider.js';
import { applyMigrations } from '../../src/db/migrate.js';
import { quantile, round, type BenchOptions, type BenchRow, type Scenario } from './bench-types.js';
import { runFanout, type FanoutResult } from './fanout-run.js';

const SCENARIO = 'nudge fan-out';
/**
 * Slack's chat.postMessage limit in the fake (and the app's OUTFIELD_SEND_BUDGET): 6,000/min, so
 * 10,000 nudges take about 105 s, unless that is more than half the app's own ceiling measured in
 * the same run: a limit the machine cannot reach measures the machine, not the pacer. The rows say
 * which limit was used.
 */
const MAX_LIMIT = 6_000;
const limitFor = (ceiling: FanoutResult): number =>
  Math.min(MAX_LIMIT, Math.max(600, Math.floor(((ceiling.achievedPerMinute ?? 0) * 0.5) / 100) * 100));
const repsOf = (options: BenchOptions): number => (options.quick ? 1_000 : 10_000);
const count = (n: number): string => n.toLocaleString('en-US');
const p99 = (values: readonly number[]): number => round(quantile([...values].sort((a, b) => a - b), 0.99), 1);

function exactlyOnceRows(scenario: string, reps: number, result: FanoutResult): BenchRow[] {
  const lost = reps - result.nudgedReps;
  const duplicates = result.delivered - result.nudgedReps;
  const statuses = Object.entries(result.statuses).map(([status, n]) => `${status} ${count(n)}`).join(', ');
  const seconds = result.allSentMs === undefined ? null : round(result.allSentMs / 1000);
  return [
    {
      scenario, metric: `time to send all ${count(reps)} nudges`, value: seconds, unit: 's',
      note: seconds === null ? 'not all reps nudged within the run' : `from the due minute's start (tick, planning, sending); first nudge after ${round((result.firstSentMs ?? 0) / 1000, 1)} s`,
    },
    {
      scenario, metric: 'lost (reps never nudged)', value: lost, unit: '', bar: '0', meetsBar: lost === 0,
      note: `outbox: ${statuses}${result.otherPosts.length > 0 ? `; also posted to ${result.otherPosts.length} of the probe's callers (e.g. the new-member disclosure prompt), not counted as nudges` : ''}`,
    },
    { scenario, metric: 'duplicates (messages beyond one per rep)', value: duplicates, unit: '', bar: '0', meetsBar: duplicates === 0 },
  ];
}

/** SPEC §6 against a limit-enforcing Slack: rate as a share of the limit, 429s, calls during Retry-After, /call acks. */
function limitedRows(label: string, reps: number, limit: number, result: FanoutResult): BenchRow[] {
  const scenario = `${SCENARIO}: ${label}, limit ${count(limit)}/min`;
  const share = result.achievedPerMinute === undefined ? null : round((result.achievedPerMinute / limit) * 100);
  const limited = result.posts === 0 ? null : round((result.rateLimited / result.posts) * 100, 2);
  const [during, idle] = [p99(result.acks.during), p99(result.acks.idle)];
  const ratio = idle > 0 ? round(during / idle, 2) : null;
  return [
    ...exactlyOnceRows(scenario, reps, result),
    {
      scenario, metric: 'achieved rate, share of the limit', value: share, unit: '%', bar: '≥ 90%', meetsBar: share !== null && share >= 90,
      note: `${count(Math.round(result.achievedPerMinute ?? 0))} posts/min between the first and the last nudge; background share of the budget is 95%`,
    },
    { scenario, metric: 'sends answered 429', value: limited, unit: '%', bar: '≤ 2%', meetsBar: limited !== null && limited <= 2, note: `${count(result.rateLimited)} of ${count(result.posts)} chat.postMessage calls` },
    { scenario, metric: 'calls while a Retry-After was in force', value: result.callsDuringRetryAfter, unit: '', bar: '0', meetsBar: result.callsDuringRetryAfter === 0 },
    {
      scenario, metric: '/call ack p99 during the fan-out / idle', value: ratio, unit: '×', bar: '≤ 2×', meetsBar: ratio !== null && ratio <= 2,
      note: `p99 ${during} ms during (${result.acks.during.length} commands), ${idle} ms idle (${result.acks.idle.length})`,
    },
  ];
}

/** The app's own ceiling: no limit in the fake, a budget the pacer never waits on. */
function ceilingRows(reps: number, result: FanoutResult): BenchRow[] {
  const scenario = `${SCENARIO}: SQLite, no limit (the app's ceiling)`;
  const perSecond = result.achievedPerMinute === undefined ? null : Math.round(result.achievedPerMinute / 60);
  return [...exactlyOnceRows(scenario, reps, result), { scenario, metric: 'nudges per second', value: perSecond, unit: '/s', note: 'between the first and the last nudge' }];
}

async function onSqlite(options: BenchOptions, name: string, limitPerMinute?: number): Promise<FanoutResult> {
  const url = `file:${path.join(options.scratchDir, `${name}.db`)}`;
  await applyMigrations(url);
  return runFanout(url, repsOf(options), { limitPerMinute });
}

async function onPostgres(options: BenchOptions, limit: number): Promise<BenchRow[]> {
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
    return limitedRows(label, repsOf(options), limit, await runFanout(url.toString(), repsOf(options), { limitPerMinute: limit }));
  } finally {
    await withPostgresAdmin((admin) => admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
  }
}

/**
 * SPEC §6: every rep due in the same minute (fresh database, real app with its minute tick and
 * retry poll, fake Slack in this process), with a rep's /call every 50 ms throughout: first with no
 * limit at all (the app's own ceiling), then against a fake enforcing the limit (2 s bursts,
 * Retry-After) on SQLite, then on PostgreSQL when it is reachable.
 */
export const nudgeFanout: Scenario = {
  name: SCENARIO,
  async run(options) {
    const reps = repsOf(options);
    const ceiling = await onSqlite(options, 'nudge-fanout-ceiling');
    const limit = limitFor(ceiling);
    return [
      ...ceilingRows(reps, ceiling),
      ...limitedRows('SQLite', reps, limit, await onSqlite(options, 'nudge-fanout', limit)),
      ...(await onPostgres(options, limit)),
    ];
  },
};
