/**
 * SlackDriver: plays Slack's side towards the app's Request URL with correctly signed requests
 * (v0 HMAC-SHA256; exact content types, see shared/notes/slack-wire-facts.md §1–2).
 */
import { createHmac } from 'node:crypto';
import type { FakeSlack } from './fake-slack.js';
import { actionOf, fullView, randomId } from './slack-driver-payloads.js';
import type { ActionInput, StateValues, ViewInput } from './slack-driver-payloads.js';

export { stateValue } from './slack-driver-payloads.js';
export type { ActionInput, OptionInput, StateValue, StateValues, ViewInput } from './slack-driver-payloads.js';

export type SlackDriverOptions = {
  appUrl: string;
  signingSecret: string;
  fake: FakeSlack;
  teamId?: string;
  /** Unix seconds used for X-Slack-Request-Timestamp; real time by default. */
  now?: () => number;
};

export type DriverResponse = { status: number; text: string; json?: any; responseUrl?: string; triggerId?: string; eventId?: string };

export type MessageContainer = { ts: string; channel: string; blocks?: unknown[] };
export type SubmittedView = ViewInput & { callback_id: string; private_metadata?: string; values: StateValues; hash?: string };

const FORM = 'application/x-www-form-urlencoded';
const VERIFICATION_TOKEN = 'fake-verification-token';
const DEFAULT_CHANNEL = { id: 'C0GENERAL', name: 'general' };

export class SlackDriver {
  private readonly fake: FakeSlack;
  private readonly teamId: string;
  private readonly now: () => number;
  private eventSeq = 0;

  constructor(private readonly options: SlackDriverOptions) {
    this.fake = options.fake;
    this.teamId = options.teamId ?? options.fake.teamId;
    this.now = options.now ?? (() => Math.floor(Date.now() / 1000));
  }

  /** `v0=` + hex HMAC-SHA256(signingSecret, `v0:<timestamp>:<body>`). */
  signature(body: string, timestampSeconds: number): string {
    const hmac = createHmac('sha256', this.options.signingSecret).update(`v0:${timestampSeconds}:${body}`);
    return `v0=${hmac.digest('hex')}`;
  }

  /** A slash command; `extra` overrides/adds form fields (e.g. trigger_id, channel_id, channel_name). */
  async command(userId: string, command: string, text = '', extra: Record<string, string> = {}): Promise<DriverResponse> {
    const responseUrl = extra.response_url ?? this.fake.responseUrl();
    const triggerId = extra.trigger_id ?? this.fake.newTriggerId();
    const form = new URLSearchParams({
      token: VERIFICATION_TOKEN, team_id: this.teamId, team_domain: 'fake',
      channel_id: DEFAULT_CHANNEL.id, channel_name: DEFAULT_CHANNEL.name,
      user_id: userId, user_name: this.nameOf(userId), command, text, api_app_id: this.fake.appId,
      is_enterprise_install: 'false', response_url: responseUrl, trigger_id: triggerId, ...extra,
    });
    return { ...(await this.signed(form.toString(), FORM)), responseUrl, triggerId };
  }

  /** A block_actions interaction from a message (default: a fresh bot message in #general) or a view. */
  async blockAction(userId: string, action: ActionInput, container: { view?: ViewInput; message?: MessageContainer } = {}): Promise<DriverResponse> {
    const triggerId = this.fake.newTriggerId();
    const base = { type: 'block_actions', ...this.who(userId), trigger_id: triggerId, actions: [actionOf(action, this.now())] };
    if (container.view) {
      const view = fullView(container.view, this.viewIds());
      return { ...(await this.interaction({ ...base, container: { type: 'view', view_id: view.id }, view })), triggerId };
    }
    const message = this.knownMessage(container.message);
    const { channel: _channel, ...messageFields } = message;
    const responseUrl = this.fake.responseUrl();
    return {
      ...(await this.interaction({
        ...base,
        container: { type: 'message', message_ts: message.ts, channel_id: message.channel, is_ephemeral: false },
        channel: { id: message.channel, name: message.channel === DEFAULT_CHANNEL.id ? DEFAULT_CHANNEL.name : message.channel },
        message: { type: 'message', user: this.fake.botUserId, bot_id: this.fake.botId, text: '', blocks: [], ...messageFields },
        state: { values: {} },
        response_url: responseUrl,
      })),
      responseUrl,
      triggerId,
    };
  }

