import { WebClient } from '@slack/web-api';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createLog } from '../../src/log.js';
import { enqueueOnce } from '../../src/outbox/enqueue.js';
import { defineOutboxKind, type OutboxKind, type SendResult, type SlackSend } from '../../src/outbox/outbox-kind.js';
import { createSender } from '../../src/outbox/sender.js';
import { slackClientOptions } from '../../src/slack/create-bolt-app.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());
beforeEach(async () => {
  t.fake.reset();
  await t.db.outboxMessage.deleteMany();
  await t.db.slackBudget.deleteMany();
});

const KIND = 'test.send';
const payloadSchema = z.object({ n: z.number() });
const delivered: SendResult[] = [];

/** A kind that sends whatever the test hands it, and remembers what Slack answered. */
function kindSending(send: SlackSend): OutboxKind<z.infer<typeof payloadSchema>> {
  return defineOutboxKind({
    kind: KIND,
    payload: payloadSchema,
    prepare: async (items) => items.map(() => send),
    delivered: async (_item, result) => void delivered.push(result),
  });
}

/** Enqueues one item of the test kind and drains it twice (the second drain must send nothing). */
async function sendThroughOutbox(send: SlackSend, payload: Record<string, unknown> = { n: 1 }) {
  await t.db.workspace.upsert({ where: { id: t.fake.teamId }, create: { id: t.fake.teamId }, update: {} });
  const now = t.clock.now();
  await enqueueOnce(t.db, [{ workspaceId: t.fake.teamId, kind: KIND, target: 'x', slot: String(Math.random()), payload, dueAt: now, expiresAt: new Date(now.getTime() + 3_600_000) }]);
  return drainTwice(send);
}

async function drainTwice(send: SlackSend) {
  const sender = createSender({
    db: t.db, clock: t.clock, log: createLog('silent'), pacer: t.outfield.deps.pacer, kinds: [kindSending(send)],
    slack: new WebClient(t.fake.botToken, slackClientOptions(t.fake.apiUrl)),
  });
  await sender.drain();
  await sender.drain();
  return t.db.outboxMessage.findFirstOrThrow({ where: { kind: KIND } });
}

/** The budgets the pacer drew on for this workspace. */
const budgetsUsed = async () => (await t.db.slackBudget.findMany({ where: { workspaceId: t.fake.teamId } })).map((row) => row.key).sort();

describe('outbox sends beyond a new message, each once and through the pacer', () => {
  beforeEach(() => void (delivered.length = 0));

  it('replies in a thread and keeps the reply ts', async () => {
    const parent = t.fake.addMessage('C0REVIEW', { text: 'Disclosure: Acme' });
    const row = await sendThroughOutbox({ method: 'chat.postMessage', channel: 'C0REVIEW', thread_ts: parent.ts, text: 'Approved by the manager' });
    const [call, ...more] = t.fake.delivered('chat.postMessage');
    expect(more).toHaveLength(0);
    expect(call?.args).toMatchObject({ channel: 'C0REVIEW', thread_ts: parent.ts, text: 'Approved by the manager' });
    expect(row).toMatchObject({ status: 'sent', messageTs: call?.result?.ts });
    expect(delivered).toEqual([{ ts: call?.result?.ts, channel: 'C0REVIEW' }]);
    expect(await budgetsUsed()).toEqual(['chat.postMessage', 'chat.postMessage C0REVIEW']);
  });

  it('updates an earlier message in place, keeping its ts', async () => {
    const earlier = t.fake.addMessage('C0REVIEW', { text: 'Pending review' });
    const row = await sendThroughOutbox({ method: 'chat.update', channel: 'C0REVIEW', ts: earlier.ts, text: 'Approved' });
    expect(t.fake.delivered('chat.update')).toHaveLength(1);
    expect(t.fake.message('C0REVIEW', earlier.ts)).toMatchObject({ text: 'Approved' });
    expect(row).toMatchObject({ status: 'sent', messageTs: earlier.ts });
    expect(await budgetsUsed()).toEqual(['chat.update']);
  });

  it('publishes an App Home view', async () => {
    t.fake.addUser({ id: 'U0HOME', tz: 'UTC' });
    const view = { type: 'home' as const, blocks: [{ type: 'section' as const, text: { type: 'mrkdwn' as const, text: 'Today: 3 of 8 calls' } }] };
    const row = await sendThroughOutbox({ method: 'views.publish', user_id: 'U0HOME', view });
    expect(t.fake.delivered('views.publish')).toHaveLength(1);
    expect(t.fake.homeViewOf('U0HOME')).toMatchObject({ blocks: view.blocks });
    expect(row.status).toBe('sent');
    expect(await budgetsUsed()).toEqual(['views.publish']);
  });

  it('uploads a file into a DM: URL, upload, complete, each call once and paced', async () => {
    t.fake.addUser({ id: 'U0FILE', tz: 'UTC' });
    const row = await sendThroughOutbox({ method: 'files.upload', channel: 'U0FILE', filename: 'calls.csv', title: 'Calls', content: 'date,account\n2026-11-24,Acme\n' });
    const [file, ...more] = t.fake.uploadedFiles();
    expect(more).toHaveLength(0);
    expect(file).toMatchObject({ filename: 'calls.csv', title: 'Calls', channelId: 'DU0FILE' });
    expect(file?.content.toString('utf8')).toBe('date,account\n2026-11-24,Acme\n');
    for (const method of ['files.getUploadURLExternal', 'conversations.open', 'files.completeUploadExternal']) expect(t.fake.delivered(method)).toHaveLength(1);
    expect(row).toMatchObject({ status: 'sent', messageTs: file?.id });
    expect(await budgetsUsed()).toEqual(['conversations.open', 'files.completeUploadExternal', 'files.getUploadURLExternal']);
  });

  it('waits out a 429 on views.publish for the whole workspace, then sends once', async () => {
    t.fake.failNext('views.publish', { status: 429, retryAfterSeconds: 20 });
    const row = await sendThroughOutbox({ method: 'views.publish', user_id: 'U0HOME', view: { type: 'home', blocks: [] } });
    expect(row).toMatchObject({ status: 'pending', attempts: 0, lastError: 'ratelimited' });
    expect((await t.db.slackBudget.findFirstOrThrow({ where: { key: 'views.publish' } })).pausedUntil).toEqual(new Date(t.clock.now().getTime() + 20_000));
    t.clock.advance(19_000);
    expect((await drainTwice({ method: 'views.publish', user_id: 'U0HOME', view: { type: 'home', blocks: [] } })).status).toBe('pending');
    t.clock.advance(1000);
    const sent = await drainTwice({ method: 'views.publish', user_id: 'U0HOME', view: { type: 'home', blocks: [] } });
    expect(sent.status).toBe('sent');
    expect(t.fake.callsTo('views.publish').map((call) => call.fault)).toEqual(['ratelimited', undefined]);
  });

  it('fails a row whose payload does not match its kind, sending nothing', async () => {
    const row = await sendThroughOutbox({ method: 'views.publish', user_id: 'U0HOME', view: { type: 'home', blocks: [] } }, { n: 'one' });
    expect(row).toMatchObject({ status: 'failed', lastError: expect.stringContaining(`payload does not match ${KIND}`) });
    expect(t.fake.calls).toHaveLength(0);
  });
});
