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

type Sizes = { warmup: number; measured: number; rounds: number };
/**
 * This kind of machine drifts between speeds from minute to minute (bare Bolt's CPU per request
 * 0.17 ms in one run, 0.32 ms in the next): the full bench measures the two apps in turns, three
 * rounds each, and reports the median round of each.
 */
const sizesOf = (options: BenchOptions): Sizes =>
  options.quick ? { warmup: 200, measured: 1_000, rounds: 1 } : { warmup: 1_000, measured: 10_000, rounds: 3 };

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
type Target = { url: string; server: Spawned; bodyOf: (n: number) => string };

const bodiesFor = (fake: FakeSlack) => (n: number) =>
  commandBody({ n, command: '/call', text: `Acme ${n % ACCOUNTS}: bench notes`, teamId: fake.teamId, responseUrl: `${fake.baseUrl}response/bench` });

/** One measured run against a warm server, with the server's CPU time over it and its RSS after. */
async function measure(target: Target, amount: number): Promise<Measured> {
  const cpuBefore = await cpuMs(target.server.pid);
  const load = await runSignedLoad({ url: target.url, connections: CONNECTIONS, amount, bodyOf: target.bodyOf });
  const cpuMsPerRequest = round((await cpuMs(target.server.pid)) - cpuBefore) / Math.max(1, load.requests);
  return { ...load, cpuMsPerRequest: round(cpuMsPerRequest, 3), rssMb: round((await residentMemory(target.server.pid)).processMb, 0) };
}

/** The median round by p99, so a row's figures all come from one run. */
const medianRound = (rounds: readonly Measured[]): Measured => {
  const sorted = [...rounds].sort((a, b) => a.p99 - b.p99);
  return sorted[Math.floor(sorted.length / 2)] as Measured;
};

async function startBare(fake: FakeSlack, sizes: Sizes): Promise<Target> {
  const port = await freePort();
  const server = spawnBuilt('test/bench/bare-bolt-server.ts', { SLACK_SIGNING_SECRET: BENCH_SECRET, PORT: String(port) });
  await waitForOutput(server, 'ready');
  const target = { url: `http://127.0.0.1:${port}/slack/events`, server, bodyOf: bodiesFor(fake) };
  await runSignedLoad({ url: target.url, connections: CONNECTIONS, amount: sizes.warmup, bodyOf: target.bodyOf });
  return target;
}

async function startApp(fake: FakeSlack, sizes: Sizes, file: string): Promise<Target & { baseUrl: string }> {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const server = spawnBuilt('src/main.ts', {
    SLACK_BOT_TOKEN: fake.botToken, SLACK_SIGNING_SECRET: BENCH_SECRET, SLACK_API_URL: fake.apiUrl,
    PORT: String(port), DATABASE_URL: `file:${file}`, LOG_LEVEL: 'warn',
  });
  try {
    await waitFor200(`${baseUrl}/readyz`, server);
    const target = { url: `${baseUrl}/slack/events`, server, bodyOf: bodiesFor(fake), baseUrl };
    await runSignedLoad({ url: target.url, connections: CONNECTIONS, amount: sizes.warmup, bodyOf: target.bodyOf });
    // The warm-up's first contacts look each bench user up in users.info, paced at Slack's Tier 4
    // (about 1.6 a second), and each answer updates the member, which sends their next /call the
    // ordinary way once: the measured runs start when all of them are done, members warm.
    await waitUntil(() => fake.callsTo('users.info').length >= BENCH_USERS.length, 120_000, 'every bench user looked up');
    await new Promise((resolve) => setTimeout(resolve, 500)); // the last answers stored
    return target;
  } catch (error) {
    await stopProcess(server);
    throw error;
  }
}

type AppRound = { load: Measured; usersInfo: number; app: Awaited<ReturnType<typeof scrapeAppFigures>> };

/** An app round: a scrape first resets the app's event-loop delay histogram, so its figures cover this round only. */
async function measureApp(target: Target & { baseUrl: string }, fake: FakeSlack, amount: number): Promise<AppRound> {
  await scrapeAppFigures(target.baseUrl);
  fake.reset();
  const load = await measure(target, amount);
  return { load, usersInfo: fake.callsTo('users.info').length, app: await scrapeAppFigures(target.baseUrl) };
}

/** A row per figure of the median round; failures are counted over every round. */
function rowsOf(label: string, rounds: readonly Measured[], bar: boolean): BenchRow[] {
  const load = medianRound(rounds);
  const failures = rounds.reduce((sum, r) => sum + r.non2xx + r.errors, 0);
  const scenario = `${SCENARIO}: ${label}`;
  return [
    { scenario, metric: 'p50', value: load.p50, unit: 'ms' },
    { scenario, metric: 'p95', value: load.p95, unit: 'ms' },
    { scenario, metric: 'p99', value: load.p99, unit: 'ms', ...(bar ? { bar: '< 100 ms', meetsBar: load.p99 < 100 } : {}) },
    { scenario, metric: 'throughput', value: load.throughput, unit: 'req/s', note: `${load.requests.toLocaleString('en-US')} requests, ${CONNECTIONS} connections; the median of ${rounds.length} rounds by p99` },
    { scenario, metric: 'CPU per request', value: load.cpuMsPerRequest, unit: 'ms', note: 'server process user+system time over the measured run: steadier than latency on a shared machine' },
    { scenario, metric: 'RSS after the run', value: load.rssMb, unit: 'MB' },
    { scenario, metric: 'non-2xx answers / errors', value: failures, unit: '', bar: '0', meetsBar: failures === 0, note: 'all rounds' },
  ];
}

