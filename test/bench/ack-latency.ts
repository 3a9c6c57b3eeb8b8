import { createRequire } from 'node:module';
import path from 'node:path';
import { FakeSlack } from '../../src/slack-standin/fake-slack.js';
import { round, type BenchOptions, type BenchRow, type Scenario } from './bench-types.js';
import { BENCH_SECRET, BENCH_USERS, commandBody, runSignedLoad, type LoadResult } from './signed-load.js';
import { cpuMs, scrapeAppFigures } from './process-stats.js';
import { freePort, residentMemory, spawnBuilt, stopProcess, waitFor200, waitForOutput, waitUntil, type Spawned } from './spawn-process.js';

const CONNECTIONS = 50;
/** Reps mostly log calls on accounts they already have: the warm-up creates these, the measured run revisits them. */
const ACCOUNTS = 200;
const SCENARIO = 'ack latency';

type Sizes = { warmup: number; measured: number };
const sizesOf = (options: BenchOptions): Sizes => (options.quick ? { warmup: 200, measured: 1_000 } : { warmup: 1_000, measured: 10_000 });

const countCalls = (file: string): number => {
  const Sqlite = createRequire(import.meta.url)('better-sqlite3') as new (f: string, o: object) => {
    prepare(sql: string): { get(): { n: number } };
    close(): void;
  };
  const db = new Sqlite(file, { readonly: true });
  try {
    return db.prepare('SELECT COUNT(*) AS n FROM "Call"').get().n;
  } finally {
    db.close();
  }
};

type Measured = LoadResult & { cpuMsPerRequest: number; rssMb: number };

/** Warm-up (JIT, connections, every bench user's member row), then the measured run with the server's CPU time and RSS. */
async function drive(url: string, fake: FakeSlack, sizes: Sizes, server: Spawned, beforeMeasuring = async () => {}): Promise<Measured> {
  const bodyOf = (n: number) =>
    commandBody({ n, command: '/call', text: `Acme ${n % ACCOUNTS}: bench notes`, teamId: fake.teamId, responseUrl: `${fake.baseUrl}response/bench` });
  await runSignedLoad({ url, connections: CONNECTIONS, amount: sizes.warmup, bodyOf });
  await beforeMeasuring();
  fake.reset();
  const cpuBefore = await cpuMs(server.pid);
  const load = await runSignedLoad({ url, connections: CONNECTIONS, amount: sizes.measured, bodyOf });
  const cpuMsPerRequest = round((await cpuMs(server.pid)) - cpuBefore) / Math.max(1, load.requests);
  return { ...load, cpuMsPerRequest: round(cpuMsPerRequest, 3), rssMb: round((await residentMemory(server.pid)).processMb, 0) };
}

async function measureBare(fake: FakeSlack, sizes: Sizes): Promise<Measured> {
  const port = await freePort();
  const server = spawnBuilt('test/bench/bare-bolt-server.ts', { SLACK_SIGNING_SECRET: BENCH_SECRET, PORT: String(port) });
  try {
    await waitForOutput(server, 'ready');
    return await drive(`http://127.0.0.1:${port}/slack/events`, fake, sizes, server);
  } finally {
    await stopProcess(server);
  }
}

type AppRun = { load: Measured; usersInfo: number; stored: number; app: Awaited<ReturnType<typeof scrapeAppFigures>> };

async function measureApp(fake: FakeSlack, sizes: Sizes, scratchDir: string): Promise<AppRun> {
  const port = await freePort();
  const file = path.join(scratchDir, 'ack-latency.db');
  let app: Spawned | undefined;
  try {
    app = spawnBuilt('src/main.ts', {
      SLACK_BOT_TOKEN: fake.botToken, SLACK_SIGNING_SECRET: BENCH_SECRET, SLACK_API_URL: fake.apiUrl,
      PORT: String(port), DATABASE_URL: `file:${file}`, LOG_LEVEL: 'warn',
    });
    await waitFor200(`http://127.0.0.1:${port}/readyz`, app);
    const settle = async () => {
      // The warm-up's first contacts look each bench user up in users.info, paced at Slack's Tier 4
      // (about 1.6 a second), and each answer updates the member, which sends their next /call the
      // ordinary way once: the measured run starts when all of them are done, members warm.
      await waitUntil(() => fake.callsTo('users.info').length >= BENCH_USERS.length, 120_000, 'every bench user looked up');
      await new Promise((resolve) => setTimeout(resolve, 500)); // the last answers stored
      // A scrape resets the app's event-loop delay histogram, so the figures below cover the measured run only.
      await scrapeAppFigures(`http://127.0.0.1:${port}`);
    };
    const load = await drive(`http://127.0.0.1:${port}/slack/events`, fake, sizes, app, settle);
    const figures = await scrapeAppFigures(`http://127.0.0.1:${port}`);
    return { load, usersInfo: fake.callsTo('users.info').length, stored: countCalls(file), app: figures };
  } finally {
    if (app) await stopProcess(app);
  }
}

