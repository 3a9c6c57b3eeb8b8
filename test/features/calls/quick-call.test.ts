import { beforeEach, describe, expect, it } from 'vitest';
import { CHOOSE_ACCOUNT_ACTION, EDIT_CALL_ACTION } from '../../../src/features/calls/ids.js';
import type { TestApp } from '../../support/test-app.js';
import { buttonsOf, callsOf, OTHER_REP, REP, REP_ID_LOCALE, useCallsApp, textOfBlocks } from './call-test-kit.js';

let t: TestApp;
useCallsApp((app) => {
  t = app;
});

describe('/call with quick syntax', () => {
  it('logs the call at once and answers ephemerally with what was stored and an Edit button', async () => {
    const res = await t.driver.command(REP, '/call', 'Acme Corp: met the buyer, demo booked #visit $12,500 stage:proposal');
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ response_type: 'ephemeral', text: 'Logged your call with *Acme Corp*.' });
    const [call, ...rest] = await callsOf(t, REP);
    expect(rest).toHaveLength(0);
    expect(call).toMatchObject({
      notes: 'met the buyer, demo booked', type: 'visit', stage: 'proposal', localDay: '2026-11-23', localWeek: '2026-W48',
      sourceKey: `trigger:${res.triggerId}`, account: { name: 'Acme Corp', normalizedName: 'acme corp' },
    });
    expect(call?.value?.toString()).toBe('12500');
    expect(call?.account.lastCallAt?.toISOString()).toBe(call?.occurredAt.toISOString());
    expect(textOfBlocks(res.json.blocks)).toContain('$12,500');
    expect(buttonsOf(res.json.blocks)).toEqual([expect.objectContaining({ action_id: EDIT_CALL_ACTION, value: call?.id })]);
  });

  it('logs a call without notes when there is no colon', async () => {
    await t.driver.command(REP, '/call', 'Acme Corp');
    const [call] = await callsOf(t, REP);
    expect(call).toMatchObject({ notes: null, account: { name: 'Acme Corp' } });
  });

  it('counts the call toward the rep’s local day: 01:00 in Jakarta is already Tuesday', async () => {
    t.clock.set('2026-11-23T18:00:00Z');
    await t.driver.command(REP_ID_LOCALE, '/call', 'Maju Jaya: ketemu pembeli');
    const [call] = await callsOf(t, REP_ID_LOCALE);
    expect(call).toMatchObject({ localDay: '2026-11-24', localWeek: '2026-W48' });
  });

  it('back-dates with date:yesterday to local noon', async () => {
    await t.driver.command(REP, '/call', 'Acme Corp: date:yesterday follow-up');
    const [call] = await callsOf(t, REP);
    expect(call).toMatchObject({ localDay: '2026-11-22', notes: 'follow-up' });
    expect(call?.occurredAt.toISOString()).toBe('2026-11-22T17:00:00.000Z');
  });

  it('matches an existing account whatever the case, spacing and punctuation', async () => {
    await t.driver.command(REP, '/call', 'Acme Corp.: first');
    await t.driver.command(OTHER_REP, '/call', 'ACME   corp: second');
    expect(await t.db.account.count()).toBe(1);
    expect((await callsOf(t, OTHER_REP))[0]?.account.name).toBe('Acme Corp.');
  });

  it('never logs twice for a replayed request with the same trigger_id', async () => {
    const first = await t.driver.command(REP, '/call', 'Acme Corp: demo');
    const replay = await t.driver.command(REP, '/call', 'Acme Corp: demo', { trigger_id: first.triggerId ?? '' });
    expect(replay.status).toBe(200);
    expect(replay.json.text).toBe('This call was already logged; nothing was added. Here it is:');
    expect(await callsOf(t, REP)).toHaveLength(1);
  });

  it('answers in Bahasa Indonesia to an id-ID rep', async () => {
    const res = await t.driver.command(REP_ID_LOCALE, '/call', 'Maju Jaya: demo #video');
    expect(res.json.text).toBe('Aktivitas Anda dengan *Maju Jaya* sudah dicatat.');
    expect(textOfBlocks(res.json.blocks)).toContain('Video');
    expect(buttonsOf(res.json.blocks)[0]?.text).toBe('Ubah');
  });
});

