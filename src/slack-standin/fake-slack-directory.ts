/** auth.test, team.info, users.info and users.list of the fake Slack, backed by a user table. */
import { fail, isTrue, ok, str } from './fake-slack-types.js';
import type { ApiResult, Args, FakeUser, MethodTable } from './fake-slack-types.js';
import type { BotIdentity } from './fake-slack-chat.js';

const TEAM_NAME = 'Fake Team';
const TEAM_DOMAIN = 'fake';

/** Seconds east of UTC of an IANA zone at `at` (DST-aware), as Slack's `tz_offset`. */
export function tzOffsetSeconds(tz: string, at = new Date()): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: tz, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric',
    hour: 'numeric', minute: 'numeric', second: 'numeric',
  }).formatToParts(at);
  const part = (type: string): number => Number(parts.find((p) => p.type === type)?.value);
  const wallClockAsUtc = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
  return Math.round((wallClockAsUtc - Math.floor(at.getTime() / 1000) * 1000) / 1000);
}

const tzLabel = (tz: string): string =>
  new Intl.DateTimeFormat('en-US', { timeZone: tz, timeZoneName: 'long' })
    .formatToParts(new Date()).find((p) => p.type === 'timeZoneName')?.value ?? tz;

const encodeCursor = (offset: number): string => Buffer.from(`offset:${offset}`).toString('base64');
const decodeCursor = (cursor: string): number | undefined => {
  const match = /^offset:(\d+)$/.exec(Buffer.from(cursor, 'base64').toString('utf8'));
  return match ? Number(match[1]) : undefined;
};

export class FakeDirectory {
  private readonly users = new Map<string, FakeUser>();

  constructor(private readonly bot: BotIdentity) {
    this.addUser({ id: bot.botUserId, name: 'outfield', real_name: 'Outfield', is_bot: true });
  }

  addUser(user: Partial<FakeUser> & { id: string }): FakeUser {
    const name = user.name ?? user.id.toLowerCase();
    const tz = user.tz ?? 'America/New_York';
    const full: FakeUser = {
      team_id: this.bot.teamId, name, real_name: name, locale: 'en-US',
      is_admin: false, is_owner: false, is_bot: false, deleted: false,
      ...user, tz, tz_offset: user.tz_offset ?? tzOffsetSeconds(tz),
    };
    this.users.set(full.id, full);
    return full;
  }

  user(id: string): FakeUser | undefined {
    return this.users.get(id);
  }

  readonly methods: MethodTable = {
    'auth.test': () => ok({
      url: `https://${TEAM_DOMAIN}.slack.com/`, team: TEAM_NAME, user: 'outfield', team_id: this.bot.teamId,
      user_id: this.bot.botUserId, bot_id: this.bot.botId, is_enterprise_install: false,
    }),
    'team.info': () => ok({
      team: { id: this.bot.teamId, name: TEAM_NAME, domain: TEAM_DOMAIN, email_domain: '', icon: { image_default: true } },
    }),
    'users.info': (args) => {
      const user = this.users.get(String(args.user));
      return user ? ok({ user: this.render(user, isTrue(args.include_locale)) }) : fail('user_not_found');
    },
    'users.list': (args) => this.list(args),
  };

  private list(args: Args): ApiResult {
    const all = [...this.users.values()];
    const cursor = str(args.cursor);
    const offset = cursor === undefined ? 0 : decodeCursor(cursor);
    if (offset === undefined) return fail('invalid_cursor');
    const limit = Number(args.limit) > 0 ? Number(args.limit) : all.length;
    const page = all.slice(offset, offset + limit);
    const next = offset + limit < all.length ? encodeCursor(offset + limit) : '';
    return ok({
      members: page.map((u) => this.render(u, isTrue(args.include_locale))),
      cache_ts: Math.floor(Date.now() / 1000),
      response_metadata: { next_cursor: next },
    });
  }

  private render(user: FakeUser, includeLocale: boolean): Record<string, unknown> {
    const { locale, ...rest } = user;
    return {
      ...rest,
      tz_label: tzLabel(user.tz),
      profile: { real_name: user.real_name, display_name: user.name },
      ...(includeLocale ? { locale } : {}),
    };
  }
}
