import { describe, expect, it } from 'vitest';
import { ACCOUNT_SELECT_ACTION, CALL_BLOCKS, CALL_MODAL, EDIT_CALL_ACTION, LOG_CALL_ACTION } from '../../../src/features/calls/ids.js';
import { stateValue } from '../../../src/slack-standin/slack-driver.js';
import type { TestApp } from '../../support/test-app.js';
import { buttonsOf, callsOf, modalValues, openedView, REP, REP_ID_LOCALE, useCallsApp, submitModal, textOfBlocks } from './call-test-kit.js';

let t: TestApp;
useCallsApp((app) => {
  t = app;
});

const labelsOf = (view: Record<string, any>): string[] =>
  view.blocks.filter((b: any) => b.type === 'input').map((b: any) => b.label.text);

describe('the Log a call modal', () => {
  it('opens from `/call` with no text, with every field labelled', async () => {
    const res = await t.driver.command(REP, '/call', '');
    expect(res.status).toBe(200);
    const view = await openedView(t);
    expect(view.callback_id).toBe(CALL_MODAL);
    expect(view.title.text).toBe('Log a call');
    expect(labelsOf(view)).toEqual(['Account', 'Contact', 'Type', 'When', 'Time', 'Outcome', 'Deal value (USD)', 'Stage', 'Next step', 'Next step date', 'Notes']);
    const day = view.blocks.find((b: any) => b.block_id === CALL_BLOCKS.day);
    expect(day.element.initial_date).toBe('2026-11-23');
    const notes = view.blocks.find((b: any) => b.block_id === CALL_BLOCKS.notes);
    expect(notes.element).toMatchObject({ multiline: true, max_length: 3000 });
  });

  it('opens in Bahasa Indonesia for an id-ID rep', async () => {
    await t.driver.command(REP_ID_LOCALE, '/call', '');
    const view = await openedView(t);
    expect(view.title.text).toBe('Catat kunjungan');
    expect(labelsOf(view)).toContain('Akun');
  });

  it('opens from a Log a call button anywhere in the app', async () => {
    const res = await t.driver.blockAction(REP, { actionId: LOG_CALL_ACTION });
    expect(res.status).toBe(200);
    const open = await t.fake.waitFor('views.open');
    expect(open.args.trigger_id).toBe(res.triggerId);
    expect((open.args.view as { callback_id: string }).callback_id).toBe(CALL_MODAL);
  });

  it('offers matching accounts first, near misses next, then the typed name as a new account', async () => {
    await t.driver.command(REP, '/call', 'Acme Corp: one');
    await t.driver.command(REP, '/call', 'Globex: two');
    const typed = await t.driver.blockSuggestion(REP, { actionId: ACCOUNT_SELECT_ACTION, blockId: CALL_BLOCKS.account, value: 'acme crop' });
    const texts = typed.json.options.map((o: any) => o.text.text);
    expect(texts).toEqual(['Acme Corp', 'New account: acme crop']);
    expect(typed.json.options.every((o: any) => o.value.length <= 150 && o.text.text.length <= 75)).toBe(true);
    const exact = await t.driver.blockSuggestion(REP, { actionId: ACCOUNT_SELECT_ACTION, blockId: CALL_BLOCKS.account, value: 'ACME corp.' });
    expect(exact.json.options.map((o: any) => o.text.text)).toEqual(['Acme Corp']);
    const mention = await t.driver.blockSuggestion(REP, { actionId: ACCOUNT_SELECT_ACTION, blockId: CALL_BLOCKS.account, value: '<@U0REP2>' });
    expect(mention.json.options).toEqual([]);
  });
});