function rowsOf(label: string, load: Measured, bar: boolean): BenchRow[] {
  const scenario = `${SCENARIO}: ${label}`;
  return [
    { scenario, metric: 'p50', value: load.p50, unit: 'ms' },
    { scenario, metric: 'p95', value: load.p95, unit: 'ms' },
    { scenario, metric: 'p99', value: load.p99, unit: 'ms', ...(bar ? { bar: '< 100 ms', meetsBar: load.p99 < 100 } : {}) },
    { scenario, metric: 'throughput', value: load.throughput, unit: 'req/s', note: `${load.requests.toLocaleString('en-US')} requests, ${CONNECTIONS} connections` },
    { scenario, metric: 'CPU per request', value: load.cpuMsPerRequest, unit: 'ms', note: 'server process user+system time over the measured run: steadier than latency on a shared machine' },
    { scenario, metric: 'RSS after the run', value: load.rssMb, unit: 'MB' },
    { scenario, metric: 'non-2xx answers / errors', value: load.non2xx + load.errors, unit: '', bar: '0', meetsBar: load.non2xx + load.errors === 0 },
  ];
}

/**
 * SPEC §6: slash-command ack at 50 concurrent signed requests, the real app (its own process, SQLite,
 * fake Slack) against a bare Bolt app that only acknowledges, in the same run.
 */
export const ackLatency: Scenario = {
  name: SCENARIO,
  async run(options) {
    const sizes = sizesOf(options);
    const fake = await FakeSlack.start();
    try {
      for (const id of BENCH_USERS) fake.addUser({ id });
      const bare = await measureBare(fake, sizes);
      const app = await measureApp(fake, sizes, options.scratchDir);
      const scenario = `${SCENARIO}: ratio`;
      return [
        ...rowsOf('bare Bolt', bare, false),
        ...rowsOf(`Outfield \`/call Acme <n mod ${ACCOUNTS}>: bench notes\``, app.load, true),
        { scenario, metric: 'p50 Outfield / bare', value: round(app.load.p50 / bare.p50, 2), unit: '×' },
        { scenario, metric: 'p99 Outfield / bare', value: round(app.load.p99 / bare.p99, 2), unit: '×' },
        { scenario, metric: 'throughput Outfield / bare', value: round(app.load.throughput / bare.throughput, 2), unit: '×' },
        { scenario, metric: 'CPU per request Outfield / bare', value: round(app.load.cpuMsPerRequest / bare.cpuMsPerRequest, 2), unit: '×' },
        { scenario: `${SCENARIO}: app`, metric: 'event-loop delay p99 / max', value: round(app.app.eventLoopP99Ms, 1), unit: 'ms', note: `max ${round(app.app.eventLoopMaxMs, 1)} ms during the measured run (monitorEventLoopDelay, from /metrics)` },
        { scenario: `${SCENARIO}: app`, metric: 'GC time', value: round(app.app.gcSeconds * 1000, 0), unit: 'ms', note: 'whole process life, from /metrics' },
        {
          scenario: `${SCENARIO}: app`, metric: 'V8 heap used / total', value: round(app.app.heapUsedMb, 0), unit: 'MB',
          note: `heap total ${round(app.app.heapTotalMb, 0)} MB, external ${round(app.app.externalMb, 0)} MB; the rest of the RSS is code, native libraries and SQLite`,
        },
        { scenario: `${SCENARIO}: app`, metric: 'calls logged in one statement', value: app.app.oneStatementCalls, unit: '' },
        {
          scenario: `${SCENARIO}: conditions`, metric: 'users.info calls during measured run', value: app.usersInfo, unit: '',
          note: `members warm: the ${BENCH_USERS.length} bench users were created during the warm-up`,
        },
        {
          scenario: `${SCENARIO}: conditions`, metric: 'calls stored by the measured run', value: app.stored, unit: '',
          note: app.stored === 0 ? 'no call was stored: the measured /call never reached the database, so the figures mean nothing' : 'includes the database write',
        },
      ];
    } finally {
      await fake.close();
    }
  },
};