describe('a likely duplicate account', () => {
  beforeEach(async () => {
    await t.driver.command(OTHER_REP, '/call', 'Acme Corporation: intro');
    t.fake.reset();
  });

  it('is offered before a new account is created, and nothing is stored until the rep chooses', async () => {
    const res = await t.driver.command(REP, '/call', 'Acme: demo booked $5k');
    expect(res.json.text).toContain('No account is named *Acme* yet');
    const buttons = buttonsOf(res.json.blocks);
    expect(buttons.map((b) => b.text)).toEqual(['Use Acme Corporation', 'Create new account “Acme”']);
    expect(buttons.every((b) => b.action_id.startsWith(`${CHOOSE_ACCOUNT_ACTION}:`) && (b.value?.length ?? 0) <= 2000)).toBe(true);
    expect(await callsOf(t, REP)).toHaveLength(0);
    expect(await t.db.account.count()).toBe(1);
  });

  it('logs the call under the chosen account once, even when both buttons are pressed', async () => {
    const res = await t.driver.command(REP, '/call', 'Acme: demo booked $5k');
    const [use, create] = buttonsOf(res.json.blocks);
    await t.driver.blockAction(REP, { actionId: use!.action_id, value: use!.value });
    const confirmation = await t.fake.waitForResponse();
    expect(confirmation.body).toMatchObject({ replace_original: true, text: 'Logged your call with *Acme Corporation*.' });
    await t.driver.blockAction(REP, { actionId: create!.action_id, value: create!.value });
    const calls = await callsOf(t, REP);
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ notes: 'demo booked', account: { name: 'Acme Corporation' } });
    expect(calls[0]?.value?.toString()).toBe('5000');
    expect(await t.db.account.count()).toBe(1);
  });

  it('creates the new account when the rep says so', async () => {
    const res = await t.driver.command(REP, '/call', 'Acme: demo');
    const create = buttonsOf(res.json.blocks).at(-1)!;
    await t.driver.blockAction(REP, { actionId: create.action_id, value: create.value });
    await t.fake.waitForResponse();
    expect((await callsOf(t, REP))[0]?.account.name).toBe('Acme');
    expect(await t.db.account.count()).toBe(2);
  });

  it('asks for the form when the pending call is too long for a button', async () => {
    const res = await t.driver.command(REP, '/call', `Acme: ${'long notes '.repeat(250)}`);
    expect(res.json.text).toContain('too long to confirm with a button');
    expect(await callsOf(t, REP)).toHaveLength(0);
  });

  it('refuses a forged button value with a clear message and stores nothing', async () => {
    await t.driver.blockAction(REP, { actionId: `${CHOOSE_ACCOUNT_ACTION}:0`, value: '{"k":"x","n":"Acme","f":{"occurredAt":"soon"}}' });
    const reply = await t.fake.waitForResponse();
    expect(reply.body.text).toBe('That button no longer works. Please log the call again.');
    expect(await callsOf(t, REP)).toHaveLength(0);
  });
});

describe('/call help', () => {
  it('documents the exact grammar, in both languages', async () => {
    const en = await t.driver.command(REP, '/call', 'help');
    expect(en.json.response_type).toBe('ephemeral');
    for (const token of ['$12,500', 'value:12500', '#visit', 'stage:proposal', 'outcome:', 'date:yesterday', '/call list', '/call undo']) {
      expect(en.json.text).toContain(token);
    }
    const id = await t.driver.command(REP_ID_LOCALE, '/call', 'HELP');
    expect(id.json.text).toContain('Catat aktivitas penjualan');
  });
});
