import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { stateValue, type StateValue } from '../../src/slack-standin/slack-driver.js';
import { ADMIN_ID } from '../support/test-app.js';
import { expectNoGenericError, expectStillServing, rowCounts, useWarmApp } from './hostile-checks.js';
import { MODAL_FIELDS, registeredInteractions, type ModalFieldElement } from './hostile-targets.js';
import { HOSTILE_VALUES } from './hostile-values.js';

const FORM = 'application/x-www-form-urlencoded';
const who = (userId: string) => ({ team: { id: 'T0TEST', domain: 'fake' }, user: { id: userId, username: 'u', name: 'u', team_id: 'T0TEST' }, api_app_id: 'A0TEST', token: 'x' });
const form = (payload: string) => new URLSearchParams({ payload }).toString();
const json = (value: unknown) => form(JSON.stringify(value));
const button = (actionId: string, value = 'x') => ({ type: 'button', action_id: actionId, block_id: 'b', value, action_ts: '1.0' });
const view = (callbackId: string, values: unknown) => ({ id: 'VHOSTILE', type: 'modal', callback_id: callbackId, private_metadata: '', hash: '1.a', state: { values } });

/** Malformed interaction and event bodies, each correctly signed: only the content is hostile. */
const MALFORMED: readonly { name: string; body: string; contentType: string }[] = [
  { name: 'payload is not JSON', body: form('{{{not json'), contentType: FORM },
  { name: 'payload is JSON null', body: form('null'), contentType: FORM },
  { name: 'payload named in percent-encoding, JSON null', body: 'payloa%64=null', contentType: FORM },
  { name: 'payload is a JSON array', body: form('[1,2,3]'), contentType: FORM },
  { name: 'payload is a JSON string', body: form('"block_actions"'), contentType: FORM },
  { name: 'payload without a type', body: json({}), contentType: FORM },
  { name: 'block_actions without user, team or actions', body: json({ type: 'block_actions' }), contentType: FORM },
  { name: 'block_actions whose actions is not a list', body: json({ type: 'block_actions', ...who(ADMIN_ID), actions: 'all' }), contentType: FORM },
  { name: 'block_actions with an unknown action_id', body: json({ type: 'block_actions', ...who(ADMIN_ID), actions: [button('made_up_action')] }), contentType: FORM },
  { name: 'block_actions from a forged user id', body: json({ type: 'block_actions', ...who('<script>'), actions: [button('made_up_action')] }), contentType: FORM },
  { name: 'block_actions from an org-wide install (team null)', body: json({ type: 'block_actions', ...who(ADMIN_ID), team: null, actions: [button('made_up_action')] }), contentType: FORM },
  { name: 'view_submission without a view', body: json({ type: 'view_submission', ...who(ADMIN_ID) }), contentType: FORM },
  { name: 'view_submission with an unknown callback_id', body: json({ type: 'view_submission', ...who(ADMIN_ID), view: view('made_up_modal', {}) }), contentType: FORM },
  { name: 'view_submission whose state is not an object', body: json({ type: 'view_submission', ...who(ADMIN_ID), view: { ...view('made_up_modal', {}), state: 'x' } }), contentType: FORM },
  { name: 'view_closed of an unknown modal', body: json({ type: 'view_closed', ...who(ADMIN_ID), view: view('made_up_modal', {}), is_cleared: true }), contentType: FORM },
  { name: 'global shortcut with an unknown callback_id', body: json({ type: 'shortcut', ...who(ADMIN_ID), callback_id: 'made_up', trigger_id: '1.2.a' }), contentType: FORM },
  { name: 'options request for an unknown action', body: json({ type: 'block_suggestion', ...who(ADMIN_ID), action_id: 'made_up', block_id: 'b', value: 'a' }), contentType: FORM },
  { name: 'a 1 MB payload', body: json({ type: 'block_actions', ...who(ADMIN_ID), actions: [button('made_up_action', 'x'.repeat(1_000_000))] }), contentType: FORM },
  { name: 'form body without a payload field', body: 'foo=bar', contentType: FORM },
  { name: 'payload field given twice', body: 'payload=%7B%7D&payload=%7B%7D', contentType: FORM },
  { name: 'broken percent-encoding', body: 'payload=%E0%A4%A', contentType: FORM },
  { name: 'event body that is not JSON', body: '{"type":', contentType: 'application/json' },
  { name: 'event_callback without an event', body: JSON.stringify({ type: 'event_callback', team_id: 'T0TEST', event_id: 'Ev1' }), contentType: 'application/json' },
  { name: 'event_callback of an unknown event type', body: JSON.stringify({ type: 'event_callback', team_id: 'T0TEST', event_id: 'Ev2', event: { type: 'made_up' } }), contentType: 'application/json' },
  { name: 'app_home_opened from a forged user id', body: JSON.stringify({ type: 'event_callback', team_id: 'T0TEST', event_id: 'Ev3', event: { type: 'app_home_opened', user: '<script>', tab: 'home' } }), contentType: 'application/json' },
  { name: 'an unknown envelope type', body: JSON.stringify({ type: 'made_up', team_id: 'T0TEST' }), contentType: 'application/json' },
];

