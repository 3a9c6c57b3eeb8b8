import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLog } from '../../src/log.js';
import { ensureMember, resolveActor, type MemberDeps } from '../../src/members/member-service.js';
import { canReadCallNotes } from '../../src/members/permissions.js';
import { WebClient } from '@slack/web-api';
import { FakeSlack } from '../../src/slack-standin/fake-slack.js';
import { ManualClock } from '../../src/time/manual-clock.js';
import { createTestDatabase, type TestDatabase } from '../support/test-database.js';

let fake: FakeSlack;
let database: TestDatabase;
let deps: MemberDeps;
const clock = new ManualClock('2026-11-23T10:00:00Z');

beforeAll(async () => {
  fake = await FakeSlack.start();
  database = await createTestDatabase();
  const slack = new WebClient(fake.botToken, { slackApiUrl: fake.apiUrl, retryConfig: { retries: 0 } });
  deps = { db: database.db, clock, slack, log: createLog('silent'), adminIds: ['U0ENVADMIN'] };
});
afterAll(async () => {
  await database.close();
  await fake.close();
});

describe('members', () => {
  it('asks Slack once on first contact, then serves the stored profile for a day', async () => {
    fake.addUser({ id: 'U0TRAVEL', tz: 'America/Chicago', locale: 'en-US' });
    await resolveActor(deps, 'T0TEST', 'U0TRAVEL');
    await resolveActor(deps, 'T0TEST', 'U0TRAVEL');
    expect(fake.callsTo('users.info').filter((c) => c.args.user === 'U0TRAVEL')).toHaveLength(1);
  });

  it('refreshes a profile older than a day (the rep flew to Jakarta)', async () => {
    fake.addUser({ id: 'U0TRAVEL', tz: 'Asia/Jakarta', locale: 'id-ID' });
    clock.advance(25 * 60 * 60 * 1000);
    await ensureMember(deps, 'T0TEST', 'U0TRAVEL');
    await expect.poll(() => fake.callsTo('users.info').filter((c) => c.args.user === 'U0TRAVEL').length).toBe(2);
    await expect.poll(async () => (await database.db.member.findFirst({ where: { slackUserId: 'U0TRAVEL' } }))?.tz).toBe('Asia/Jakarta');
    const actor = await resolveActor(deps, 'T0TEST', 'U0TRAVEL');
    expect(actor.language).toBe('id');
  });

  it('asks Slack once when a burst of requests comes from a member whose profile is stale', async () => {
    fake.addUser({ id: 'U0BURST', tz: 'Europe/Paris' });
    const burstDeps = { ...deps, refreshing: new Map<string, Promise<void>>() };
    await resolveActor(burstDeps, 'T0TEST', 'U0BURST');
    clock.advance(25 * 60 * 60 * 1000);
    await Promise.all(Array.from({ length: 10 }, () => resolveActor(burstDeps, 'T0TEST', 'U0BURST')));
    await expect.poll(() => burstDeps.refreshing.size).toBe(0);
    expect(fake.callsTo('users.info').filter((c) => c.args.user === 'U0BURST')).toHaveLength(2);
  });

  it('tries a failed refresh again an hour later, not on every request', async () => {
    fake.addUser({ id: 'U0FLAKY', tz: 'Europe/Paris' });
    await resolveActor(deps, 'T0TEST', 'U0FLAKY');
    clock.advance(25 * 60 * 60 * 1000);
    fake.failNext('users.info', { error: 'user_not_visible' });
    await resolveActor(deps, 'T0TEST', 'U0FLAKY');
    const refreshed = async () => (await database.db.member.findFirstOrThrow({ where: { slackUserId: 'U0FLAKY' } })).profileRefreshedAt?.getTime();
    await expect.poll(refreshed).toBe(clock.now().getTime() - 23 * 60 * 60 * 1000);
    const asked = () => fake.callsTo('users.info').filter((c) => c.args.user === 'U0FLAKY').length;
    await resolveActor(deps, 'T0TEST', 'U0FLAKY');
    expect(asked()).toBe(2);
    clock.advance(61 * 60 * 1000);
    await resolveActor(deps, 'T0TEST', 'U0FLAKY');
    await expect.poll(asked).toBe(3);
  });

  it('still lets a user in when users.info fails, with defaults, and retries later', async () => {
    fake.failNext('users.info', { error: 'user_not_visible' });
    const member = await ensureMember(deps, 'T0TEST', 'U0HIDDEN');
    expect(member).toMatchObject({ tz: 'UTC', profileRefreshedAt: null });
  });

  it('makes admins of OUTFIELD_ADMINS and of Slack workspace admins and owners only', async () => {
    fake.addUser({ id: 'U0OWNER', is_owner: true });
    fake.addUser({ id: 'U0PLAIN' });
    expect((await resolveActor(deps, 'T0TEST', 'U0ENVADMIN')).isAdmin).toBe(true);
    expect((await resolveActor(deps, 'T0TEST', 'U0OWNER')).isAdmin).toBe(true);
    expect((await resolveActor(deps, 'T0TEST', 'U0PLAIN')).isAdmin).toBe(false);
  });
});

describe('who may read call notes', () => {
  it('lets the rep, an admin and the manager of an employee read them, but not the manager of an independent rep', async () => {
    const db = database.db;
    const manager = await db.member.create({ data: { workspaceId: 'T0TEST', slackUserId: 'U0M', role: 'manager' } });
    const employee = await db.member.create({ data: { workspaceId: 'T0TEST', slackUserId: 'U0E', managerId: manager.id } });
    const independent = await db.member.create({ data: { workspaceId: 'T0TEST', slackUserId: 'U0I', managerId: manager.id, kind: 'independent' } });
    await db.member.create({ data: { workspaceId: 'T0TEST', slackUserId: 'U0O' } });
    const actorOf = async (slackUserId: string) => resolveActor(deps, 'T0TEST', slackUserId);
    expect(canReadCallNotes(await actorOf('U0M'), employee)).toBe(true);
    expect(canReadCallNotes(await actorOf('U0M'), independent)).toBe(false);
    expect(canReadCallNotes(await actorOf('U0I'), independent)).toBe(true);
    expect(canReadCallNotes(await actorOf('U0ENVADMIN'), independent)).toBe(true);
    expect(canReadCallNotes(await actorOf('U0O'), employee)).toBe(false);
  });
});
