import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n/index.js';
import { createLog } from '../../src/log.js';
import { REVIEW_ACTIONS_BLOCK } from '../../src/features/disclosures/ids.js';
import { MANAGER, REPS } from '../../src/sandbox/cast.js';
import { DEMO_PROGRAM } from '../../src/sandbox/demo-seed.js';
import { startSandbox, type Sandbox } from '../../src/sandbox/sandbox.js';
import { instantAt, localDayOf } from '../../src/time/local-time.js';
import { testProvider } from '../support/test-database-provider.js';

const SAM = 'U0SBSAM';
const RINA = 'U0SBRINA';
const LEADERBOARD = 'C0LEADERBOARD';
const MANAGERS = 'C0MANAGERS';
const root = path.resolve(import.meta.dirname, '..', '..');

describe.skipIf(testProvider() !== 'sqlite')('the sandbox', () => {
  let dir: string;
  let sandbox: Sandbox;
  const post = (name: string, body: unknown) =>
    fetch(`${sandbox.url}api/${name}`, { method: 'POST', body: typeof body === 'string' ? body : JSON.stringify(body) });
  const db = () => sandbox.running.database.db;
  const itemsIn = (channel: string, as = MANAGER.id) => sandbox.slack.workspace.snapshotFor(as).items.filter((item) => item.channel === channel);
  const shows = (channel: string, words: string) => itemsIn(channel).some((item) => `${item.text} ${JSON.stringify(item.blocks ?? [])}`.includes(words));
  type State = { programEnd: string | null; items: { channel: string; text: string }[] };
  const stateOf = async (as: string) => (await (await fetch(`${sandbox.url}api/state?as=${as}`)).json()) as State;

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

  it("seeds each rep's revenue goal for this month with the manager's /goal set", async () => {
    const goals = await db().goal.findMany({ include: { rep: true } });
    const month = localDayOf(sandbox.clock.now(), MANAGER.tz).slice(0, 7);
    expect(goals.map((goal) => goal.rep.slackUserId).sort()).toEqual(REPS.map((rep) => rep.id).sort());
    expect(goals.every((goal) => goal.metric === 'revenue' && goal.period === month)).toBe(true);
  });

  it('seeds an active incentive program from the New incentive program modal, with standings posted in #sales-leaderboard', async () => {
    const program = await db().incentiveProgram.findFirst({ where: { name: DEMO_PROGRAM } });
    expect(program).toMatchObject({ status: 'active', channelId: LEADERBOARD, metric: 'calls' });
    await expect.poll(() => shows(LEADERBOARD, translator('en')('incentives.standings_title', { name: DEMO_PROGRAM }))).toBe(true);
    // Its window reaches back over the seeded calls, so the standings are not empty.
    const start = instantAt(program?.startDate ?? '', '00:00', program?.timeZone ?? 'UTC');
    expect(await db().call.count({ where: { occurredAt: { gte: start } } })).toBeGreaterThan(10);
    expect((await stateOf(SAM)).programEnd).not.toBeNull();
  });

  it('seeds a pending disclosure whose review post waits in #sales-managers, which only the managers see', async () => {
    const workspace = await db().workspace.findFirstOrThrow();
    expect(workspace.reviewChannelId).toBe(MANAGERS);
    const disclosures = await db().disclosure.findMany({ include: { rep: true } });
    expect(disclosures.map((d) => [d.status, d.rep.slackUserId, d.principal])).toEqual([['pending', REPS[0]?.id, 'Harbor Paint Co']]);
    await expect.poll(() => shows(MANAGERS, 'Harbor Paint Co') && shows(MANAGERS, REVIEW_ACTIONS_BLOCK)).toBe(true);
    const sidebarOf = (id: string) => sandbox.slack.workspace.snapshotFor(id).channels.map((c) => c.id);
    expect(sidebarOf(MANAGER.id)).toEqual(expect.arrayContaining(['C0GENERAL', LEADERBOARD, MANAGERS]));
    expect(sidebarOf(SAM)).not.toContain(MANAGERS);
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

  // Last of the in-process tests: it ends the demo's program.
  it('"End of the program" jumps past the end date, the final results post in #sales-leaderboard, and the button goes', async () => {
    const { programEnd } = await stateOf(MANAGER.id);
    const res = await post('clock', { as: MANAGER.id, jump: 'program-end' });
    expect(res.status).toBe(200);
    const after = (await res.json()) as State;
    expect(sandbox.clock.now().getTime()).toBeGreaterThanOrEqual(new Date(programEnd ?? 0).getTime());
    expect(await db().incentiveProgram.findFirst({ where: { name: DEMO_PROGRAM } })).toMatchObject({ status: 'ended' });
    await expect.poll(() => shows(LEADERBOARD, translator('en')('incentives.final_title', { name: DEMO_PROGRAM }))).toBe(true);
    expect(after.programEnd).toBeNull();
  }, 30_000);

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
