/** views.open / push / update / publish of the fake Slack, with trigger_id bookkeeping. */
import { randomBytes } from 'node:crypto';
import { checkView } from './fake-slack-blocks.js';
import { fail, ok, str } from './fake-slack-types.js';
import type { ApiResult, Args, MethodTable, StoredView } from './fake-slack-types.js';
import type { BotIdentity } from './fake-slack-chat.js';

export type ViewsOptions = BotIdentity & { appId: string; triggerTtlMs?: number };

const TRIGGER_ID = /^\d+\.\d+\.[0-9a-f]+$/;

export class FakeViews {
  private seq = 0;
  private readonly views = new Map<string, StoredView>();
  private readonly homes = new Map<string, string>();
  private readonly issuedAt = new Map<string, number>();
  private readonly usedTriggers = new Set<string>();

  constructor(private readonly options: ViewsOptions) {}

  /** A fresh trigger id in Slack's `digits.digits.hex` form; valid once (and for `triggerTtlMs`, if set). */
  newTriggerId(): string {
    this.seq += 1;
    const id = `${1_000_000_000 + this.seq}.${4_700_000 + this.seq}.${randomBytes(16).toString('hex')}`;
    this.issuedAt.set(id, Date.now());
    return id;
  }

  viewById(id: string): StoredView | undefined {
    return this.views.get(id);
  }

  homeViewOf(userId: string): StoredView | undefined {
    const id = this.homes.get(userId);
    return id === undefined ? undefined : this.views.get(id);
  }

  readonly methods: MethodTable = {
    'views.open': (args) => this.openOrPush(args),
    'views.push': (args) => this.openOrPush(args),
    'views.update': (args) => this.update(args),
    'views.publish': (args) => this.publish(args),
  };

  private openOrPush(args: Args): ApiResult {
    const invalid = checkView(args.view, 'modal') ?? this.useTrigger(args.trigger_id ?? args.interactivity_pointer);
    if (invalid) return invalid;
    const view = args.view as Record<string, unknown>;
    const externalId = str(view.external_id);
    if (externalId && [...this.views.values()].some((v) => v.external_id === externalId)) {
      return fail('duplicate_external_id');
    }
    return ok({ view: this.store(view) });
  }

  private update(args: Args): ApiResult {
    const externalId = str(args.external_id);
    const found = externalId
      ? [...this.views.values()].find((v) => v.external_id === externalId)
      : this.views.get(String(args.view_id));
    if (!found) return fail('not_found');
    if (str(args.hash) && args.hash !== found.hash) return fail('hash_conflict');
    return checkView(args.view, found.type) ?? ok({ view: this.store(args.view as Record<string, unknown>, found) });
  }

  private publish(args: Args): ApiResult {
    const userId = String(args.user_id);
    const previous = this.homeViewOf(userId);
    if (previous && str(args.hash) && args.hash !== previous.hash) return fail('hash_conflict');
    const invalid = checkView(args.view, 'home');
    if (invalid) return invalid;
    const view = this.store(args.view as Record<string, unknown>, previous);
    this.homes.set(userId, view.id);
    return ok({ view });
  }

  private useTrigger(trigger: unknown): ApiResult | undefined {
    if (typeof trigger !== 'string' || !TRIGGER_ID.test(trigger)) return fail('invalid_trigger_id');
    if (this.usedTriggers.has(trigger)) return fail('exchanged_trigger_id');
    const issued = this.issuedAt.get(trigger);
    const ttl = this.options.triggerTtlMs;
    if (ttl !== undefined && issued !== undefined && Date.now() - issued > ttl) return fail('expired_trigger_id');
    this.usedTriggers.add(trigger);
    return undefined;
  }

  /** Stores a submitted view as Slack echoes it; `replaces` keeps its id and stack links. */
  private store(view: Record<string, unknown>, replaces?: StoredView): StoredView {
    this.seq += 1;
    const id = replaces?.id ?? `V${String(this.seq).padStart(9, '0')}`;
    const { teamId, botId, appId } = this.options;
    const stored: StoredView = {
      callback_id: '',
      private_metadata: '',
      external_id: '',
      clear_on_close: false,
      notify_on_close: false,
      ...view,
      id,
      type: String(view.type),
      team_id: teamId,
      state: { values: {} },
      hash: `${Math.floor(Date.now() / 1000)}.${randomBytes(4).toString('hex')}`,
      root_view_id: replaces?.root_view_id ?? id,
      previous_view_id: replaces?.previous_view_id ?? null,
      app_id: appId,
      bot_id: botId,
      app_installed_team_id: teamId,
    };
    this.views.set(id, stored);
    return stored;
  }
}
