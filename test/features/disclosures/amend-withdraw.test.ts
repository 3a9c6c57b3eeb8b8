import { describe, expect, it } from 'vitest';
import { AMEND_ACTION, APPROVE_ACTION, DISCLOSE_BLOCKS, DISCLOSE_MODAL, WITHDRAW_ACTION } from '../../../src/features/disclosures/ids.js';
import { stateValue } from '../../../src/slack-standin/slack-driver.js';
import type { TestApp } from '../../support/test-app.js';
import { buttonsOf, discloseValues, latestDisclosure, MANAGER, messageText, REP, reviewPost, settle, submittedWithPost, useDisclosuresApp } from './disclosure-kit.js';

let t: TestApp;
useDisclosuresApp((app) => (t = app));

/** A disclosure approved by the manager, and its review post. */
async function approved() {
  const { post, disclosure } = await submittedWithPost(t);
  await t.driver.blockAction(MANAGER, { actionId: APPROVE_ACTION, value: disclosure.id }, { message: post });
  await t.fake.waitFor('chat.update');
  await settle(t);
  return { post, disclosure };
}

/** `/disclose list` and the buttons of its one disclosure. */
async function listButtons(user: string) {
  const res = await t.driver.command(user, '/disclose', 'list');
  const blocks = res.json.blocks as { type: string; elements?: { action_id: string; value: string }[] }[];
  return { res, buttons: blocks.filter((b) => b.type === 'actions').flatMap((b) => b.elements ?? []) };
}

describe('amend', () => {
  it('after approval: a new version back to pending with its own review post showing the history; the old post says so', async () => {
    const { post: oldPost, disclosure: old } = await approved();
    t.clock.set('2026-11-24T15:00:00Z');
    const { res, buttons } = await listButtons(REP);
    expect(JSON.stringify(res.json)).toContain('Approved');
    expect(buttons.map((b) => b.action_id)).toEqual([AMEND_ACTION, WITHDRAW_ACTION]);
    await t.driver.blockAction(REP, { actionId: AMEND_ACTION, value: old.id });
    const opened = await t.fake.waitFor('views.open', (c) => JSON.stringify(c.args.view).includes('Amend disclosure'));
    const view = t.fake.viewById((opened.result?.view as { id: string }).id)!;
    expect(view.callback_id).toBe(DISCLOSE_MODAL);
    expect(JSON.stringify(view.blocks)).toContain('"initial_value":"Cordless drills, saw blades"');
    await t.driver.viewSubmission(REP, { ...view, values: discloseValues({ products: stateValue.text('Cordless drills, saw blades, lasers') }) });
    const newPost = await reviewPost(t, 1);
    await settle(t);
    const current = await latestDisclosure(t, REP);
    expect(current).toMatchObject({ status: 'pending', amendsId: old.id, products: 'Cordless drills, saw blades, lasers', reviewTs: newPost.ts });
    expect(await t.db.disclosure.findUniqueOrThrow({ where: { id: old.id } })).toMatchObject({ status: 'approved', supersededById: current.id });
    expect(buttonsOf(t, newPost.channel, newPost.ts)).toEqual(expect.arrayContaining([APPROVE_ACTION]));
    expect(messageText(t, newPost.channel, newPost.ts)).toMatch(new RegExp(`Northwind Tools \\(<!date[^)]*\\): Approved by <@${MANAGER}>.*then amended`));
    expect(messageText(t, oldPost.channel, oldPost.ts)).toContain('amended by the rep');
    expect(t.fake.delivered('chat.postMessage').some((c) => c.args.thread_ts === oldPost.ts && String(c.args.text).includes('amended this disclosure'))).toBe(true);
    expect((await listButtons(REP)).buttons.map((b) => b.value)).toEqual([current.id, current.id]);
  });

  it('an old version cannot be amended again (inline error, nothing stored)', async () => {
    const { disclosure: old } = await approved();
    // Two Amend forms of the same version, open at once (two devices, or a double click on Amend).
    const openAmend = async () => {
      const before = t.fake.callsTo('views.open').length;
      await t.driver.blockAction(REP, { actionId: AMEND_ACTION, value: old.id });
      const opened = await t.fake.waitFor('views.open', (c) => t.fake.callsTo('views.open').indexOf(c) >= before);
      return t.fake.viewById((opened.result?.view as { id: string }).id)!;
    };
    const [first, second] = [await openAmend(), await openAmend()];
    await t.driver.viewSubmission(REP, { ...first, values: discloseValues() });
    await reviewPost(t, 1);
    const count = await t.db.disclosure.count();
    const again = await t.driver.viewSubmission(REP, { ...second, values: discloseValues() });
    expect(again.json).toMatchObject({ response_action: 'errors', errors: { [DISCLOSE_BLOCKS.principal]: expect.stringContaining('was amended since') } });
    expect(await t.db.disclosure.count()).toBe(count);
  });

  it('only the rep may amend or withdraw their disclosure', async () => {
    const { disclosure } = await approved();
    const amend = await t.driver.blockAction(MANAGER, { actionId: AMEND_ACTION, value: disclosure.id });
    expect((await t.fake.waitForResponse((r) => r.url === amend.responseUrl)).body.text).toContain('not yours');
    const withdraw = await t.driver.blockAction(MANAGER, { actionId: WITHDRAW_ACTION, value: disclosure.id });
    expect((await t.fake.waitForResponse((r) => r.url === withdraw.responseUrl)).body.text).toContain('not yours');
    expect((await t.db.disclosure.findUniqueOrThrow({ where: { id: disclosure.id } })).status).toBe('approved');
  });
});

describe('withdraw', () => {
  it('edits the post, tells the thread, keeps the trail; a second withdraw changes nothing', async () => {
    const { post, disclosure } = await submittedWithPost(t);
    const res = await t.driver.blockAction(REP, { actionId: WITHDRAW_ACTION, value: disclosure.id });
    expect((await t.fake.waitForResponse((r) => r.url === res.responseUrl)).body.text).toContain('Withdrawn');
    await t.fake.waitFor('chat.update', (c) => c.args.ts === post.ts);
    await settle(t);
    expect(buttonsOf(t, post.channel, post.ts)).toEqual([]);
    expect(messageText(t, post.channel, post.ts)).toContain('withdrawn by the rep');
    expect(t.fake.delivered('chat.postMessage').filter((c) => c.args.thread_ts === post.ts).map((c) => c.args.text)).toEqual([`<@${REP}> withdrew this disclosure.`]);
    const again = await t.driver.blockAction(REP, { actionId: WITHDRAW_ACTION, value: disclosure.id });
    expect((await t.fake.waitForResponse((r) => r.url === again.responseUrl)).body.text).toContain('already withdrawn');
    const stored = await latestDisclosure(t, REP);
    expect(stored.events.map((e) => e.action)).toEqual(['submitted', 'withdrawn']);
    const approve = await t.driver.blockAction(MANAGER, { actionId: APPROVE_ACTION, value: disclosure.id }, { message: post });
    expect((await t.fake.waitForResponse((r) => r.url === approve.responseUrl)).body.text).toContain('withdrew this disclosure');
  });
});
