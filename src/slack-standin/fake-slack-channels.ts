/**
 * Channels of the fake Slack, as a bot with chat:write.public sees them: it may post in any public
 * channel, in a private one only as a member, never in an archived one; a private channel it is not in
 * does not exist for it (channel_not_found). Channels never declared are treated as public channels
 * the bot is in, so tests that do not care about channels need not declare them.
 */
import { fail, ok } from './fake-slack-types.js';
import type { ApiResult, MethodTable } from './fake-slack-types.js';

export type FakeChannel = { id: string; name: string; isPrivate: boolean; isMember: boolean; isArchived: boolean; deleted: boolean };

export class FakeChannels {
  private readonly channels = new Map<string, FakeChannel>();

  add(channel: Partial<FakeChannel> & { id: string }): FakeChannel {
    const full = { name: channel.id.toLowerCase(), isPrivate: false, isMember: true, isArchived: false, deleted: false, ...channel };
    this.channels.set(full.id, full);
    return full;
  }

  /** Changes a declared channel (e.g. `{ isMember: false }` when the bot is removed). */
  set(id: string, changes: Partial<FakeChannel>): void {
    const found = this.channels.get(id);
    if (!found) throw new Error(`FakeChannels: channel ${id} was never added`);
    this.channels.set(id, { ...found, ...changes });
  }

  /** The error chat.postMessage answers for `channel`, if any (DMs and undeclared channels always take posts). */
  postError(channel: string): ApiResult | undefined {
    const found = this.channels.get(channel);
    if (!found) return undefined;
    if (found.deleted || (found.isPrivate && !found.isMember)) return fail('channel_not_found');
    if (found.isArchived) return fail('is_archived');
    return undefined;
  }

  readonly methods: MethodTable = {
    'conversations.info': (args) => {
      const id = String(args.channel);
      const found = this.channels.get(id);
      if (!found) return /^[CG][A-Z0-9]+$/.test(id) ? ok({ channel: this.render(this.add({ id })) }) : fail('channel_not_found');
      if (found.deleted || (found.isPrivate && !found.isMember)) return fail('channel_not_found');
      return ok({ channel: this.render(found) });
    },
  };

  private render(c: FakeChannel): Record<string, unknown> {
    return { id: c.id, name: c.name, is_channel: !c.isPrivate, is_group: false, is_private: c.isPrivate, is_archived: c.isArchived, is_member: c.isMember };
  }
}
