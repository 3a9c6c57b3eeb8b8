import { describe, expect, it } from 'vitest';
import { DISCLOSE_BLOCKS as B } from '../../../src/features/disclosures/ids.js';
import { stateValue, type StateValue } from '../../../src/slack-standin/slack-driver.js';
import type { TestApp } from '../../support/test-app.js';
import { discloseValues, REP, REP_ID_LOCALE, settle, submitDisclosure, useDisclosuresApp } from './disclosure-kit.js';

let t: TestApp;
useDisclosuresApp((app) => (t = app));

describe('/disclose', () => {
  it('opens the Disclose an outside line form with every field', async () => {
    await t.driver.command(REP, '/disclose');
    const view = JSON.stringify((await t.fake.waitFor('views.open')).args.view);
    expect(view).toContain('Disclose an outside line');
    for (const id of Object.values(B)) expect(view).toContain(`"block_id":"${id}"`);
  });

  it.each([
    ['help', 'Conflict-of-interest disclosures'],
    ['list', 'You have no disclosures'],
    ['approve everything', 'Usage: `/disclose`'],
    ['LIST extra', 'Usage: `/disclose`'],
  ])('/disclose %s answers ephemerally', async (text, expected) => {
    const res = await t.driver.command(REP, '/disclose', text);
    expect(res.json).toMatchObject({ response_type: 'ephemeral', text: expect.stringContaining(expected) });
  });

  it('answers in Bahasa Indonesia for an Indonesian rep', async () => {
    const res = await t.driver.command(REP_ID_LOCALE, '/disclose', 'list');
    expect(res.json.text).toContain('Anda belum punya pengungkapan');
  });
});

describe('a form Slack delivers twice', () => {
  /** `/disclose` and the form Slack opened, ready to submit. */
  async function openForm() {
    await t.driver.command(REP, '/disclose');
    const opened = await t.fake.waitFor('views.open');
    return { ...t.fake.viewById((opened.result?.view as { id: string }).id)!, values: discloseValues() };
  }
  const filed = async () => ({
    disclosures: await t.db.disclosure.count(),
    submitted: await t.db.disclosureEvent.count({ where: { action: 'submitted' } }),
    outbox: await t.db.outboxMessage.count(),
  });

  it('files one disclosure, one review post and one confirmation when the same form comes again', async () => {
    const form = await openForm();
    await t.driver.viewSubmission(REP, form);
    await t.fake.waitFor('chat.postMessage', (c) => c.args.channel === REP);
    const once = await filed();
    const again = await t.driver.viewSubmission(REP, form);
    expect(again.status).toBe(200);
    expect(again.json?.response_action).toBeUndefined(); // the modal simply closes
    await settle(t);
    expect(await filed()).toEqual(once);
    expect(once).toMatchObject({ disclosures: 1, submitted: 1 });
    expect(t.fake.callsTo('chat.postMessage').filter((c) => c.args.channel === REP)).toHaveLength(1);
  });

  it('files once when both deliveries arrive at the same moment', async () => {
    const form = await openForm();
    const answers = await Promise.all([t.driver.viewSubmission(REP, form), t.driver.viewSubmission(REP, form)]);
    expect(answers.map((a) => a.status)).toEqual([200, 200]);
    await settle(t);
    expect(await filed()).toMatchObject({ disclosures: 1, submitted: 1 });
  });
});

describe('bad input in the form: an inline error on each field, nothing stored', () => {
  const cases: [string, Partial<Record<keyof typeof B, StateValue>>, string, string][] = [
    ['no principal', { principal: stateValue.text('   ') }, B.principal, 'Name the company'],
    ['a mention as principal', { principal: stateValue.text('<@U0MGR>') }, B.principal, 'a mention is not a company'],
    ['a principal too long', { principal: stateValue.text('x'.repeat(121)) }, B.principal, 'At most 120 characters'],
    ['control characters', { products: stateValue.text('drills\u0007') }, B.products, 'control characters'],
    ['no products', { products: stateValue.text(null) }, B.products, 'which products'],
    ['no competes choice', { competes: stateValue.select(null) }, B.competes, 'Choose whether it competes'],
    ['a forged competes value', { competes: stateValue.select('maybe') }, B.competes, 'Choose one of the options'],
    ['since in the future', { since: stateValue.date('2027-01-01') }, B.since, 'in the future'],
    ['since not a date', { since: stateValue.date('2026-02-30') }, B.since, 'not a date'],
    ['since before 1950', { since: stateValue.date('1900-01-01') }, B.since, 'before 1950'],
    ['notes too long', { notes: stateValue.text('n'.repeat(2001)) }, B.notes, 'At most 2000 characters'],
  ];
  it.each(cases)('%s', async (_name, fields, blockId, message) => {
    const res = await submitDisclosure(t, REP, fields);
    expect(res.json.response_action).toBe('errors');
    expect(res.json.errors[blockId]).toContain(message);
    expect(await t.db.disclosure.count()).toBe(0);
    expect(await t.db.outboxMessage.count()).toBe(0);
  });

  it('shows every problem at once', async () => {
    const res = await submitDisclosure(t, REP, { principal: stateValue.text(null), products: stateValue.text(null), competes: stateValue.select(null) });
    expect(Object.keys(res.json.errors).sort()).toEqual([B.competes, B.principal, B.products].sort());
  });

  it('stores hostile text as typed and shows it escaped in the review post', async () => {
    await submitDisclosure(t, REP, { principal: stateValue.text('Acme <b> & =HYPERLINK("x")'), notes: stateValue.text('<!channel> <https://evil.example|click>') });
    const post = await t.fake.waitFor('chat.postMessage', (c) => c.args.channel === 'C0REVIEW');
    const text = JSON.stringify(post.args.blocks);
    expect(text).toContain('Acme &lt;b&gt; &amp; =HYPERLINK');
    expect(text).toContain('&lt;!channel&gt; &lt;https://evil.example|click&gt;');
    expect(text).not.toContain('<!channel>');
    expect((await t.db.disclosure.findFirstOrThrow()).principal).toBe('Acme <b> & =HYPERLINK("x")');
  });
});
