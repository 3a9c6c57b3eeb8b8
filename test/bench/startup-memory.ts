import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { FakeSlack } from '../../src/slack-standin/fake-slack.js';
import { round, type BenchOptions, type BenchRow, type Scenario } from './bench-types.js';
import { BENCH_SECRET, BENCH_USERS, commandBody, runSignedLoad } from './signed-load.js';
import { freePort, residentMemory, spawnBuilt, stopProcess, waitFor200 } from './spawn-process.js';

const SCENARIO = 'start-up and memory';

type Started = { readyMs: number; stop(): Promise<void>; pid: number; port: number };

async function startApp(fake: FakeSlack, databaseUrl: string): Promise<Started> {
  const port = await freePort();
  const started = performance.now();
  const app = spawnBuilt('src/main.ts', {
    SLACK_BOT_TOKEN: fake.botToken, SLACK_SIGNING_SECRET: BENCH_SECRET, SLACK_API_URL: fake.apiUrl,
    PORT: String(port), DATABASE_URL: databaseUrl, LOG_LEVEL: 'warn',
  });
  try {
    await waitFor200(`http://127.0.0.1:${port}/readyz`, app);
  } catch (error) {
    await stopProcess(app);
    throw error;
  }
  return { readyMs: Math.round(performance.now() - started), stop: () => stopProcess(app), pid: app.pid, port };
}

/** SPEC §6: ready < 3 s after start; steady-state resident memory < 300 MB. */
export const startupMemory: Scenario = {
  name: SCENARIO,
  async run(options: BenchOptions) {
    const fake = await FakeSlack.start();
    for (const id of BENCH_USERS) fake.addUser({ id });
    const databaseUrl = `file:${path.join(options.scratchDir, 'startup.db')}`;
    try {
      const first = await startApp(fake, databaseUrl);
      await first.stop();
      const app = await startApp(fake, databaseUrl);
      try {
        const amount = options.quick ? 500 : 5_000;
        await runSignedLoad({
          url: `http://127.0.0.1:${app.port}/slack/events`,
          connections: 50,
          amount,
          bodyOf: (n) => commandBody({ n, command: '/outfield', text: 'help', teamId: fake.teamId, responseUrl: `${fake.baseUrl}response/bench` }),
        });
        await new Promise((resolve) => setTimeout(resolve, options.quick ? 1_000 : 5_000));
        const memory = await residentMemory(app.pid);
        const note = `after ${amount.toLocaleString('en-US')} signed /outfield help requests and ${options.quick ? 1 : 5} s idle`;
        return [
          { scenario: SCENARIO, metric: 'time to ready, first start (fresh SQLite file, migrations applied)', value: first.readyMs, unit: 'ms', bar: '< 3 s', meetsBar: first.readyMs < 3000 },
          { scenario: SCENARIO, metric: 'time to ready, restart (database already migrated)', value: app.readyMs, unit: 'ms', bar: '< 3 s', meetsBar: app.readyMs < 3000 },
          { scenario: SCENARIO, metric: 'steady-state RSS (node process)', value: round(memory.processMb), unit: 'MB', bar: '< 300 MB', meetsBar: memory.processMb < 300, note },
          { scenario: SCENARIO, metric: 'steady-state RSS (with child processes)', value: round(memory.withChildrenMb), unit: 'MB', note: 'children included: the compiled app starts none once migrated' },
        ];
      } finally {
        await app.stop();
      }
    } finally {
      await fake.close();
    }
  },
};
