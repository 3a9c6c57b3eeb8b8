import { WebClient } from '@slack/web-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mirrorStandIn } from '../../src/sandbox/mirror.js';
import { Origins } from '../../src/sandbox/origins.js';
import { Workspace } from '../../src/sandbox/workspace.js';
import { FakeSlack } from '../../src/slack-standin/fake-slack.js';

const SAM = 'U0SBSAM';
const RINA = 'U0SBRINA';
const section = (text: string) => ({ type: 'section', text: { type: 'mrkdwn', text } });
const modal = (title: string) => ({ type: 'modal', title: { type: 'plain_text', text: title }, blocks: [section(title)] });

describe('the sandbox mirror of what the app sends', () => {
  let fake: FakeSlack;
  let client: WebClient;
  let workspace: Workspace;
  let origins: Origins;

  beforeAll(async () => {
    fake = await FakeSlack.start();
    client = new WebClient(fake.botToken, { slackApiUrl: fake.apiUrl, retryConfig: { retries: 0 } });
    workspace = new Workspace(() => new Date('2026-12-01T21:00:00Z'));
    origins = new Origins();
    mirrorStandIn(fake, workspace, origins);
  });
  afterAll(() => fake.close());

  it('puts a DM in that person’s conversation only, with thread replies and edits in place', async () => {
    const posted = await client.chat.postMessage({ channel: SAM, text: 'nudge', blocks: [section('You have logged *1* of 8')] });
    await client.chat.postMessage({ channel: String(posted.channel), thread_ts: String(posted.ts), text: 'a reply' });
    await client.chat.update({ channel: String(posted.channel), ts: String(posted.ts), text: 'snoozed', blocks: [section('Snoozed')] });
    const mine = workspace.snapshotFor(SAM).items.filter((item) => item.channel === `D${SAM}`);
    expect(mine.map(({ text, edited, threadTs }) => ({ text, edited, threadTs }))).toEqual([
      { text: 'snoozed', edited: true, threadTs: undefined },
      { text: 'a reply', edited: undefined, threadTs: posted.ts },
    ]);
    expect(workspace.snapshotFor(RINA).items.filter((item) => item.channel === `D${SAM}`)).toEqual([]);
  });

  it('shows an ephemeral message to its person only', async () => {
    await client.chat.postEphemeral({ channel: 'C0GENERAL', user: RINA, text: 'only Rina' });
    expect(workspace.snapshotFor(RINA).items.some((item) => item.text === 'only Rina' && item.visibleTo === RINA)).toBe(true);
    expect(workspace.snapshotFor(SAM).items.some((item) => item.text === 'only Rina')).toBe(false);
  });

  it('opens, pushes and updates modals for whoever owns the trigger, even when the app is faster than the claim', async () => {
    const trigger = fake.newTriggerId();
    const opened = await client.views.open({ trigger_id: trigger, view: modal('First') as never });
    expect(workspace.snapshotFor(SAM).modals).toEqual([]);
    origins.claim(trigger, { userId: SAM, channel: `D${SAM}` });
    const pushTrigger = fake.newTriggerId();
    origins.claim(pushTrigger, { userId: SAM, channel: `D${SAM}` });
    await client.views.push({ trigger_id: pushTrigger, view: modal('Second') as never });
    await client.views.update({ view_id: String(opened.view?.id), view: modal('First, updated') as never });
    expect(workspace.snapshotFor(SAM).modals.map((view) => (view.title as { text: string }).text)).toEqual(['First, updated', 'Second']);
    expect(workspace.snapshotFor(RINA).modals).toEqual([]);
  });

  it('publishes a Home per person and shows uploaded files as attachments', async () => {
    await client.views.publish({ user_id: RINA, view: { type: 'home', blocks: [section('Beranda')] } as never });
    expect(workspace.snapshotFor(RINA).home?.blocks).toEqual([section('Beranda')]);
    expect(workspace.snapshotFor(SAM).home).toBeUndefined();
    await client.filesUploadV2({ channel_id: `D${SAM}`, filename: 'calls.csv', file: Buffer.from('date,account\n'), title: 'Calls' });
    const file = workspace.snapshotFor(SAM).items.find((item) => item.files?.length);
    expect(file?.files?.[0]).toMatchObject({ name: 'calls.csv', title: 'Calls', size: 13 });
  });

  it('applies response_url replies: ephemeral by default, in_channel for all, replace and delete of the source', async () => {
    const source = workspace.add({ channel: 'C0GENERAL', ts: '', author: fake.botUserId, text: 'with buttons', visibleTo: SAM });
    const url = fake.responseUrl();
    origins.claim(url, { userId: SAM, channel: 'C0GENERAL', sourceKey: source.key });
    const postTo = (body: object) => fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    await postTo({ text: 'just for Sam' });
    await postTo({ response_type: 'in_channel', text: 'for everyone' });
    await postTo({ replace_original: true, text: 'replaced' });
    expect(workspace.item(source.key)?.text).toBe('replaced');
    expect(workspace.snapshotFor(RINA).items.map((item) => item.text)).toContain('for everyone');
    expect(workspace.snapshotFor(RINA).items.map((item) => item.text)).not.toContain('just for Sam');
    await postTo({ delete_original: true });
    expect(workspace.item(source.key)).toBeUndefined();
  });
});
