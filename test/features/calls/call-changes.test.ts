import { describe, expect, it } from 'vitest';
import { CALL_BLOCKS, DELETE_CALL_ACTION, EDIT_CALL_ACTION } from '../../../src/features/calls/ids.js';
import { stateValue } from '../../../src/slack-standin/slack-driver.js';
import type { TestApp } from '../../support/test-app.js';
import { ADMIN_ID, buttonsOf, callsOf, MANAGER, modalValues, openedView, OTHER_REP, REP, REP_ID_LOCALE, useCallsApp, submitModal } from './call-test-kit.js';

let t: TestApp;
useCallsApp((app) => {
  t = app;
});

async function logCall(userId: string, text: string) {
  await t.driver.command(userId, '/call', text);
  const calls = await callsOf(t, userId);
  return calls.at(-1)!;
}

const auditOf = (callId: string) => t.db.auditEntry.findMany({ where: { entity: 'call', entityId: callId } });

describe('/call list', () => {
  it('shows my last 10 calls, newest first, each with Edit and a confirmed Delete', async () => {
    for (let i = 1; i <= 12; i += 1) {
      t.clock.advance(60_000);
      await t.driver.command(REP, '/call', `Account ${i}: call ${i}`);
    }
    await logCall(OTHER_REP, 'Secret Account: not yours');
    const res = await t.driver.command(REP, '/call', 'list');
    expect(res.json.response_type).toBe('ephemeral');
    const sections = res.json.blocks.filter((b: any) => b.type === 'section').map((b: any) => b.text.text);
    expect(sections).toHaveLength(10);
    expect(sections[0]).toContain('*Account 12*');
    expect(sections.join('\n')).not.toContain('Secret Account');
    const buttons = buttonsOf(res.json.blocks);
    expect(buttons.filter((b) => b.action_id === EDIT_CALL_ACTION)).toHaveLength(10);
    const deletes = buttons.filter((b) => b.action_id === DELETE_CALL_ACTION);
    expect(deletes).toHaveLength(10);
    expect(deletes[0]?.confirm).toMatchObject({ title: { text: 'Delete this call?' } });
  });

  it('says so when I have no calls, in my language', async () => {
    const res = await t.driver.command(REP_ID_LOCALE, '/call', 'list');
    expect(res.json.text).toContain('Anda belum mencatat kunjungan');
  });
});

describe('/call undo', () => {
  it('deletes my newest call logged in the last 10 minutes, with an audit entry', async () => {
    const older = await logCall(REP, 'Acme: first');
    t.clock.advance(60_000);
    const newer = await logCall(REP, 'Globex: second');
    t.clock.advance(9 * 60_000);
    const res = await t.driver.command(REP, '/call', 'undo');
    expect(res.json.text).toBe('Undone: your call with *Globex* of Monday, November 23 is deleted.');
    expect((await callsOf(t, REP)).map((c) => c.id)).toEqual([older.id]);
    const [audit] = await auditOf(newer.id);
    expect(audit).toMatchObject({ action: 'undone', actorSlackId: REP });
    expect(JSON.parse(audit?.before ?? '{}')).toMatchObject({ id: newer.id, notes: 'second' });
  });

  it('deletes only one call when the same undo request is replayed', async () => {
    await logCall(REP, 'Acme: first');
    t.clock.advance(1000);
    await logCall(REP, 'Globex: second');
    const first = await t.driver.command(REP, '/call', 'undo');
    const replay = await t.driver.command(REP, '/call', 'undo', { trigger_id: first.triggerId ?? '' });
    expect(replay.json.text).toBe('That undo was already done; nothing else was deleted.');
    expect((await callsOf(t, REP)).map((c) => c.account.name)).toEqual(['Acme']);
  });

  it('refuses when my last call is older than 10 minutes, and keeps it', async () => {
    await logCall(REP, 'Acme: first');
    t.clock.advance(11 * 60_000);
    const res = await t.driver.command(REP, '/call', 'undo');
    expect(res.json.text).toContain('nothing to undo');
    expect(await callsOf(t, REP)).toHaveLength(1);
  });

  it('never undoes someone else’s call', async () => {
    await logCall(OTHER_REP, 'Acme: theirs');
    const res = await t.driver.command(REP, '/call', 'undo');
    expect(res.json.text).toContain('nothing to undo');
    expect(await callsOf(t, OTHER_REP)).toHaveLength(1);
  });
});

