import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ADMIN_ID, startTestApp, type TestApp } from '../../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  t.fake.addUser({ id: ADMIN_ID, tz: 'America/New_York' });
  t.fake.addUser({ id: 'U0MGR', tz: 'America/Chicago' });
  t.fake.addUser({ id: 'U0REP1', tz: 'Asia/Jakarta', locale: 'id-ID' });
  t.fake.addUser({ id: 'U0REP2', tz: 'Europe/London' });
  t.fake.addUser({ id: 'U0SLACKADMIN', is_admin: true });
});
afterAll(() => t.close());
beforeEach(() => t.fake.reset());

const roleOf = async (slackUserId: string) =>
  (await t.db.member.findFirst({ where: { slackUserId } }))?.role;

describe('/outfield help', () => {
  it('answers a signed request with the help text, ephemerally', async () => {
    const res = await t.driver.command('U0REP2', '/outfield', 'help');
    expect(res.status).toBe(200);
    expect(res.json.response_type).toBe('ephemeral');
    expect(res.json.text).toContain('/call Acme Corp: met the buyer');
  });

  it('speaks Bahasa Indonesia to a user whose Slack locale is id-ID', async () => {
    const res = await t.driver.command('U0REP1', '/outfield', '');
    expect(res.json.text).toContain('mencatat aktivitas');
  });

  it('stores a first-time user with the time zone and locale Slack gives', async () => {
    await t.driver.command('U0REP1', '/outfield', 'help');
    const member = await t.db.member.findFirst({ where: { slackUserId: 'U0REP1' } });
    expect(member).toMatchObject({ tz: 'Asia/Jakarta', locale: 'id-ID', role: 'rep', workspaceId: t.fake.teamId });
  });

  it('explains an unknown subcommand', async () => {
    const res = await t.driver.command('U0REP2', '/outfield', 'frobnicate now');
    expect(res.status).toBe(200);
    expect(res.json.text).toContain('`/outfield frobnicate` is not something I know');
  });
});

describe('request verification', () => {
  it('refuses a forged signature with 401 and stores nothing', async () => {
    const body = new URLSearchParams({ command: '/outfield', text: 'help', user_id: 'U0FORGER', team_id: t.fake.teamId }).toString();
    const ts = Math.floor(Date.now() / 1000);
    const res = await t.driver.raw(body, {
      'content-type': 'application/x-www-form-urlencoded',
      'x-slack-request-timestamp': String(ts),
      'x-slack-signature': `v0=${'0'.repeat(64)}`,
    });
    expect(res.status).toBe(401);
    expect(await t.db.member.count({ where: { slackUserId: 'U0FORGER' } })).toBe(0);
  });

  it('refuses a correctly signed request that is six minutes old', async () => {
    const body = new URLSearchParams({ command: '/outfield', text: 'help', user_id: 'U0STALE', team_id: t.fake.teamId }).toString();
    const ts = Math.floor(Date.now() / 1000) - 360;
    const res = await t.driver.raw(body, {
      'content-type': 'application/x-www-form-urlencoded',
      'x-slack-request-timestamp': String(ts),
      'x-slack-signature': t.driver.signature(body, ts),
    });
    expect(res.status).toBe(401);
    expect(await t.db.member.count({ where: { slackUserId: 'U0STALE' } })).toBe(0);
  });
});

describe('/outfield role', () => {
  it('refuses a non-admin with an ephemeral explanation and changes nothing', async () => {
    await t.driver.command('U0REP2', '/outfield', 'help');
    const res = await t.driver.command('U0REP1', '/outfield', 'role <@U0REP2> manager');
    expect(res.json).toMatchObject({ response_type: 'ephemeral' });
    expect(res.json.text).toContain('Hanya admin Outfield');
    expect(await roleOf('U0REP2')).toBe('rep');
  });

  it('lets an OUTFIELD_ADMINS admin make a manager, with an audit entry', async () => {
    const res = await t.driver.command(ADMIN_ID, '/outfield', 'role <@U0MGR|maria> manager');
    expect(res.json.text).toBe('<@U0MGR> is now a *manager*.');
    expect(await roleOf('U0MGR')).toBe('manager');
    const audit = await t.db.auditEntry.findFirst({ where: { action: 'role_changed', actorSlackId: ADMIN_ID } });
    expect(JSON.parse(audit?.after ?? '{}')).toEqual({ role: 'manager' });
  });

  it('treats a Slack workspace admin as an Outfield admin', async () => {
    const res = await t.driver.command('U0SLACKADMIN', '/outfield', 'role <@U0REP2> rep');
    expect(res.json.text).toBe('<@U0REP2> is already a *rep*; nothing changed.');
  });

  it.each(['role', 'role <@U0REP2>', 'role <@U0REP2> boss', 'role maria manager', 'role <@U0REP2> manager extra'])(
    'answers `/outfield %s` with the usage',
    async (text) => {
      const res = await t.driver.command(ADMIN_ID, '/outfield', text);
      expect(res.json.text).toContain('Usage: `/outfield role @user manager`');
    },
  );
});

describe('/outfield team', () => {
  it('puts reps on a manager’s team and lists it', async () => {
    await t.driver.command(ADMIN_ID, '/outfield', 'role <@U0MGR> manager');
    const res = await t.driver.command(ADMIN_ID, '/outfield', 'team <@U0MGR> <@U0REP1> <@U0REP2>');
    expect(res.json.text).toBe('Team of <@U0MGR> (2): <@U0REP1>, <@U0REP2>.');
    const manager = await t.db.member.findFirstOrThrow({ where: { slackUserId: 'U0MGR' } });
    expect(await t.db.member.count({ where: { managerId: manager.id } })).toBe(2);
    const mine = await t.driver.command('U0MGR', '/outfield', 'team');
    expect(mine.json.text).toContain('(2)');
  });

  it('refuses a manager setting teams (admins only) and changes nothing', async () => {
    const res = await t.driver.command('U0MGR', '/outfield', 'team <@U0MGR> <@U0SLACKADMIN>');
    expect(res.json.text).toContain('Only an Outfield admin can do that');
    expect((await t.db.member.findFirstOrThrow({ where: { slackUserId: 'U0SLACKADMIN' } })).managerId).toBeNull();
  });

  it('refuses a team for someone who is not a manager', async () => {
    const res = await t.driver.command(ADMIN_ID, '/outfield', 'team <@U0REP1> <@U0REP2>');
    expect(res.json.text).toContain('<@U0REP1> is not a manager yet');
  });

  it('refuses a manager on their own team', async () => {
    await t.driver.command(ADMIN_ID, '/outfield', 'role <@U0MGR> manager');
    const res = await t.driver.command(ADMIN_ID, '/outfield', 'team <@U0MGR> <@U0MGR>');
    expect(res.json.text).toBe('<@U0MGR> cannot be on their own team.');
  });
});
