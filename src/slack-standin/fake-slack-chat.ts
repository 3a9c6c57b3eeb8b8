/** chat.*, conversations.open and reactions.add of the fake Slack, with a small message store. */
import { checkMessageBlocks } from './fake-slack-blocks.js';
import { fail, ok, str } from './fake-slack-types.js';
import type { ApiResult, Args, MethodTable } from './fake-slack-types.js';

export type BotIdentity = { teamId: string; botId: string; botUserId: string };
export type StoredMessage = Record<string, unknown> & { channel: string; ts: string };

const TS_BASE_SECONDS = 1_700_000_000;
const MAX_UPDATE_TEXT = 4000;
const USER_ID = /^[UW][A-Z0-9]+$/;

/** The DM channel Slack answers for a user id (the same id conversations.open returns). */
export const dmChannelOf = (id: string): string => (USER_ID.test(id) ? `D${id}` : id);

export class FakeChat {
  private seq = 0;
  private readonly messages = new Map<string, StoredMessage>();
  private readonly reactions = new Set<string>();

  constructor(
    private readonly bot: BotIdentity,
    /** Whether the channel takes the bot's posts (see fake-slack-channels.ts). */
    private readonly postError: (channel: string) => ApiResult | undefined = () => undefined,
  ) {}

  /** A unique, increasing message ts such as "1700000000.000100". */
  nextTs(): string {
    this.seq += 1;
    const micros = this.seq * 100;
    const seconds = TS_BASE_SECONDS + Math.floor(micros / 1_000_000);
    return `${seconds}.${String(micros % 1_000_000).padStart(6, '0')}`;
  }

  /** Makes a message known (e.g. a user's message) so chat.update/delete/reactions.add can target it. */
  addMessage(channel: string, ts: string, message: Record<string, unknown> = {}): void {
    this.messages.set(`${channel}:${ts}`, { type: 'message', text: '', ...message, channel, ts });
  }

  message(channel: string, ts: string): StoredMessage | undefined {
    return this.messages.get(`${channel}:${ts}`);
  }

  readonly methods: MethodTable = {
    'chat.postMessage': (args) => this.post(args),
    'chat.postEphemeral': (args) => checkMessageBlocks(args.blocks) ?? ok({ message_ts: this.nextTs() }),
    'chat.update': (args) => this.update(args),
    'chat.delete': (args) => this.withMessage(args.channel, args.ts, (found) => {
      this.messages.delete(`${found.channel}:${found.ts}`);
      return ok({ channel: found.channel, ts: found.ts });
    }),
    'chat.getPermalink': (args) => this.withMessage(args.channel, args.message_ts, (found) =>
      ok({ channel: found.channel, permalink: `https://fake.slack.com/archives/${found.channel}/p${found.ts.replace('.', '')}` })),
    'conversations.open': (args) => this.openConversation(args),
    'reactions.add': (args) => this.react(args),
  };

  private post(args: Args): ApiResult {
    const invalid = checkMessageBlocks(args.blocks);
    if (invalid) return invalid;
    const refused = this.postError(String(args.channel));
    if (refused) return refused;
    const channel = dmChannelOf(String(args.channel));
    const ts = this.nextTs();
    const message = {
      type: 'message',
      user: this.bot.botUserId,
      bot_id: this.bot.botId,
      team: this.bot.teamId,
      text: str(args.text) ?? '',
      ts,
      ...(args.blocks === undefined ? {} : { blocks: args.blocks }),
      ...(args.thread_ts === undefined ? {} : { thread_ts: args.thread_ts }),
    };
    this.addMessage(channel, ts, message);
    return ok({ channel, ts, message });
  }

  private update(args: Args): ApiResult {
    const invalid = checkMessageBlocks(args.blocks);
    if (invalid) return invalid;
    if (typeof args.text === 'string' && args.text.length > MAX_UPDATE_TEXT) return fail('msg_too_long');
    return this.withMessage(args.channel, args.ts, (found) => {
      const changes = Object.fromEntries(['text', 'blocks', 'attachments'].flatMap((k) => (k in args ? [[k, args[k]]] : [])));
      const updated = { ...found, ...changes };
      this.messages.set(`${found.channel}:${found.ts}`, updated);
      return ok({ channel: found.channel, ts: found.ts, text: updated.text, message: updated });
    });
  }

  private withMessage(channel: unknown, ts: unknown, then: (found: StoredMessage) => ApiResult): ApiResult {
    const found = this.message(String(channel), String(ts));
    return found ? then(found) : fail('message_not_found');
  }

  private openConversation(args: Args): ApiResult {
    const channel = str(args.channel);
    if (channel) return ok({ channel: { id: channel } });
    const users = String(args.users).split(',').map((u) => u.trim());
    if (users.length > 8) return fail('too_many_users');
    if (!users.every((u) => USER_ID.test(u))) return fail('user_not_found');
    const id = users.length === 1 ? dmChannelOf(users[0] ?? '') : `G${[...users].sort().join('')}`;
    return ok({ channel: { id } });
  }

  private react(args: Args): ApiResult {
    const name = String(args.name);
    if (name.includes(':') || name.trim() === '') return fail('invalid_name');
    return this.withMessage(args.channel, args.timestamp, (found) => {
      const key = `${found.channel}:${found.ts}:${name}`;
      if (this.reactions.has(key)) return fail('already_reacted');
      this.reactions.add(key);
      return ok();
    });
  }
}
