import { describe, expect, it } from 'vitest';
import { APPROVE_ACTION, ASK_ACTION, REJECT_ACTION, REJECT_MODAL, TEXT_BLOCK } from '../../../src/features/disclosures/ids.js';
import { stateValue } from '../../../src/slack-standin/slack-driver.js';
import type { TestApp } from '../../support/test-app.js';
import { ADMIN_ID, MANAGER, OTHER_MANAGER, REP, settle, submittedWithPost, useDisclosuresApp } from './disclosure-kit.js';

let t: TestApp;
useDisclosuresApp((app) => (t = app));

const submitted = (user = REP) => submittedWithPost(t, user);

/** The ephemeral reply (response_url) to a click on the review post. */
async function clickReply(user: string, actionId: string, value: string, message: { channel: string; ts: string }) {
  const res = await t.driver.blockAction(user, { actionId, value }, { message });
  expect(res.status).toBe(200);
  const reply = await t.fake.waitForResponse((r) => r.url === res.responseUrl);
  expect(reply.body.response_type).toBe('ephemeral');
  return String(reply.body.text);
}

async function expectUnchanged(id: string) {
  await settle(t);
  const stored = await t.db.disclosure.findUniqueOrThrow({ where: { id }, include: { events: true } });
  expect(stored.status).toBe('pending');
  expect(stored.events.map((e) => e.action)).toEqual(['submitted']);
  expect(t.fake.callsTo('chat.update')).toEqual([]);
  expect(t.fake.callsTo('views.open').filter((c) => (c.args.view as string).includes(REJECT_MODAL))).toEqual([]);
}

describe('who may decide', () => {
  it.each([APPROVE_ACTION, REJECT_ACTION, ASK_ACTION])('the discloser clicking %s is refused, told who can, and nothing changes', async (actionId) => {
    const { post, disclosure } = await submitted();
    t.fake.reset();
    expect(await clickReply(REP, actionId, disclosure.id, post)).toBe(`You can’t decide on your own disclosure. <@${MANAGER}> (your manager) or an Outfield admin can.`);
    await expectUnchanged(disclosure.id);
  });

  it('a manager of another team is refused and told who can', async () => {
    const { post, disclosure } = await submitted();
    t.fake.reset();
    expect(await clickReply(OTHER_MANAGER, APPROVE_ACTION, disclosure.id, post)).toBe(`Only <@${MANAGER}> (the manager of <@${REP}>) or an Outfield admin can decide on this disclosure.`);
    await expectUnchanged(disclosure.id);
  });

  it('an admin may not decide on their own disclosure either', async () => {
    const { post, disclosure } = await submitted(ADMIN_ID);
    t.fake.reset();
    expect(await clickReply(ADMIN_ID, APPROVE_ACTION, disclosure.id, post)).toContain('can’t decide on your own disclosure');
    await expectUnchanged(disclosure.id);
  });

  it('an admin decides on anyone else’s', async () => {
    const { post, disclosure } = await submitted();
    await t.driver.blockAction(ADMIN_ID, { actionId: APPROVE_ACTION, value: disclosure.id }, { message: post });
    await t.fake.waitFor('chat.update');
    expect((await t.db.disclosure.findUniqueOrThrow({ where: { id: disclosure.id } })).decidedBy).toBe(ADMIN_ID);
  });

  it('a forged disclosure id is answered clearly and changes nothing', async () => {
    const { post, disclosure } = await submitted();
    t.fake.reset();
    expect(await clickReply(MANAGER, APPROVE_ACTION, 'c-not-a-disclosure', post)).toContain('can’t find that disclosure');
    await expectUnchanged(disclosure.id);
  });
});

describe('one decision', () => {
  it('a double click decides once; the second click says who decided and when', async () => {
    const { post, disclosure } = await submitted();
    t.fake.reset();
    const clicks = await Promise.all([1, 2].map(() => t.driver.blockAction(MANAGER, { actionId: APPROVE_ACTION, value: disclosure.id }, { message: post })));
    await t.fake.waitForResponse((r) => clicks.some((c) => c.responseUrl === r.url));
    await settle(t);
    const stored = await t.db.disclosure.findUniqueOrThrow({ where: { id: disclosure.id }, include: { events: true } });
    expect(stored.events.filter((e) => e.action === 'approved')).toHaveLength(1);
    expect(t.fake.delivered('chat.update')).toHaveLength(1);
    expect(t.fake.delivered('chat.postMessage').filter((c) => c.args.thread_ts === post.ts)).toHaveLength(1);
    expect(t.fake.delivered('chat.postMessage').filter((c) => c.args.channel === REP)).toHaveLength(1);
    const replies = t.fake.responses.filter((r) => clicks.some((c) => c.responseUrl === r.url));
    expect(replies.map((r) => r.body.text)).toEqual([expect.stringMatching(new RegExp(`^This disclosure was already approved by <@${MANAGER}> on <!date\\^\\d+\\^`))]);
  });

  it('two reviewers at once (manager approves, admin rejects): exactly one decision stands', async () => {
    const { post, disclosure } = await submitted();
    await t.driver.blockAction(ADMIN_ID, { actionId: REJECT_ACTION, value: disclosure.id }, { message: post });
    const opened = await t.fake.waitFor('views.open', (c) => JSON.stringify(c.args.view).includes(REJECT_MODAL));
    const view = t.fake.viewById((opened.result?.view as { id: string }).id)!;
    const [, rejected] = await Promise.all([
      t.driver.blockAction(MANAGER, { actionId: APPROVE_ACTION, value: disclosure.id }, { message: post }),
      t.driver.viewSubmission(ADMIN_ID, { ...view, values: { [TEXT_BLOCK]: { [TEXT_BLOCK]: stateValue.text('No') } } }),
    ]);
    await settle(t);
    const stored = await t.db.disclosure.findUniqueOrThrow({ where: { id: disclosure.id }, include: { events: true } });
    const decisions = stored.events.filter((e) => e.action === 'approved' || e.action === 'rejected');
    expect(decisions).toHaveLength(1);
    expect(stored.status).toBe(decisions[0]?.action);
    // The loser hears why: an inline error on the reason (admin lost) or an ephemeral reply (manager lost).
    const adminLost = rejected.json?.response_action === 'errors';
    expect(adminLost).toBe(stored.status === 'approved');
    if (adminLost) expect(rejected.json.errors[TEXT_BLOCK]).toContain(`already approved by <@${MANAGER}>`);
  });
});