describe('submitting the modal', () => {
  it('stores the call, closes the modal and sends the rep a confirmation with an Edit button', async () => {
    await t.driver.command(REP, '/call', '');
    const view = await openedView(t);
    const values = modalValues({
      contact: stateValue.text('Dana Buyer'),
      type: stateValue.select('phone'),
      time: stateValue.time('09:30'),
      outcome: stateValue.select('meeting_booked'),
      value: stateValue.number('12500.5'),
      stage: stateValue.select('negotiation'),
      nextStep: stateValue.text('Send the quote'),
      nextStepDate: stateValue.date('2026-11-25'),
      notes: stateValue.text('Liked the demo.\nWants a discount.'),
    });
    const res = await submitModal(t, REP, values, view);
    expect(res.status).toBe(200);
    expect(res.text).toBe('');
    const [call] = await callsOf(t, REP);
    expect(call).toMatchObject({
      contact: 'Dana Buyer', type: 'phone', outcome: 'meeting_booked', stage: 'negotiation', nextStep: 'Send the quote',
      nextStepDate: '2026-11-25', notes: 'Liked the demo.\nWants a discount.', localDay: '2026-11-23', sourceKey: `view:${view.id}`,
      account: { name: 'Acme Corp' },
    });
    expect(call?.occurredAt.toISOString()).toBe('2026-11-23T14:30:00.000Z');
    expect(call?.value?.toString()).toBe('12500.5');
    const dm = await t.fake.waitFor('chat.postMessage');
    expect(dm.args).toMatchObject({ channel: REP, text: 'Logged your call with *Acme Corp*.' });
    expect(textOfBlocks(dm.args.blocks as any[])).toContain('$12,500.50');
    expect(buttonsOf(dm.args.blocks as any[])).toEqual([expect.objectContaining({ action_id: EDIT_CALL_ACTION, value: call?.id })]);
  });

  it('logs to an existing account picked from the list', async () => {
    await t.driver.command(REP, '/call', 'Globex: intro');
    const globex = await t.db.account.findFirstOrThrow();
    await submitModal(t, REP, modalValues({ account: stateValue.externalSelect({ value: `id:${globex.id}`, text: 'Globex' }) }));
    await t.fake.waitFor('chat.postMessage');
    expect((await callsOf(t, REP)).map((c) => c.accountId)).toEqual([globex.id, globex.id]);
  });

  it('stores one call and sends one confirmation when the same view is submitted twice', async () => {
    const view = { id: 'V0DOUBLE01' };
    await submitModal(t, REP, modalValues(), view);
    await t.fake.waitFor('chat.postMessage');
    const again = await submitModal(t, REP, modalValues(), view);
    expect(again.status).toBe(200);
    expect(await callsOf(t, REP)).toHaveLength(1);
    expect(t.fake.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('stores one call when the same view arrives several times at once', async () => {
    const view = { id: 'V0RACE0001' };
    const answers = await Promise.all([1, 2, 3].map(() => submitModal(t, REP, modalValues(), view)));
    expect(answers.map((res) => res.status)).toEqual([200, 200, 200]);
    await t.fake.waitFor('chat.postMessage');
    expect(await callsOf(t, REP)).toHaveLength(1);
    expect(await t.db.account.count()).toBe(1);
  });
});

describe('modal validation', () => {
  const B = CALL_BLOCKS;
  it.each([
    ['no account', { account: null }, B.account, 'Pick an account'],
    ['a mention as a new account', { account: stateValue.externalSelect('new:<@U0REP2>') }, B.account, 'not a person or a channel'],
    ['an unknown account id', { account: stateValue.externalSelect('id:nope') }, B.account, 'no longer exists'],
    ['a day in the future', { day: stateValue.date('2026-11-24') }, B.day, 'cannot be in the future'],
    ['a time later today', { time: stateValue.time('11:00') }, B.time, 'cannot be in the future'],
    ['a day 8 days back', { day: stateValue.date('2026-11-15') }, B.day, 'up to 7 days'],
    ['no day', { day: stateValue.date(null) }, B.day, 'Pick the day'],
    ['a malformed day', { day: stateValue.date('2026-13-01') }, B.day, 'is not a date'],
    ['a malformed time', { time: stateValue.time('25:99') }, B.time, 'like 14:30'],
    ['a negative value', { value: stateValue.number('-5') }, B.value, '0 or more'],
    ['a non-numeric value', { value: stateValue.number('12abc') }, B.value, '0 or more'],
    ['an unknown type', { type: stateValue.select('fax') }, B.type, 'pick one of the options'],
    ['an unknown stage', { stage: stateValue.select('maybe') }, B.stage, 'pick one of the options'],
    ['an unknown outcome', { outcome: stateValue.select('great') }, B.outcome, 'pick one of the options'],
    ['a mention as the contact', { contact: stateValue.text('<@U0REP2>') }, B.contact, 'mention is not a contact'],
    ['a next step before the call', { nextStepDate: stateValue.date('2026-11-20') }, B.nextStepDate, 'cannot be before the call'],
    ['notes over 3,000 characters', { notes: stateValue.text('x'.repeat(3001)) }, B.notes, 'At most 3000 characters'],
    ['control characters in the notes', { notes: stateValue.text('hi\u0000there') }, B.notes, 'control characters'],
  ])('answers %s inline on the field and stores nothing', async (_name, fields, blockId, message) => {
    const res = await submitModal(t, REP, modalValues(fields as never));
    expect(res.status).toBe(200);
    expect(res.json.response_action).toBe('errors');
    expect(Object.keys(res.json.errors)).toEqual([blockId]);
    expect(res.json.errors[blockId]).toContain(message);
    expect(await t.db.call.count()).toBe(0);
    expect(await t.db.account.count()).toBe(0);
  });

  it('shows every problem at once, in the rep’s language', async () => {
    const res = await submitModal(t, REP_ID_LOCALE, modalValues({ account: null, value: stateValue.number('abc') }));
    expect(res.json.errors).toEqual({
      [CALL_BLOCKS.account]: 'Pilih akun, atau ketik nama lalu pilih “Akun baru: …”.',
      [CALL_BLOCKS.value]: 'Masukkan jumlah 0 atau lebih, seperti 12500 atau 12500.50.',
    });
  });

  it('answers a forged, malformed state with field errors, never a 5xx', async () => {
    const res = await t.driver.viewSubmission(REP, { callback_id: CALL_MODAL, private_metadata: 'not json', values: { junk: { x: { type: 'weird', value: 42 } } } as never });
    expect(res.status).toBe(200);
    expect(res.json.response_action).toBe('errors');
    expect(await t.db.call.count()).toBe(0);
  });
});