describe('editing a call', () => {
  it('opens the modal prefilled and saves the change with a before/after audit entry', async () => {
    const call = await logCall(REP, 'Acme: demo #visit $1,000 stage:proposal');
    t.fake.reset();
    await t.driver.blockAction(REP, { actionId: EDIT_CALL_ACTION, value: call.id });
    const view = await openedView(t);
    expect(view.title.text).toBe('Edit call');
    expect(JSON.parse(view.private_metadata)).toEqual({ callId: call.id });
    const byId = Object.fromEntries(view.blocks.map((b: any) => [b.block_id, b.element]));
    expect(byId[CALL_BLOCKS.account].initial_option.text.text).toBe('Acme');
    expect(byId[CALL_BLOCKS.type].initial_option.value).toBe('visit');
    expect(byId[CALL_BLOCKS.value].initial_value).toBe('1000');
    expect(byId[CALL_BLOCKS.notes].initial_value).toBe('demo');
    const values = modalValues({
      account: stateValue.externalSelect(byId[CALL_BLOCKS.account].initial_option.value),
      type: stateValue.select('visit'),
      stage: stateValue.select('won'),
      outcome: stateValue.select('won'),
      value: stateValue.number('1500'),
      notes: stateValue.text('demo, signed'),
    });
    const res = await submitModal(t, REP, values, view);
    expect(res.text).toBe('');
    const [after] = await callsOf(t, REP);
    expect(after).toMatchObject({ id: call.id, stage: 'won', outcome: 'won', notes: 'demo, signed' });
    expect(after?.value?.toString()).toBe('1500');
    const [audit] = await auditOf(call.id);
    expect(audit).toMatchObject({ action: 'updated', actorSlackId: REP });
    expect(JSON.parse(audit?.before ?? '{}')).toMatchObject({ stage: 'proposal', value: '1000' });
    expect(JSON.parse(audit?.after ?? '{}')).toMatchObject({ stage: 'won', value: '1500' });
    await t.fake.waitFor('chat.postMessage', (c) => c.args.text === 'Updated your call with *Acme*.');
  });

  it.each([
    ['another rep', OTHER_REP],
    ['the rep’s manager', MANAGER],
  ])('is refused to %s, who is told who can, and changes nothing', async (_who, userId) => {
    const call = await logCall(REP, 'Acme: demo');
    t.fake.reset();
    await t.driver.blockAction(userId, { actionId: EDIT_CALL_ACTION, value: call.id });
    const reply = await t.fake.waitForResponse();
    expect(reply.body.text).toBe('Only the rep who logged this call or an Outfield admin can change or delete it.');
    expect(t.fake.callsTo('views.open')).toHaveLength(0);
    const forged = await submitModal(t, userId, modalValues({ notes: stateValue.text('rewritten') }), { private_metadata: JSON.stringify({ callId: call.id }) });
    expect(forged.status).toBe(200);
    expect((await callsOf(t, REP))[0]?.notes).toBe('demo');
    expect(await auditOf(call.id)).toHaveLength(0);
  });

  it('is allowed to an admin, and the audit names the admin', async () => {
    const call = await logCall(REP, 'Acme: demo');
    const res = await submitModal(t, ADMIN_ID, modalValues({ notes: stateValue.text('fixed by admin') }), { private_metadata: JSON.stringify({ callId: call.id }) });
    expect(res.text).toBe('');
    expect((await callsOf(t, REP))[0]).toMatchObject({ notes: 'fixed by admin' });
    expect((await auditOf(call.id))[0]).toMatchObject({ action: 'updated', actorSlackId: ADMIN_ID });
  });
});

describe('deleting a call', () => {
  it('deletes my call and keeps its snapshot in the audit trail', async () => {
    const call = await logCall(REP, 'Acme: demo $300');
    t.fake.reset();
    await t.driver.blockAction(REP, { actionId: DELETE_CALL_ACTION, value: call.id });
    const reply = await t.fake.waitForResponse();
    expect(reply.body).toMatchObject({ response_type: 'ephemeral', text: 'Deleted the call with *Acme* of Monday, November 23.' });
    expect(await callsOf(t, REP)).toHaveLength(0);
    const [audit] = await auditOf(call.id);
    expect(audit).toMatchObject({ action: 'deleted', actorSlackId: REP });
    expect(JSON.parse(audit?.before ?? '{}')).toMatchObject({ notes: 'demo', value: '300' });
  });

  it.each([
    ['another rep', OTHER_REP],
    ['the rep’s manager', MANAGER],
  ])('is refused to %s and keeps the call', async (_who, userId) => {
    const call = await logCall(REP, 'Acme: demo');
    t.fake.reset();
    await t.driver.blockAction(userId, { actionId: DELETE_CALL_ACTION, value: call.id });
    const reply = await t.fake.waitForResponse();
    expect(reply.body.text).toContain('Only the rep who logged this call or an Outfield admin');
    expect(await callsOf(t, REP)).toHaveLength(1);
    expect(await auditOf(call.id)).toHaveLength(0);
  });

  it('is allowed to an admin', async () => {
    const call = await logCall(REP, 'Acme: demo');
    await t.driver.blockAction(ADMIN_ID, { actionId: DELETE_CALL_ACTION, value: call.id });
    await t.fake.waitForResponse();
    expect(await callsOf(t, REP)).toHaveLength(0);
    expect((await auditOf(call.id))[0]).toMatchObject({ action: 'deleted', actorSlackId: ADMIN_ID });
  });

  it('explains that a call deleted already is gone', async () => {
    await t.driver.blockAction(REP, { actionId: DELETE_CALL_ACTION, value: 'no-such-call' });
    const reply = await t.fake.waitForResponse();
    expect(reply.body.text).toBe('That call no longer exists; it may have been deleted.');
  });
});