const valueFor = (element: ModalFieldElement, raw: string): StateValue =>
  ({
    plain_text_input: () => stateValue.text(raw),
    number_input: () => stateValue.number(raw),
    static_select: () => stateValue.select(raw.slice(0, 150) || 'x'),
    external_select: () => stateValue.externalSelect(raw.slice(0, 150) || 'x'),
    datepicker: () => stateValue.date(raw),
    timepicker: () => stateValue.time(raw),
    conversations_select: () => stateValue.conversation(raw),
    users_select: () => stateValue.user(raw),
    checkboxes: () => stateValue.checkboxes([raw.slice(0, 150) || 'x']),
  })[element]();

const { actionIds, callbackIds } = registeredInteractions();
const buttonCases = actionIds.flatMap((actionId) => HOSTILE_VALUES.map(([family, value]) => ({ actionId, family, value })));
const fieldCases = MODAL_FIELDS.flatMap((field) => HOSTILE_VALUES.map(([family, value]) => ({ ...field, family, value })));

const app = useWarmApp();

describe('malformed interaction and event payloads', () => {
  it.each(MALFORMED)('$name: no 5xx, nothing stored', async ({ body, contentType }) => {
    const before = await rowCounts(app().db);
    const res = await app().driver.raw(body, { 'content-type': contentType, ...signedHeaders(body) });
    expect(res.status).toBeLessThan(500);
    expectNoGenericError(app().fake, res);
    expect(await rowCounts(app().db)).toEqual(before);
  });
});

/** POSTs to `path` exactly as written: fetch would remove `.` segments and backslashes before sending. */
function postToPath(path: string, body: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: app().port, method: 'POST', path, headers }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('the events path spelled another way, which Bolt reads as /slack/events', () => {
  it.each(['/slack/./events', '/slack/x/../events', '/slack\\events'])('%s with payload=null: no 5xx, still serving', async (path) => {
    const body = form('null');
    const status = await postToPath(path, body, { 'content-type': FORM, ...signedHeaders(body) });
    expect(status).toBeLessThan(500);
    await expectStillServing(app());
  });
});

describe('hostile values in every registered button and modal field', () => {
  it('has a MODAL_FIELDS row for every modal the features register', () => {
    expect(callbackIds.filter((id) => !MODAL_FIELDS.some((field) => field.callbackId === id))).toEqual([]);
  });

  it.each(buttonCases)('button $actionId with value $family: no 5xx, no generic error', async ({ actionId, value }) => {
    const res = await app().driver.blockAction(ADMIN_ID, { actionId, value });
    expect(res.status).toBeLessThan(500);
    expectNoGenericError(app().fake, res);
  });

  it.each(fieldCases)('$callbackId $blockId.$actionId with $family: a field error or accepted, never a 5xx', async (field) => {
    const before = await rowCounts(app().db);
    const values = { [field.blockId]: { [field.actionId]: valueFor(field.element, field.value) } };
    const res = await app().driver.viewSubmission(ADMIN_ID, { callback_id: field.callbackId, values });
    expect(res.status).toBe(200);
    expectNoGenericError(app().fake, res);
    if (res.json?.response_action === 'errors') {
      expect(Object.values(res.json.errors as Record<string, string>).every((message) => message.trim() !== '')).toBe(true);
      expect(await rowCounts(app().db)).toEqual(before);
    }
  });

  it('still serves a valid command afterwards', async () => {
    await expectStillServing(app());
  });
});

function signedHeaders(body: string): Record<string, string> {
  const timestamp = Math.floor(Date.now() / 1000);
  return { 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': app().driver.signature(body, timestamp) };
}