  /** A view_submission; pass a stored view (`{ ...fake.viewById(id), values }`) to echo its id, hash and blocks. */
  async viewSubmission(userId: string, view: SubmittedView, options: { triggerId?: string } = {}): Promise<DriverResponse> {
    const triggerId = options.triggerId ?? this.fake.newTriggerId();
    const payload = {
      type: 'view_submission', ...this.who(userId), trigger_id: triggerId,
      view: fullView(view, this.viewIds()), response_urls: [],
    };
    return { ...(await this.interaction(payload)), triggerId };
  }

  /** An options request of an external_select (answer: `{ options: [...] }`). */
  async blockSuggestion(userId: string, request: { actionId: string; blockId: string; value: string; view?: ViewInput }): Promise<DriverResponse> {
    const view = request.view && fullView(request.view, this.viewIds());
    return this.interaction({
      type: 'block_suggestion', ...this.who(userId),
      action_id: request.actionId, block_id: request.blockId, value: request.value,
      container: view ? { type: 'view', view_id: view.id } : { type: 'message', message_ts: `${this.now()}.000100`, channel_id: DEFAULT_CHANNEL.id, is_ephemeral: false },
      ...(view ? { view } : {}),
    });
  }

  /** An Events API delivery (event_callback envelope); `message` events also become known to the fake. */
  async event(event: Record<string, unknown>, delivery: { eventId?: string; retryNum?: number; retryReason?: string } = {}): Promise<DriverResponse> {
    this.eventSeq += 1;
    const eventId = delivery.eventId ?? `Ev${String(this.eventSeq).padStart(9, '0')}`;
    const inner: Record<string, unknown> = { event_ts: `${this.now()}.${String(this.eventSeq).padStart(6, '0')}`, ...event };
    if (inner.type === 'message' && typeof inner.channel === 'string' && typeof inner.ts === 'string') {
      this.fake.addMessage(inner.channel, { ...inner, ts: inner.ts });
    }
    const envelope = {
      token: VERIFICATION_TOKEN, team_id: this.teamId, api_app_id: this.fake.appId, event: inner,
      type: 'event_callback', event_id: eventId, event_time: this.now(), event_context: randomId('EC'),
      authorizations: [{ enterprise_id: null, team_id: this.teamId, user_id: this.fake.botUserId, is_bot: true, is_enterprise_install: false }],
      is_ext_shared_channel: false, context_team_id: this.teamId, context_enterprise_id: null,
    };
    const retry: Record<string, string> = delivery.retryNum === undefined ? {} : {
      'x-slack-retry-num': String(delivery.retryNum), 'x-slack-retry-reason': delivery.retryReason ?? 'http_timeout',
    };
    return { ...(await this.signed(JSON.stringify(envelope), 'application/json', retry)), eventId };
  }

  urlVerification(challenge: string): Promise<DriverResponse> {
    return this.signed(JSON.stringify({ token: VERIFICATION_TOKEN, challenge, type: 'url_verification' }), 'application/json');
  }

  /** POSTs `body` with exactly `headers` (nothing signed or added). */
  async raw(body: string, headers: Record<string, string>): Promise<DriverResponse> {
    const res = await fetch(this.options.appUrl, { method: 'POST', headers, body });
    const text = await res.text();
    const isJson = (res.headers.get('content-type') ?? '').includes('application/json') && text !== '';
    return { status: res.status, text, ...(isJson ? { json: JSON.parse(text) } : {}) };
  }

  private signed(body: string, contentType: string, headers: Record<string, string> = {}): Promise<DriverResponse> {
    const timestamp = this.now();
    return this.raw(body, {
      'content-type': contentType,
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': this.signature(body, timestamp),
      ...headers,
    });
  }

  private interaction(payload: Record<string, unknown>): Promise<DriverResponse> {
    return this.signed(new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), FORM);
  }

  private who(userId: string): Record<string, unknown> {
    const name = this.nameOf(userId);
    return {
      team: { id: this.teamId, domain: 'fake' }, user: { id: userId, username: name, name, team_id: this.teamId },
      api_app_id: this.fake.appId, token: VERIFICATION_TOKEN, is_enterprise_install: false, enterprise: null,
    };
  }

  private nameOf(userId: string): string {
    return this.fake.user(userId)?.name ?? userId.toLowerCase();
  }

  private viewIds(): { teamId: string; appId: string; botId: string } {
    return { teamId: this.teamId, appId: this.fake.appId, botId: this.fake.botId };
  }

  /** The container message, registered with the fake if it does not know it yet. */
  private knownMessage(message: MessageContainer | undefined): MessageContainer {
    if (!message) return this.fake.addMessage(DEFAULT_CHANNEL.id, { user: this.fake.botUserId, bot_id: this.fake.botId });
    const stored = this.fake.message(message.channel, message.ts);
    if (stored) return { ...stored, ...message };
    return this.fake.addMessage(message.channel, { ...message });
  }
}
