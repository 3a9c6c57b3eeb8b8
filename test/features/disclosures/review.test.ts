import { describe, expect, it } from 'vitest';
import { ANSWER_ACTION, ANSWER_MODAL, APPROVE_ACTION, ASK_ACTION, ASK_MODAL, REJECT_ACTION, REJECT_MODAL, TEXT_BLOCK } from '../../../src/features/disclosures/ids.js';
import { stateValue } from '../../../src/slack-standin/slack-driver.js';
import type { TestApp } from '../../support/test-app.js';
import { buttonsOf, latestDisclosure, MANAGER, messageText, REP, REVIEW_CHANNEL, settle, submittedWithPost, useDisclosuresApp } from './disclosure-kit.js';

let t: TestApp;
useDisclosuresApp((app) => (t = app));

const REVIEW_BUTTONS = [APPROVE_ACTION, REJECT_ACTION, ASK_ACTION];
const threadReplies = (ts: string) => t.fake.delivered('chat.postMessage').filter((c) => c.args.channel === REVIEW_CHANNEL && c.args.thread_ts === ts);
const dmsTo = (user: string) => t.fake.delivered('chat.postMessage').filter((c) => c.args.channel === user);

/** A submitted disclosure of REP and its review post. */
const submitted = () => submittedWithPost(t);

/** Opens a text modal with `actionId` on the post and submits `text`; answers the submission. */
async function submitText(user: string, actionId: string, value: string, message: { channel: string; ts: string }, text: string | null) {
  const before = t.fake.callsTo('views.open').length;
  await t.driver.blockAction(user, { actionId, value }, { message });
  const opened = await t.fake.waitFor('views.open', (c) => t.fake.callsTo('views.open').indexOf(c) >= before);
  const view = t.fake.viewById((opened.result?.view as { id: string }).id)!;
  return { view, res: await t.driver.viewSubmission(user, { ...view, values: { [TEXT_BLOCK]: { [TEXT_BLOCK]: stateValue.text(text) } } }) };
}

describe('submit and review post', () => {
  it('posts one review post with Approve, Reject and Ask for details, and keeps its ts', async () => {
    const { post, disclosure } = await submitted();
    expect(buttonsOf(t, post.channel, post.ts)).toEqual(REVIEW_BUTTONS);
    const text = messageText(t, post.channel, post.ts);
    for (const part of ['Northwind Tools', 'Cordless drills', 'Ohio', `<@${REP}>`, 'pending review', 'no earlier disclosures']) expect(text).toContain(part);
    expect(disclosure).toMatchObject({ status: 'pending', reviewChannel: REVIEW_CHANNEL, reviewTs: post.ts, territory: 'Ohio', since: '2025-03-01', competes: 'yes' });
    expect(disclosure.events.map((e) => e.action)).toEqual(['submitted']);
    expect(String((await t.fake.waitFor('chat.postMessage', (c) => c.args.channel === REP)).args.text)).toContain('with your reviewers');
  });
});

