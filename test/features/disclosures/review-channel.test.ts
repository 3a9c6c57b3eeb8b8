import { describe, expect, it } from 'vitest';
import { APPROVE_ACTION } from '../../../src/features/disclosures/ids.js';
import type { TestApp } from '../../support/test-app.js';
import { ADMIN_ID, isReviewPost, latestDisclosure, MANAGER, REP, REVIEW_CHANNEL, settle, submitDisclosure, useDisclosuresApp } from './disclosure-kit.js';

let t: TestApp;
useDisclosuresApp((app) => (t = app));

const PRIVATE_CHANNEL = 'G0PRIVATE';
/** The admin's DMs about the review channel (prompts to attest go to admins too). */
const channelAlerts = () => t.fake.delivered('chat.postMessage').filter((c) => c.args.channel === ADMIN_ID && String(c.args.text).includes('review channel'));

describe('review channel not set', () => {
  it('keeps the disclosure, DMs the admin once what to do, and posts it once a channel is set', async () => {
    await t.db.workspace.updateMany({ data: { reviewChannelId: null } });
    await submitDisclosure(t, REP);
    await settle(t);
    t.clock.set('2026-11-23T15:30:00Z');
    await submitDisclosure(t, REP, {});
    await settle(t);
    await t.outfield.scheduler.runDueWork();
    expect(await t.db.disclosure.count({ where: { reviewTs: null, status: 'pending' } })).toBe(2);
    expect(t.fake.delivered('chat.postMessage').filter(isReviewPost)).toEqual([]);
    const alerts = channelAlerts();
    expect(alerts).toHaveLength(1);
    expect(String(alerts[0]?.args.text)).toMatch(/no managers’ review channel is set\. Choose one in `\/outfield setup`.*`\/invite @Outfield`/);
    await t.db.workspace.updateMany({ data: { reviewChannelId: REVIEW_CHANNEL } });
    t.clock.set('2026-11-23T15:31:00Z');
    await t.outfield.scheduler.runDueWork();
    expect(t.fake.delivered('chat.postMessage').filter(isReviewPost)).toHaveLength(2);
    expect(await t.db.disclosure.count({ where: { reviewTs: null } })).toBe(0);
    await t.outfield.scheduler.runDueWork();
    expect(t.fake.delivered('chat.postMessage').filter(isReviewPost)).toHaveLength(2);
  });

  it('a decision made before the post exists (App Home) is shown in the post when it comes', async () => {
    await t.db.workspace.updateMany({ data: { reviewChannelId: null } });
    await submitDisclosure(t, REP);
    await settle(t);
    const disclosure = await latestDisclosure(t, REP);
    const res = await t.driver.blockAction(MANAGER, { actionId: APPROVE_ACTION, value: disclosure.id }, { view: { type: 'home', callback_id: '' } });
    expect(res.status).toBe(200);
    await t.fake.waitFor('chat.postMessage', (c) => c.args.channel === MANAGER && String(c.args.text).startsWith('Approved.'));
    await settle(t);
    await t.db.workspace.updateMany({ data: { reviewChannelId: REVIEW_CHANNEL } });
    await t.outfield.scheduler.runDueWork();
    const post = t.fake.delivered('chat.postMessage').find(isReviewPost);
    expect(JSON.stringify(post?.args.blocks)).toContain(`Approved by <@${MANAGER}>`);
    expect(JSON.stringify(post?.args.blocks)).not.toContain(APPROVE_ACTION);
  });
});

describe('the bot is not in the review channel', () => {
  it('parks the post, tells the admin to /invite, and posts it after the invitation', async () => {
    t.fake.channels.add({ id: PRIVATE_CHANNEL, isPrivate: true, isMember: false });
    await t.db.workspace.updateMany({ data: { reviewChannelId: PRIVATE_CHANNEL } });
    await submitDisclosure(t, REP);
    await t.fake.waitFor('chat.postMessage', (c) => c.args.channel === PRIVATE_CHANNEL && c.fault === 'channel_not_found');
    await settle(t);
    const alert = await t.fake.waitFor('chat.postMessage', (c) => c.args.channel === ADMIN_ID && String(c.args.text).includes('review channel'));
    expect(String(alert.args.text)).toContain(`<#${PRIVATE_CHANNEL}>`);
    expect(String(alert.args.text)).toContain('`/invite @Outfield`');
    const row = await t.db.outboxMessage.findFirstOrThrow({ where: { kind: 'disclosures.review_post' } });
    expect(row).toMatchObject({ status: 'pending', lastError: 'channel_not_found' });
    t.clock.set('2026-11-23T15:05:00Z');
    await t.outfield.scheduler.runDueWork();
    expect(t.fake.delivered('chat.postMessage').filter((c) => c.args.channel === PRIVATE_CHANNEL)).toEqual([]);
    t.fake.channels.set(PRIVATE_CHANNEL, { isMember: true }); // /invite @Outfield
    t.clock.set('2026-11-23T15:11:00Z');
    await t.outfield.scheduler.runDueWork();
    expect(t.fake.delivered('chat.postMessage').filter((c) => c.args.channel === PRIVATE_CHANNEL)).toHaveLength(1);
    expect((await latestDisclosure(t, REP)).reviewChannel).toBe(PRIVATE_CHANNEL);
    expect(channelAlerts()).toHaveLength(1);
  });
});
