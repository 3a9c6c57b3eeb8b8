/**
 * The one-statement hot path of `/call <existing account>: …` (SPEC §6): the same stored row and
 * guarantees as the ordinary path, and a cached actor that never outlives a change to its rows.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { isRecordId } from '../../../src/db/record-id.js';
import { EDIT_CALL_ACTION } from '../../../src/features/calls/ids.js';
import type { TestApp } from '../../support/test-app.js';
import { buttonsOf, callsOf, OTHER_REP, REP, textOfBlocks, useCallsApp } from './call-test-kit.js';

let t: TestApp;
useCallsApp((app) => {
  t = app;
});

const accountCalls = async (name: string) =>
  t.db.call.findMany({ where: { account: { name } }, include: { account: true, rep: true }, orderBy: { createdAt: 'asc' } });

/** How many calls the given path logged, and how often a cached actor had to be re-read, from the app's metrics. */
const counted = async (metric: 'callsLogged' | 'actorCache', label: string) => {
  const { values } = await t.outfield.deps.metrics[metric].get();
  return values.find((v) => Object.values(v.labels).includes(label))?.value ?? 0;
};

describe('/call on an existing account', () => {
  beforeEach(async () => {
    // The first call creates the account (ordinary path) and caches the rep's actor.
    await t.driver.command(OTHER_REP, '/call', 'Acme Corp: intro');
    await t.driver.command(REP, '/call', 'Acme Corp: warm-up');
    t.fake.reset();
  });

  it('stores every field as the ordinary path would, and answers with the stored call', async () => {
    t.clock.set('2026-11-23T16:30:00Z');
    const before = { fast: await counted('callsLogged', 'one_statement'), hits: await counted('actorCache', 'hit') };
    const res = await t.driver.command(REP, '/call', 'acme corp: signed #phone $1,250.50 stage:negotiation outcome:won');
    expect(await counted('callsLogged', 'one_statement')).toBe(before.fast + 1);
    expect(await counted('actorCache', 'hit')).toBe(before.hits + 1);
    expect(res.json).toMatchObject({ response_type: 'ephemeral', text: 'Logged your call with *Acme Corp*.' });
    const call = (await callsOf(t, REP)).at(-1);
    expect(call).toMatchObject({
      notes: 'signed', type: 'phone', stage: 'negotiation', outcome: 'won', localDay: '2026-11-23', localWeek: '2026-W48',
      sourceKey: `trigger:${res.triggerId}`, workspaceId: t.fake.teamId, account: { name: 'Acme Corp' },
    });
    expect(call?.value?.toString()).toBe('1250.5');
    expect(call?.occurredAt.toISOString()).toBe('2026-11-23T16:30:00.000Z');
    expect(call?.createdAt.toISOString()).toBe('2026-11-23T16:30:00.000Z');
    expect(isRecordId(call?.id ?? '')).toBe(true);
    expect(call?.account.lastCallAt?.toISOString()).toBe('2026-11-23T16:30:00.000Z');
    expect(buttonsOf(res.json.blocks)).toEqual([expect.objectContaining({ action_id: EDIT_CALL_ACTION, value: call?.id })]);
    expect(textOfBlocks(res.json.blocks)).toContain('$1,250.50');
  });

  it('never moves the account’s lastCallAt back for a back-dated call', async () => {
    await t.driver.command(REP, '/call', 'Acme Corp: date:yesterday earlier visit');
    const [account] = await t.db.account.findMany();
    expect(account?.lastCallAt?.toISOString()).toBe('2026-11-23T15:00:00.000Z');
    expect((await callsOf(t, REP)).at(-1)).toMatchObject({ localDay: '2026-11-22', notes: 'earlier visit' });
  });

  it('never logs twice for a replayed trigger_id', async () => {
    const first = await t.driver.command(REP, '/call', 'Acme Corp: demo');
    const replay = await t.driver.command(REP, '/call', 'Acme Corp: demo', { trigger_id: first.triggerId ?? '' });
    expect(replay.json.text).toBe('This call was already logged; nothing was added. Here it is:');
    expect((await callsOf(t, REP)).filter((c) => c.notes === 'demo')).toHaveLength(1);
  });

  it('sees a time zone changed by another instance after the actor was cached: the call counts toward the new local day', async () => {
    t.clock.set('2026-11-23T18:00:00Z');
    await t.db.member.updateMany({ where: { slackUserId: REP }, data: { tz: 'Asia/Jakarta' } });
    const stale = await counted('actorCache', 'reread');
    await t.driver.command(REP, '/call', 'Acme Corp: from Jakarta');
    expect(await counted('actorCache', 'reread')).toBe(stale + 1);
    expect((await callsOf(t, REP)).at(-1)).toMatchObject({ notes: 'from Jakarta', localDay: '2026-11-24' });
  });

  it('sees a workspace setting changed by another instance: the confirmation uses the new currency', async () => {
    await t.db.workspace.update({ where: { id: t.fake.teamId }, data: { currency: 'EUR' } });
    const res = await t.driver.command(REP, '/call', 'Acme Corp: priced $100');
    expect(textOfBlocks(res.json.blocks)).toContain('€100');
  });

  it('sees a change made by raw SQL too: the version is bumped by the database, not by the ORM', async () => {
    t.clock.set('2026-11-23T18:00:00Z');
    await t.db.$executeRaw`UPDATE "Member" SET "tz" = 'Asia/Jakarta' WHERE "slackUserId" = ${REP}`;
    await t.driver.command(REP, '/call', 'Acme Corp: raw');
    expect((await callsOf(t, REP)).at(-1)).toMatchObject({ notes: 'raw', localDay: '2026-11-24' });
  });

  it('logs a rep of another workspace naming the same account to their own workspace’s account', async () => {
    const res = await t.driver.command(REP, '/call', 'Acme Corp: elsewhere', { team_id: 'T0OTHER' });
    expect(res.status).toBe(200);
    const ours = await accountCalls('Acme Corp');
    expect(ours.filter((c) => c.notes === 'elsewhere').map((c) => c.workspaceId)).toEqual(['T0OTHER']);
    expect(ours.find((c) => c.notes === 'elsewhere')?.account.workspaceId).toBe('T0OTHER');
    expect(await t.db.account.count({ where: { workspaceId: t.fake.teamId } })).toBe(1);
  });

  it('stores nothing for a quick call without an account name', async () => {
    const before = await t.db.call.count();
    const res = await t.driver.command(REP, '/call', ': no account');
    expect(res.status).toBe(200);
    expect(res.json.response_type).toBe('ephemeral');
    expect(await t.db.call.count()).toBe(before);
  });
});
