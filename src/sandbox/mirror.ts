/** Turns every Web API call and response_url POST the app makes into what the page shows. */
import type { FakeSlack, RecordedCall, RecordedResponse } from '../slack-standin/fake-slack.js';
import type { Origin, Origins } from './origins.js';
import { dmChannelFor, type FileLink, type View, type Workspace } from './workspace.js';

type Body = Record<string, unknown>;
type Owner = Exclude<Origin, 'discard'>;

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const blocksOf = (value: unknown): unknown[] | undefined => (Array.isArray(value) ? value : undefined);
const isTrue = (value: unknown): boolean => value === true || value === 'true';
/** Slack answers a user id as a channel with that user's DM. */
const channelOf = (id: unknown): string => (/^[UW]/.test(text(id)) ? dmChannelFor(text(id)) : text(id));

/** A reply to the person's own action: a command's ack body or a response_url POST (wire-facts §2). */
export function applyReply(workspace: Workspace, botUserId: string, owner: Owner, reply: unknown): void {
  if (reply === undefined || reply === '' || reply === null) return;
  const body: Body = typeof reply === 'string' ? { text: reply } : (reply as Body);
  const content = { text: text(body.text), blocks: blocksOf(body.blocks) };
  if (isTrue(body.delete_original) && owner.sourceKey) return workspace.remove(owner.sourceKey);
  if (isTrue(body.replace_original) && owner.sourceKey) return workspace.replace(owner.sourceKey, content);
  if (!content.text && !content.blocks) return;
  const visibleTo = body.response_type === 'in_channel' ? undefined : owner.userId;
  workspace.add({ channel: owner.channel, ts: '', author: botUserId, ...content, ...(visibleTo ? { visibleTo } : {}) });
}

export function mirrorStandIn(fake: FakeSlack, workspace: Workspace, origins: Origins): () => void {
  const bot = fake.botUserId;
  const asView = (value: unknown): View => value as View;

  const onCall = ({ method, args, result }: RecordedCall): void => {
    if (!result?.ok) return;
    const message = (result.message ?? {}) as Body;
    switch (method) {
      case 'chat.postMessage': {
        const threadTs = text(args.thread_ts) || undefined;
        workspace.add({ channel: text(result.channel), ts: text(result.ts), author: bot, text: text(args.text), blocks: blocksOf(args.blocks), ...(threadTs ? { threadTs } : {}) });
        return;
      }
      case 'chat.postEphemeral':
        workspace.add({ channel: channelOf(args.channel), ts: '', author: bot, text: text(args.text), blocks: blocksOf(args.blocks), visibleTo: text(args.user) });
        return;
      case 'chat.update': {
        const shown = workspace.message(text(result.channel), text(result.ts));
        if (shown) workspace.replace(shown.key, { text: text(message.text), blocks: blocksOf(message.blocks), edited: true });
        return;
      }
      case 'chat.delete': {
        const shown = workspace.message(text(result.channel), text(result.ts));
        if (shown) workspace.remove(shown.key);
        return;
      }
      case 'views.open':
      case 'views.push':
        origins.when(text(args.trigger_id ?? args.interactivity_pointer), ({ userId }) =>
          workspace.openModal(userId, asView(result.view), method === 'views.open' ? 'open' : 'push'));
        return;
      case 'views.update':
        workspace.updateView(asView(result.view));
        return;
      case 'views.publish':
        workspace.publishHome(text(args.user_id), asView(result.view));
        return;
      case 'files.completeUploadExternal': {
        const files = (result.files ?? []) as FileLink[];
        const channel = channelOf(args.channel_id ?? text(args.channels).split(',')[0]);
        if (channel) workspace.add({ channel, ts: '', author: bot, text: text(args.initial_comment), files });
        return;
      }
    }
  };

  const onResponse = ({ url, body }: RecordedResponse): void =>
    origins.when(url, (owner) => applyReply(workspace, bot, owner, body));

  return fake.onRecord((entry) => ('method' in entry ? onCall(entry) : onResponse(entry)));
}