describe('decisions', () => {
  it('the rep’s manager approves: the post is edited (who, when, no buttons), told in the thread and DMed to the rep', async () => {
    const { post, disclosure } = await submitted();
    t.clock.set('2026-11-23T16:00:00Z');
    const res = await t.driver.blockAction(MANAGER, { actionId: APPROVE_ACTION, value: disclosure.id }, { message: post });
    expect(res.status).toBe(200);
    await t.fake.waitFor('chat.update', (c) => c.args.ts === post.ts);
    await settle(t);
    expect(buttonsOf(t, post.channel, post.ts)).toEqual([]);
    expect(messageText(t, post.channel, post.ts)).toContain(`Approved by <@${MANAGER}> on <!date^${Date.parse('2026-11-23T16:00:00Z') / 1000}^`);
    expect(threadReplies(post.ts).map((c) => c.args.text)).toEqual([`:white_check_mark: Approved by <@${MANAGER}>.`]);
    expect(dmsTo(REP).some((c) => String(c.args.text).includes(`approved by <@${MANAGER}>`))).toBe(true);
    expect(await t.db.disclosure.findUniqueOrThrow({ where: { id: disclosure.id } })).toMatchObject({ status: 'approved', decidedBy: MANAGER });
  });

  it('reject asks for a reason: empty is an inline error and stores nothing; the reason is shown, threaded and DMed', async () => {
    const { post, disclosure } = await submitted();
    const empty = await submitText(MANAGER, REJECT_ACTION, disclosure.id, post, '   ');
    expect(empty.view.callback_id).toBe(REJECT_MODAL);
    expect(empty.res.json).toMatchObject({ response_action: 'errors', errors: { [TEXT_BLOCK]: 'Please write something here.' } });
    expect((await latestDisclosure(t, REP)).events).toHaveLength(1);
    const { res } = await submitText(MANAGER, REJECT_ACTION, disclosure.id, post, 'Competes head-on with our <Pro> line');
    expect(res.status).toBe(200);
    await t.fake.waitFor('chat.update', (c) => c.args.ts === post.ts);
    await settle(t);
    expect(messageText(t, post.channel, post.ts)).toContain('Competes head-on with our &lt;Pro&gt; line');
    expect(threadReplies(post.ts).map((c) => c.args.text)).toEqual([`:x: Rejected by <@${MANAGER}>. Reason: Competes head-on with our &lt;Pro&gt; line`]);
    expect(dmsTo(REP).some((c) => String(c.args.text).includes('*Reason:* Competes head-on'))).toBe(true);
    const stored = await latestDisclosure(t, REP);
    expect(stored.status).toBe('rejected');
    expect(stored.events.at(-1)).toMatchObject({ action: 'rejected', actorSlackId: MANAGER, note: 'Competes head-on with our <Pro> line' });
  });

  it('ask for details → the rep answers from the DM: both in the thread (the answer quoted by the bot) and in the trail', async () => {
    const { post, disclosure } = await submitted();
    const asked = await submitText(MANAGER, ASK_ACTION, disclosure.id, post, 'Which counties?');
    expect(asked.view.callback_id).toBe(ASK_MODAL);
    const dm = await t.fake.waitFor('chat.postMessage', (c) => c.args.channel === REP && String(c.args.text).includes('Which counties?'));
    await settle(t);
    expect(threadReplies(post.ts).map((c) => c.args.text)).toEqual([`<@${MANAGER}> asks <@${REP}>: Which counties?`]);
    expect((await latestDisclosure(t, REP)).status).toBe('needs_details');
    expect(buttonsOf(t, post.channel, post.ts)).toEqual(REVIEW_BUTTONS);
    const question = (await latestDisclosure(t, REP)).events.at(-1)!;
    const answerButton = (dm.args.blocks as { type: string; elements?: { action_id: string; value: string }[] }[]).find((b) => b.type === 'actions')!.elements![0]!;
    expect(answerButton).toMatchObject({ action_id: ANSWER_ACTION, value: question.id });
    const message = { channel: String(dm.result?.channel), ts: String(dm.result?.ts) };
    const answered = await submitText(REP, ANSWER_ACTION, question.id, message, 'Franklin and Delaware');
    expect(answered.view.callback_id).toBe(ANSWER_MODAL);
    expect(JSON.stringify(answered.view.blocks)).toContain('Which counties?');
    await t.fake.waitFor('chat.postMessage', (c) => c.args.thread_ts === post.ts && String(c.args.text).includes('Franklin'));
    expect(String(threadReplies(post.ts)[1]?.args.text)).toMatch(new RegExp(`^<@${REP}> answered: Franklin and Delaware\\n_Posted by Outfield for <@${REP}>`));
    const stored = await latestDisclosure(t, REP);
    expect(stored.status).toBe('pending');
    expect(stored.events.at(-1)).toMatchObject({ action: 'answered', actorSlackId: REP, note: 'Franklin and Delaware', questionId: question.id });
    const again = await t.driver.blockAction(REP, { actionId: ANSWER_ACTION, value: question.id }, { message });
    expect((await t.fake.waitForResponse((r) => r.url === again.responseUrl)).body.text).toContain('already answered');
    expect(t.fake.callsTo('views.open')).toHaveLength(3);
    expect((await latestDisclosure(t, REP)).events).toHaveLength(3);
  });
});
