import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n/index.js';
import { createLog } from '../../src/log.js';
import { REPS } from '../../src/sandbox/cast.js';
import { startSandbox, type Sandbox } from '../../src/sandbox/sandbox.js';
import { testProvider } from '../support/test-database-provider.js';

const SAM = 'U0SBSAM';
const RINA = 'U0SBRINA';
const root = path.resolve(import.meta.dirname, '..', '..');

describe.skipIf(testProvider() !== 'sqlite')('the sandbox', () => {
  let dir: string;
  let sandbox: Sandbox;
  const post = (name: string, body: unknown) =>
    fetch(`${sandbox.url}api/${name}`, { method: 'POST', body: typeof body === 'string' ? body : JSON.stringify(body) });
  const db = () => sandbox.running.database.db;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'outfield-sandbox-api-'));
    // A real token and Slack URL in the environment must not matter: the sandbox never reads them.
    process.env.SLACK_API_URL = 'https://slack.com/api/';
    process.env.SLACK_BOT_TOKEN = 'xoxb-a-real-looking-token';
    sandbox = await startSandbox({ port: 0, databaseFile: path.join(dir, 'sandbox.db'), demo: true, log: createLog('silent'), logLevel: 'silent' });
  });
  afterAll(async () => {
    delete process.env.SLACK_API_URL;
    delete process.env.SLACK_BOT_TOKEN;
    await sandbox?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('talks only to its stand-in on loopback, with made-up tokens', () => {
    const { slack } = sandbox.running.outfield.deps.config;
    expect(new URL(slack.apiUrl).hostname).toBe('127.0.0.1');
    expect(slack.botToken).toBe(sandbox.slack.fake.botToken);
    expect(new URL(sandbox.url).hostname).toBe('127.0.0.1');
  });

  it('seeds a demo team through the app: every rep has calls, the manager her team quota', async () => {
    for (const rep of REPS) expect(await db().call.count({ where: { rep: { slackUserId: rep.id } } })).toBeGreaterThan(0);
    expect(await db().quota.count()).toBeGreaterThanOrEqual(2);
    expect(await db().call.count({ where: { outcome: 'won' } })).toBeGreaterThan(0);
  });

  it.each([
    ['someone who is not in the sandbox', { as: 'U0EVIL', channel: 'C0GENERAL', text: '/call Evil Corp' }],
    ['no channel', { as: SAM, channel: '', text: '/call Evil Corp' }],
    ['a clock jump it does not know', { as: SAM, jump: 'back-to-1999' }],
  ])('answers 400 and changes nothing for %s', async (_case, body) => {
    const before = await db().call.count();
    const name = 'jump' in body ? 'clock' : 'compose';
    const res = await post(name, body);
    expect(res.status).toBe(400);
    expect(await db().call.count()).toBe(before);
  });

  it('answers 400 to a body that is not JSON and 404 to an unknown path or file', async () => {
    expect((await post('compose', '{not json')).status).toBe(400);
    expect((await post('nothing', {})).status).toBe(404);
    expect((await fetch(`${sandbox.url}files/F404`)).status).toBe(404);
    expect((await fetch(`${sandbox.url}api/state?as=U0EVIL`)).status).toBe(400);
    expect((await fetch(`${sandbox.url}assets/../sandbox.ts`)).status).toBe(404);
  });

  it('says like Slack that an unknown command is not a command, and the app hears nothing', async () => {
    const state = (await (await post('compose', { as: SAM, channel: 'C0GENERAL', text: '/nope now' })).json()) as { items: { text: string }[] };
    expect(state.items.at(-1)?.text).toContain('/nope is not a valid command');
  });

  it("refuses a rep who sets someone's quota, in the rep's language, and stores nothing", async () => {
    const before = await db().quota.count();
    const state = (await (await post('compose', { as: RINA, channel: 'C0GENERAL', text: '/quota set @sam daily 1 weekly 1' })).json()) as { items: { text: string; visibleTo?: string }[] };
    const reply = state.items.at(-1);
    expect(reply?.visibleTo).toBe(RINA);
    expect(reply?.text).toBe(translator('id')('common.forbidden_manager_only'));
    expect(await db().quota.count()).toBe(before);
  });

  it('`npm run sandbox` prints its URL and stops cleanly on SIGTERM', async () => {
    const cwd = await mkdtemp(path.join(tmpdir(), 'outfield-sandbox-cli-'));
    const child = spawn(path.join(root, 'node_modules', '.bin', 'tsx'), [path.join(root, 'src', 'sandbox', 'main.ts'), '--reset'], {
      cwd, env: { PATH: process.env.PATH ?? '', PORT: '0', SLACK_API_URL: 'https://slack.com/api/' },
    });
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the sandbox printed no URL')), 40_000);
      child.stdout.on('data', (chunk: Buffer) => {
        const match = /open (http:\/\/127\.0\.0\.1:\d+\/)/.exec(String(chunk));
        if (match) (clearTimeout(timer), resolve(match[1] as string));
      });
    });
    expect((await fetch(url)).status).toBe(200);
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    await rm(cwd, { recursive: true, force: true });
  }, 60_000);
});
