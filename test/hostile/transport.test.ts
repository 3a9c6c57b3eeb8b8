import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_ID, startTestApp, type TestApp } from '../support/test-app.js';
import { expectStillServing, rowCounts } from './hostile-checks.js';

const FORM = 'application/x-www-form-urlencoded';
const FORGER = 'U0FORGER';
const commandBody = (userId = FORGER) =>
  new URLSearchParams({ team_id: 'T0TEST', user_id: userId, command: '/outfield', text: 'help', trigger_id: '1.2.a', response_url: 'http://127.0.0.1:1/r' }).toString();
const now = () => Math.floor(Date.now() / 1000);

type Attack = {
  name: string;
  method?: string;
  path?: string;
  body?: string;
  /** Builds the headers; `sign(body, ts)` gives a correct signature. */
  headers: (sign: (body: string, ts: number) => string, body: string) => Record<string, string>;
  /** The status Bolt must answer, when one is certain; otherwise anything below 500. */
  status?: number;
};

const signedAt = (ts: number, contentType = FORM) => (sign: (b: string, t: number) => string, body: string) =>
  ({ 'content-type': contentType, 'x-slack-request-timestamp': String(ts), 'x-slack-signature': sign(body, ts) });

/** Transport-level attacks on POST /slack/events: content types, signatures, timestamps, methods. */
const ATTACKS: readonly Attack[] = [
  { name: 'a command sent as application/json', headers: signedAt(now(), 'application/json'), status: 400 },
  { name: 'a command sent as text/plain', headers: signedAt(now(), 'text/plain'), status: 400 },
  { name: 'a command with "; charset=utf-8" on its content type', headers: signedAt(now(), `${FORM}; charset=utf-8`), status: 400 },
  { name: 'a command without a content type', headers: (sign, body) => ({ 'x-slack-request-timestamp': String(now()), 'x-slack-signature': sign(body, now()) }), status: 400 },
  { name: 'no signature header', headers: () => ({ 'content-type': FORM, 'x-slack-request-timestamp': String(now()) }), status: 401 },
  { name: 'no timestamp header', headers: (sign, body) => ({ 'content-type': FORM, 'x-slack-signature': sign(body, now()) }), status: 401 },
  { name: 'a forged signature', headers: () => ({ 'content-type': FORM, 'x-slack-request-timestamp': String(now()), 'x-slack-signature': `v0=${'ab'.repeat(32)}` }), status: 401 },
  { name: 'the signature of another body', headers: (sign) => ({ 'content-type': FORM, 'x-slack-request-timestamp': String(now()), 'x-slack-signature': sign('text=other', now()) }), status: 401 },
  { name: 'a signature of another version (v1=)', headers: (sign, body) => ({ 'content-type': FORM, 'x-slack-request-timestamp': String(now()), 'x-slack-signature': sign(body, now()).replace('v0=', 'v1=') }), status: 401 },
  { name: 'a signature that is not hex', headers: () => ({ 'content-type': FORM, 'x-slack-request-timestamp': String(now()), 'x-slack-signature': 'v0=<script>' }), status: 401 },
  { name: 'a correctly signed request six minutes old', headers: signedAt(now() - 360), status: 401 },
  { name: 'a correctly signed request a day old', headers: signedAt(now() - 86_400), status: 401 },
  { name: 'a forged signature with a future timestamp', headers: () => ({ 'content-type': FORM, 'x-slack-request-timestamp': String(now() + 3600), 'x-slack-signature': `v0=${'cd'.repeat(32)}` }), status: 401 },
  { name: 'a timestamp that is not a number', headers: (sign, body) => ({ 'content-type': FORM, 'x-slack-request-timestamp': 'soon', 'x-slack-signature': sign(body, now()) }), status: 401 },
  { name: 'a signed empty body', body: '', headers: signedAt(now()) },
  { name: 'an unsigned empty body', body: '', headers: () => ({ 'content-type': FORM }), status: 401 },
  { name: 'a signed 6 MB body (over Bolt’s 4 MB limit)', body: `text=${'x'.repeat(6_000_000)}`, headers: signedAt(now()), status: 413 },
  { name: 'GET instead of POST', method: 'GET', headers: () => ({}), status: 404 },
  { name: 'DELETE instead of POST', method: 'DELETE', headers: () => ({}), status: 404 },
  { name: 'POST to another path', path: '/slack/other', headers: signedAt(now()), status: 404 },
];

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  t.fake.addUser({ id: ADMIN_ID });
  t.fake.addUser({ id: FORGER });
});
afterAll(() => t.close());

async function send(attack: Attack): Promise<number> {
  const body = attack.body ?? commandBody();
  const url = new URL(attack.path ?? '/slack/events', `http://127.0.0.1:${t.port}`);
  const method = attack.method ?? 'POST';
  const headers = attack.headers((b, ts) => t.driver.signature(b, ts), body);
  const res = await fetch(url, { method, headers, ...(method === 'GET' || method === 'DELETE' ? {} : { body }) });
  await res.arrayBuffer();
  return res.status;
}

describe('transport attacks on the Request URL', () => {
  it.each(ATTACKS)('$name: refused without a 5xx, nothing stored', async (attack) => {
    const before = await rowCounts(t.db);
    const status = await send(attack);
    if (attack.status === undefined) expect(status).toBeLessThan(500);
    else expect(status).toBe(attack.status);
    expect(await rowCounts(t.db)).toEqual(before);
  });

  it('accepts a correctly signed request with a future timestamp, as Bolt 5 does (only stale ones are refused)', async () => {
    await t.driver.command(ADMIN_ID, '/outfield', 'help');
    const body = commandBody(ADMIN_ID);
    const status = await send({ name: 'future', body, headers: signedAt(now() + 3600) });
    expect(status).toBe(200);
  });

  it('still serves a valid command afterwards', async () => {
    await expectStillServing(t);
  });
});