/**
 * SPEC §6: slash-command ack at 50 concurrent signed requests, the real app (its own process, SQLite,
 * fake Slack) against a bare Bolt app that only acknowledges, measured in turns in the same run.
 */
export const ackLatency: Scenario = {
  name: SCENARIO,
  async run(options) {
    const sizes = sizesOf(options);
    const fake = await FakeSlack.start();
    const file = path.join(options.scratchDir, 'ack-latency.db');
    let bare: Target | undefined;
    let app: (Target & { baseUrl: string }) | undefined;
    try {
      for (const id of BENCH_USERS) fake.addUser({ id });
      bare = await startBare(fake, sizes);
      app = await startApp(fake, sizes, file);
      const bareRounds: Measured[] = [];
      const appRounds: AppRound[] = [];
      for (let turn = 0; turn < sizes.rounds; turn += 1) {
        bareRounds.push(await measure(bare, sizes.measured));
        appRounds.push(await measureApp(app, fake, sizes.measured));
      }
      const bareLoad = medianRound(bareRounds);
      const appLoad = medianRound(appRounds.map((r) => r.load));
      const last = appRounds.at(-1) as AppRound;
      const stored = countCalls(file);
      const expected = sizes.warmup + sizes.rounds * sizes.measured;
      const perRound = bareRounds.map((b, i) => `${round((appRounds[i] as AppRound).load.p99 / b.p99, 2)}×`).join(', ');
      const scenario = `${SCENARIO}: ratio`;
      return [
        ...rowsOf('bare Bolt', bareRounds, false),
        ...rowsOf(`Outfield \`/call Acme <n mod ${ACCOUNTS}>: bench notes\``, appRounds.map((r) => r.load), true),
        { scenario, metric: 'p50 Outfield / bare', value: round(appLoad.p50 / bareLoad.p50, 2), unit: '×' },
        { scenario, metric: 'p99 Outfield / bare', value: round(appLoad.p99 / bareLoad.p99, 2), unit: '×', note: `median rounds; round by round ${perRound}` },
        { scenario, metric: 'throughput Outfield / bare', value: round(appLoad.throughput / bareLoad.throughput, 2), unit: '×' },
        { scenario, metric: 'CPU per request Outfield / bare', value: round(appLoad.cpuMsPerRequest / bareLoad.cpuMsPerRequest, 2), unit: '×' },
        {
          scenario: `${SCENARIO}: app`, metric: 'event-loop delay p99 / max', value: round(Math.max(...appRounds.map((r) => r.app.eventLoopP99Ms)), 1), unit: 'ms',
          note: `max ${round(Math.max(...appRounds.map((r) => r.app.eventLoopMaxMs)), 1)} ms, the worst measured round (monitorEventLoopDelay, from /metrics)`,
        },
        { scenario: `${SCENARIO}: app`, metric: 'GC time', value: round(last.app.gcSeconds * 1000, 0), unit: 'ms', note: 'whole process life, from /metrics' },
        {
          scenario: `${SCENARIO}: app`, metric: 'V8 heap used / total', value: round(last.app.heapUsedMb, 0), unit: 'MB',
          note: `heap total ${round(last.app.heapTotalMb, 0)} MB, external ${round(last.app.externalMb, 0)} MB after the last round; the rest of the RSS is code, native libraries and SQLite`,
        },
        { scenario: `${SCENARIO}: app`, metric: 'calls logged in one statement', value: last.app.oneStatementCalls, unit: '', note: `of ${expected.toLocaleString('en-US')}, warm-up included` },
        {
          scenario: `${SCENARIO}: conditions`, metric: 'users.info calls during measured runs', value: appRounds.reduce((sum, r) => sum + r.usersInfo, 0), unit: '',
          note: `members warm: the ${BENCH_USERS.length} bench users were created and looked up during the warm-up`,
        },
        {
          scenario: `${SCENARIO}: conditions`, metric: 'calls stored', value: stored, unit: '',
          bar: expected.toLocaleString('en-US'), meetsBar: stored === expected,
          note: stored === expected ? 'every request stored its call: the figures include the database write' : 'calls are missing: the measured /call did not always reach the database, so the figures mean nothing',
        },
      ];
    } finally {
      if (bare) await stopProcess(bare.server);
      if (app) await stopProcess(app.server);
      await fake.close();
    }
  },
};
