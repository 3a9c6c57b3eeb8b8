/**
 * Issue 12: publishing a manager's Home for a team of 60 over the aggregation bench's 1,000,000 calls
 * (seeded once by aggregations.ts), every feature's section included, < 50 ms of database time.
 */
import { performance } from 'node:perf_hooks';
import { loadConfig } from '../../src/config.js';
import type { Db } from '../../src/db/client.js';
import type { FeatureDeps } from '../../src/features/feature.js';
import { actorOfMember, publishHome, type HomeDeps } from '../../src/features/home/home-service.js';
import { sectionsOf } from '../../src/features/home/register.js';
import { FEATURES } from '../../src/features/index.js';
import { createLog } from '../../src/log.js';
import { unpaced } from '../../src/pacer/pacer.js';
import { BENCH_WORKSPACE, type DatasetSize } from './bench-dataset.js';
import { median, round, type BenchRow } from './bench-types.js';

const RUNS = 9;
const BAR_MS = 50;
const MANAGER = 'mgr000007';
const NOW = new Date('2026-06-17T15:00:00Z');
const BENCH_ENV = { SLACK_BOT_TOKEN: 'xoxb-bench', SLACK_SIGNING_SECRET: 'bench', DATABASE_URL: 'file:bench', LOG_LEVEL: 'silent' };

/**
 * The time the database was busy with the Home's queries: the union of their intervals, so queries
 * that the sections run at the same time (and that queue on one connection) are counted once.
 */
function timedDb(db: Db): { db: Db; take(): number } {
  let total = 0;
  let active = 0;
  let since = 0;
  const extended = db.$extends({
    query: {
      async $allOperations({ model, operation, args, query }) {
        if (active++ === 0) since = performance.now();
        const started = performance.now();
        try {
          return await query(args);
        } finally {
          if (--active === 0) total += performance.now() - since;
          if (process.env.BENCH_TRACE) process.stderr.write(`${model}.${operation} ${(performance.now() - started).toFixed(1)}\n`);
        }
      },
    },
  }) as unknown as Db;
  return { db: extended, take: () => { const spent = total; total = 0; return spent; } };
}

/**
 * The manager's team grows from 50 to 60 reps, with a team quota so everyone has a target, month and
 * quarter goals for every rep, and a quarter-long program the manager runs for the team.
 */
async function teamOf60(db: Db): Promise<void> {
  const extra = Array.from({ length: 10 }, (_, i) => `rep${String(400 + i).padStart(6, '0')}`);
  await db.member.updateMany({ where: { id: { in: extra } }, data: { managerId: MANAGER } });
  await db.member.update({ where: { id: MANAGER }, data: { role: 'manager' } });
  await db.quota.create({ data: { workspaceId: BENCH_WORKSPACE, scope: 'team', memberId: MANAGER, daily: 6, weekly: 30 } });
  const team = await db.member.findMany({ where: { managerId: MANAGER }, select: { id: true } });
  await db.goal.createMany({
    data: team.flatMap((rep) => [
      { workspaceId: BENCH_WORKSPACE, repId: rep.id, period: '2026-06', metric: 'revenue' as const, target: 60_000 },
      { workspaceId: BENCH_WORKSPACE, repId: rep.id, period: '2026-Q2', metric: 'deals' as const, target: 10 },
    ]),
  });
  await db.incentiveProgram.create({
    data: {
      workspaceId: BENCH_WORKSPACE, name: 'Q2 push', metric: 'revenue', startDate: '2026-04-01', endDate: '2026-06-30', prize: 'A trip',
      target: 100_000, channelId: 'C0BENCH', createdById: MANAGER, scopeManagerId: MANAGER,
    },
  });
}

export async function homeRows(db: Db, provider: string, size: DatasetSize): Promise<BenchRow[]> {
  await teamOf60(db);
  const config = loadConfig(BENCH_ENV);
  const manager = await actorOfMember({ db, config }, BENCH_WORKSPACE, 'UM000007');
  if (!manager) throw new Error('bench manager missing');
  const timed = timedDb(db);
  const base = { db: timed.db, clock: { now: () => NOW }, log: createLog('silent'), config, pacer: unpaced } as unknown as FeatureDeps;
  let blocks = 0;
  const failed = manager.t('home.section_failed');
  const slack = {
    views: {
      publish: async (args: { view: { blocks: unknown[] } }) => {
        // A failing section is logged and shown as one line: it would measure less work, not less time.
        if (JSON.stringify(args.view.blocks).includes(failed)) throw new Error('a Home section failed to render');
        blocks = args.view.blocks.length;
        return { ok: true, view: { hash: 'h' } };
      },
    },
  };
  const deps: HomeDeps = { ...base, slack: slack as never, sections: sectionsOf(FEATURES, base) };
  const dbTimes: number[] = [];
  const wallTimes: number[] = [];
  for (let run = 0; run <= RUNS; run += 1) {
    timed.take();
    const started = performance.now();
    await publishHome(deps, manager);
    const wall = performance.now() - started;
    if (run > 0) (dbTimes.push(timed.take()), wallTimes.push(wall)); // run 0 warms up
  }
  const scenario = `home publish (${provider})`;
  const dbMs = round(median(dbTimes));
  return [
    { scenario, metric: 'manager Home, team of 60, database time', value: dbMs, unit: 'ms', bar: `< ${BAR_MS} ms`, meetsBar: dbMs < BAR_MS,
      note: `median of ${RUNS}; ${size.calls.toLocaleString('en-US')} calls; ${blocks} blocks` },
    { scenario, metric: 'manager Home, team of 60, render + publish wall time', value: round(median(wallTimes)), unit: 'ms', note: 'Slack stubbed' },
  ];
}
