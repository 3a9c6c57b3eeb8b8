import type { WebClient } from '@slack/web-api';
import type { Pacer } from '../pacer/pacer.js';
import type { SendResult, SlackSend } from './outbox-kind.js';

export type DeliveryClient = Pick<WebClient, 'chat' | 'views' | 'files' | 'conversations'>;

/** Makes the Web API call(s) of `send` through the pacer: a file upload is three calls, each paced. */
export async function deliver(options: { client: DeliveryClient; pacer: Pacer; workspaceId: string; send: SlackSend }): Promise<SendResult> {
  const { client, pacer, workspaceId, send } = options;
  const paced = <T>(method: string, call: () => Promise<T>, channel?: string) => pacer.run({ workspaceId, method, channel }, call);
  switch (send.method) {
    case 'chat.postMessage': {
      const { method: _, ...args } = send;
      const result = await paced(send.method, () => client.chat.postMessage(args), send.channel);
      return { ts: result.ts, channel: result.channel };
    }
    case 'chat.update': {
      const { method: _, ...args } = send;
      const result = await paced(send.method, () => client.chat.update(args), send.channel);
      return { ts: result.ts, channel: result.channel };
    }
    case 'views.publish': {
      const { method: _, ...args } = send;
      await paced(send.method, () => client.views.publish(args));
      return {};
    }
    case 'files.upload':
      return uploadFile(client, send, paced);
  }
}

type Paced = <T>(method: string, call: () => Promise<T>, channel?: string) => Promise<T>;

async function uploadFile(client: DeliveryClient, send: Extract<SlackSend, { method: 'files.upload' }>, paced: Paced): Promise<SendResult> {
  const bytes = Buffer.from(send.content, 'utf8');
  const target = await paced('files.getUploadURLExternal', () =>
    client.files.getUploadURLExternal({ filename: send.filename, length: bytes.length }));
  if (!target.upload_url || !target.file_id) throw new Error('files.getUploadURLExternal gave no upload_url');
  const form = new FormData();
  form.append('filename', new Blob([bytes]), send.filename);
  const uploaded = await fetch(target.upload_url, { method: 'POST', body: form });
  if (!uploaded.ok) throw new Error(`file upload answered HTTP ${uploaded.status}`);
  const fileId = target.file_id;
  const channel = await conversationOf(client, send.channel, paced);
  await paced('files.completeUploadExternal', () =>
    client.files.completeUploadExternal({
      files: [{ id: fileId, title: send.title }],
      channel_id: channel,
      ...(send.initialComment ? { initial_comment: send.initialComment } : {}),
    }), channel);
  return { fileId, channel };
}

/** Files are shared into a conversation: a user id becomes the id of the bot's DM with them. */
async function conversationOf(client: DeliveryClient, channel: string, paced: Paced): Promise<string> {
  if (!/^[UW]/.test(channel)) return channel;
  const opened = await paced('conversations.open', () => client.conversations.open({ users: channel }));
  if (!opened.channel?.id) throw new Error('conversations.open gave no channel');
  return opened.channel.id;
}
