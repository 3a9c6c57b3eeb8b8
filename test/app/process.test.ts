import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeSlack } from '../../src/slack-standin/fake-slack.js';
import { testProvider } from '../support/test-database-provider.js';

const root = path.resolve(import.meta.dirname, '..', '..');
/** What `npm start` runs once `npm run build` has compiled src/ into dist/. */
const main = path.join(root, 'dist', 'src', 'main.js');

type Run = { code: number | null; stdout: string; stderr: string };

/** Runs `npm start`'s compiled entry point in an empty folder (so no .env is read) with exactly `env`. */
function startProcess(cwd: string, env: Record<string, string>) {
  const child = spawn(process.execPath, [main], { cwd, env: { PATH: process.env.PATH ?? '', ...env } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<Run>((resolve) => child.on('exit', (code) => resolve({ code, stdout, stderr })));
  return { child, exited };
}

/** Waits for the "ready" log line (PORT=0 picks a free port; the line says which) and checks /readyz. */
async function waitUntilReady(child: ReturnType<typeof spawn>): Promise<number> {
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the app never became ready')), 30_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      const ready = String(chunk).split('\n').find((line) => line.includes('Outfield is ready'));
      if (!ready) return;
      clearTimeout(timer);
      resolve((JSON.parse(ready) as { port: number }).port);
    });
  });
  expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(200);
  return port;
}

let cwd: string;
let fake: FakeSlack;
beforeAll(async () => {
  if (testProvider() === 'sqlite') await promisify(execFile)('npm', ['run', 'build', '--silent'], { cwd: root });
  cwd = await mkdtemp(path.join(tmpdir(), 'outfield-process-'));
  fake = await FakeSlack.start();
}, 180_000); // a fresh clone's first build
afterAll(async () => {
  await fake.close();
  await rm(cwd, { recursive: true, force: true });
});

// The process tests are about the embedded SQLite default; the PostgreSQL run skips them.
describe.skipIf(testProvider() === 'postgresql')('npm start', () => {
  it('without Slack variables prints one line naming SLACK_BOT_TOKEN and exits non-zero', async () => {
    const run = await startProcess(cwd, {}).exited;
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('SLACK_BOT_TOKEN is missing');
    expect(run.stderr).not.toMatch(/\s+at\s/);
  });

  it('says so in one line when Slack rejects the token', async () => {
    const run = await startProcess(cwd, {
      SLACK_BOT_TOKEN: 'xoxb-wrong', SLACK_SIGNING_SECRET: 's', SLACK_API_URL: fake.apiUrl, PORT: '0',
      DATABASE_URL: `file:${path.join(cwd, 'rejected', 'outfield.db')}`,
    }).exited;
    expect(run.code).toBe(1);
    expect(run.stderr.trim()).toBe(`Outfield cannot start: Slack at ${fake.apiUrl} did not accept SLACK_BOT_TOKEN (invalid_auth)`);
  });

  it('creates and migrates the SQLite file, serves, stops cleanly on SIGTERM, and starts again on the same file', async () => {
    const databaseFile = path.join(cwd, 'data', 'outfield.db');
    const env = {
      SLACK_BOT_TOKEN: fake.botToken, SLACK_SIGNING_SECRET: 's', SLACK_API_URL: fake.apiUrl,
      DATABASE_URL: `file:${databaseFile}`, LOG_LEVEL: 'info',
    };
    for (const attempt of [1, 2]) {
      const { child, exited } = startProcess(cwd, { ...env, PORT: '0' });
      await waitUntilReady(child);
      expect(existsSync(databaseFile)).toBe(true);
      child.kill('SIGTERM');
      const run = await exited;
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('Outfield is ready');
      expect(run.stdout.includes('database migrations applied')).toBe(attempt === 1);
    }
  }, 60_000);
});
