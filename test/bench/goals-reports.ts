/**
 * The goals and report figures of issue 11, measured on the aggregation bench's dataset (1,000,000
 * calls, 10,000 reps; seeded once by aggregations.ts), and the import of 100,000 historic sales.
 */
import { performance } from 'node:perf_hooks';
import type { Db } from '../../src/db/client.js';
import { goalStatus } from '../../src/features/goals/goal-status.js';
import { parsePeriod, type Period } from '../../src/features/goals/period-rules.js';
import { buildReport } from '../../src/features/reports/report-service.js';
import { parseSalesCsv } from '../../src/features/reports/sales-import-rules.js';
import { importSales } from '../../src/features/reports/sales-import-service.js';
import { actorFor } from '../../src/members/member-service.js';
import { BENCH_WORKSPACE } from './bench-dataset.js';
import { round, timeMedian, type BenchRow } from './bench-types.js';

const RUNS = 7;
/** Mid-June 2026 of the dataset's year: the month and quarter are half elapsed. */
const clock = { now: () => new Date('2026-06-17T15:00:00Z') };
const BAR_MS = 50;


async function actorOf(db: Db, memberId: string, admin = false) {
  const member = await db.member.findUniqueOrThrow({ where: { id: memberId } });
  const workspace = await db.workspace.findUniqueOrThrow({ where: { id: BENCH_WORKSPACE } });
  return actorFor(member, workspace, admin ? [member.slackUserId] : []);
}

/** `/goal` for one rep, the report of a team of 50 and of every rep (admin), one month. */
export async function goalsReportRows(db: Db, scenario: string): Promise<BenchRow[]> {
  const deps = { db, clock };
  const month = parsePeriod('2026-06') as Period;
  const manager = await actorOf(db, 'mgr000007');
  const admin = await actorOf(db, 'mgr000000', true);
  const rep = await db.member.findUniqueOrThrow({ where: { id: 'rep000351' } });
  const row = (metric: string, value: number, note?: string): BenchRow =>
    ({ scenario, metric, value, unit: 'ms', bar: `< ${BAR_MS} ms (issue 11)`, meetsBar: value < BAR_MS, ...(note ? { note } : {}) });
  return [
    row('/goal, one rep: month + quarter, forecasts, last year', await timeMedian(() => goalStatus(deps, rep)), `median of ${RUNS}`),
    row('/outfield report, month, team of 50', await timeMedian(() => buildReport(deps, manager, { period: month }))),
    // As the command answers: beyond 45 reps Slack gets totals and the CSV (built in the outbox) gets the idle days.
    row('/outfield report, month, all reps (admin; totals in Slack, rows as CSV)', await timeMedian(() => buildReport(deps, admin, { period: month }, { idleDays: 'when-listed' }))),
  ];
}

/** 100,000 sales rows over the bench's reps and accounts, parsed and imported; time and peak RSS. */
export async function salesImportRows(db: Db, scenario: string, rows: number, reps: number): Promise<BenchRow[]> {
  const lines = ['date,rep,account,amount'];
  for (let i = 0; i < rows; i += 1) {
    const day = `2025-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
    lines.push(`${day},UR${String(i % reps).padStart(6, '0')},Account ${i % 2000},${(i % 997) * 10 + 0.5}`);
  }
  const csv = lines.join('\r\n');
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const started = performance.now();
  const parsed = parseSalesCsv(csv, '2026-12-01');
  const result = await importSales(db, BENCH_WORKSPACE, parsed.rows);
  const seconds = (performance.now() - started) / 1000;
  const again = performance.now();
  const second = await importSales(db, BENCH_WORKSPACE, parsed.rows);
  const againSeconds = (performance.now() - again) / 1000;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  const n = rows.toLocaleString('en-US');
  return [
    { scenario, metric: `import-sales, ${n} rows (parse + validate + insert)`, value: round(seconds), unit: 's', note: `${result.imported} imported, ${parsed.bad.length + result.bad.length} bad` },
    { scenario, metric: `import-sales, same ${n} rows again (no doubles)`, value: round(againSeconds), unit: 's', note: `${second.imported} imported, ${second.alreadyImported} skipped` },
    { scenario, metric: 'import-sales, peak RSS of the process', value: Math.round(peak / 2 ** 20), unit: 'MB' },
  ];
}
