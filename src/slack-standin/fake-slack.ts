/**
 * FakeSlack: a local node:http server playing the Slack Web API for tests (wire formats per
 * shared/notes/slack-wire-facts.md). Point the app at `apiUrl` (SLACK_API_URL / clientOptions.slackApiUrl).
 */
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FakeChannels } from './fake-slack-channels.js';
import { FakeChat } from './fake-slack-chat.js';
import type { StoredMessage } from './fake-slack-chat.js';
import { FakeDirectory } from './fake-slack-directory.js';
import { FaultPlan } from './fake-slack-faults.js';
import { FakeRateLimits, type FakeLimits } from './fake-slack-limits.js';
import { FakeFiles } from './fake-slack-files.js';
import { FakeSocketMode } from './fake-slack-socket.js';
import { bearerToken, parseArgs, readBody, sendJson, sendText, uploadedBytes } from './fake-slack-http.js';
import { SlackRecorder } from './fake-slack-recorder.js';
import { checkRequired, loadRateTiers, loadRequiredArgs } from './fake-slack-spec.js';
import type { RequiredArgs } from './fake-slack-spec.js';
import { fail, ok, str } from './fake-slack-types.js';
import type { ApiResult, Args, FakeUser, Fault, MethodTable, RecordedCall, RecordedResponse, StoredView, UploadedFile } from './fake-slack-types.js';
import { FakeViews } from './fake-slack-views.js';

export type { FakeLimit, FakeLimits } from './fake-slack-limits.js';
export type { FakeUser, Fault, RecordedCall, RecordedResponse, StoredMessage, StoredView, UploadedFile };

export type FakeSlackOptions = {
  botToken?: string;
  appToken?: string;
  teamId?: string;
  botId?: string;
  botUserId?: string;
  appId?: string;
  /** Reject trigger ids older than this (Slack: 3000 ms); no expiry when unset. */
  triggerTtlMs?: number;
  /** The time rate limits and Retry-After are measured in: the app's clock in tests (a manual one), else the wall clock. */
  clock?: { now(): Date };
  /** Rate limits other than the defaults (tiers, 300 posts/min, about 1/s per channel); see setLimits. */
  limits?: FakeLimits;
};

const RESPONSE_URL_MAX_USES = 5;

export class FakeSlack extends SlackRecorder {
  readonly baseUrl: string;
  readonly apiUrl: string;
  readonly botToken: string;
  readonly appToken: string;
  readonly teamId: string;
  readonly botId: string;
  readonly botUserId: string;
  readonly appId: string;
  /** Socket Mode: envelopes to a client that connected through apps.connections.open. */
  readonly socket: FakeSocketMode;
  private readonly faults = new FaultPlan();
  /** Channels with membership and archive state (undeclared ones take every post). */
  readonly channels = new FakeChannels();
  private limits: FakeRateLimits = new FakeRateLimits(() => new Date(), new Map());
  private clock: { now(): Date } = { now: () => new Date() };
  private readonly chat: FakeChat;
  private readonly views: FakeViews;
  private readonly directory: FakeDirectory;
  private readonly files: FakeFiles;
  private readonly methods: MethodTable;
  private required: RequiredArgs = new Map();
  private readonly responseUses = new Map<string, number>();
  private readonly held = new Map<string, Promise<void>>();
  private readonly holds = new Map<string, () => Promise<void>>();
  private responseSeq = 0;

  private constructor(private readonly server: Server, options: FakeSlackOptions) {
    super();
    this.baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    this.apiUrl = `${this.baseUrl}api/`;
    this.botToken = options.botToken ?? 'xoxb-test-token';
    this.appToken = options.appToken ?? 'xapp-test-token';
    this.teamId = options.teamId ?? 'T0TEST';
    this.botId = options.botId ?? 'B0BOT';
    this.botUserId = options.botUserId ?? 'U0BOT';
    this.appId = options.appId ?? 'A0TEST';
    this.socket = new FakeSocketMode(server, this.appId);
    const bot = { teamId: this.teamId, botId: this.botId, botUserId: this.botUserId };
    this.chat = new FakeChat(bot, (channel) => this.channels.postError(channel));
    this.views = new FakeViews({ ...bot, appId: this.appId, triggerTtlMs: options.triggerTtlMs });
    this.directory = new FakeDirectory(bot);
    this.files = new FakeFiles((fileId) => `${this.baseUrl}upload/${fileId}`);
    this.methods = {
      ...this.chat.methods, ...this.channels.methods, ...this.views.methods, ...this.directory.methods, ...this.files.methods,
      'apps.connections.open': () => ok({ url: `${this.baseUrl.replace('http', 'ws')}socket` }),
    };
  }

  static async start(options: FakeSlackOptions = {}): Promise<FakeSlack> {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const fake = new FakeSlack(server, options);
    fake.required = await loadRequiredArgs(Object.keys(fake.methods));
    const clock = options.clock ?? fake.clock;
    fake.clock = clock;
    fake.limits = new FakeRateLimits(() => clock.now(), await loadRateTiers(Object.keys(fake.methods)));
    if (options.limits) fake.limits.set(options.limits);
    server.on('request', (req, res) => void fake.handle(req, res));
    return fake;
  }

  /** Clears recorded calls and responses and all queued faults / rate limits (users, messages, views stay). */
  override reset(): void {
    super.reset();
    this.faults.reset();
    this.limits.reset();
  }

  /**
   * Changes rate limits for the rest of the test (reset() restores the defaults), e.g.
   * `setLimits({ methods: { 'chat.postMessage': { perMinute: 600, burst: 10 } } })` or `{ off: true }`.
   */
  setLimits(limits: FakeLimits): void {
    this.limits.set(limits);
  }

  failNext(method: string, fault: Fault, times = 1): void {
    this.faults.failNext(method, fault, times);
  }

  /** Calls of `method` get no answer until the returned release is called (a slow Slack, without timers). */
  holdAnswers(method: string): () => void {
    let release = (): void => undefined;
    this.held.set(method, new Promise<void>((resolve) => (release = resolve)));
    return () => {
      this.held.delete(method);
      release();
    };
  }

  rateLimitFraction(method: string, fraction: number, retryAfterSeconds: number): void {
    this.faults.rateLimitFraction(method, fraction, retryAfterSeconds);
  }

  /** A fresh `http://127.0.0.1:PORT/response/<id>` URL accepting up to 5 JSON POSTs. */
  /**
   * The next call of `method` waits for `hook` before Slack decides its answer, so a test can make
   * something happen in between (e.g. a second views.publish landing while the first is in flight).
   */
  holdNext(method: string, hook: () => Promise<void>): void {
    this.holds.set(method, hook);
  }

  responseUrl(): string {
    this.responseSeq += 1;
    const id = `R${this.responseSeq}`;
    this.responseUses.set(id, 0);
    return `${this.baseUrl}response/${id}`;
  }

  newTriggerId(): string {
    return this.views.newTriggerId();
  }

  addUser(user: Partial<FakeUser> & { id: string }): FakeUser {
    return this.directory.addUser(user);
  }

  user(id: string): FakeUser | undefined {
    return this.directory.user(id);
  }

  /** The user whose handle is `name` (what `@name` means in typed text). */
  userNamed(name: string): FakeUser | undefined {
    return this.directory.userNamed(name);
  }

  /** Makes a message known (a fresh ts unless given) so chat.update/delete/getPermalink/reactions.add find it. */
  addMessage(channel: string, message: Record<string, unknown> & { ts?: string } = {}): StoredMessage {
    const ts = message.ts ?? this.chat.nextTs();
    this.chat.addMessage(channel, ts, message);
    return this.chat.message(channel, ts) as StoredMessage;
  }

  message(channel: string, ts: string): StoredMessage | undefined {
    return this.chat.message(channel, ts);
  }

  viewById(id: string): StoredView | undefined {
    return this.views.viewById(id);
  }

  homeViewOf(userId: string): StoredView | undefined {
    return this.views.homeViewOf(userId);
  }

  uploadedFiles(): UploadedFile[] {
    return [...this.files.uploaded];
  }

  /** Closes the server; fails (the test file fails) when any call was made while a Retry-After was in force. */
  async close(): Promise<void> {
    await this.socket.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve, reject) => this.server.close((err) => (err ? reject(err) : resolve())));
    const violations = this.callsDuringRetryAfter();
    if (violations.length > 0) {
      const methods = [...new Set(violations.map((call) => call.method))].join(', ');
      throw new Error(`FakeSlack: ${violations.length} call(s) made while a Retry-After was in force (${methods}); Slack may disable such an app`);
    }
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    try {
      const body = await readBody(req);
      const [, kind, id] = new URL(req.url ?? '/', this.baseUrl).pathname.split('/');
      if (req.method !== 'POST' || !id) return sendText(res, 404, 'not found');
      if (kind === 'api') return await this.api(id, req, body, res);
      if (kind === 'upload') {
        const bytes = await uploadedBytes(req, body);
        return this.files.receive(id, bytes) ? sendText(res, 200, `OK - ${bytes.length}`) : sendText(res, 404, 'file not found');
      }
      if (kind === 'response') return this.respond(id, body, res);
      sendText(res, 404, 'not found');
    } catch (error) {
      sendText(res, 500, `FakeSlack failed: ${String(error)}`);
    }
  }

  private async api(method: string, req: IncomingMessage, body: Buffer, res: ServerResponse): Promise<void> {
    const at = Date.now();
    const { token, ...args } = await parseArgs(req, body);
    await this.held.get(method);
    const hold = this.holds.get(method);
    this.holds.delete(method);
    await hold?.();
    const left = this.limits.retryAfterLeft(method);
    if (left !== undefined) return this.rateLimited(res, { method, args, at, duringRetryAfter: true }, left);
    const fault = this.faults.take(method);
    if (fault && 'status' in fault && fault.status === 500) {
      this.record({ method, args, at, fault: 'http_500' });
      return sendText(res, 500, 'Internal Server Error');
    }
    if (fault && 'status' in fault) {
      this.limits.retryAfter(method, fault.retryAfterSeconds);
      return this.rateLimited(res, { method, args, at }, fault.retryAfterSeconds);
    }
    const limited = fault ? undefined : this.limits.admit(method, args);
    if (limited !== undefined) return this.rateLimited(res, { method, args, at }, limited);
    const result = fault ? fail(fault.error) : this.answer(method, args, bearerToken(req) ?? str(token));
    this.record({ method, args, at, result, ...(result.ok ? {} : { fault: result.error }) });
    sendJson(res, 200, result);
  }

  protected override record(call: RecordedCall): void {
    super.record({ ...call, clockAt: this.clock.now().getTime() });
  }

  private rateLimited(res: ServerResponse, call: Omit<RecordedCall, 'result' | 'fault'>, retryAfterSeconds: number): void {
    const result = fail('ratelimited');
    this.record({ ...call, fault: 'ratelimited', result });
    sendJson(res, 429, result, { 'retry-after': String(retryAfterSeconds) });
  }

  private answer(method: string, args: Args, token: string | undefined): ApiResult {
    const handler = this.methods[method];
    if (!handler) return fail('unknown_method');
    if (token === undefined) return fail('not_authed');
    if (token !== (method === 'apps.connections.open' ? this.appToken : this.botToken)) return fail('invalid_auth');
    return checkRequired(this.required, method, args) ?? handler(args);
  }

  private respond(id: string, body: Buffer, res: ServerResponse): void {
    const uses = this.responseUses.get(id);
    if (uses === undefined) return sendJson(res, 404, fail('expired_url'));
    if (uses >= RESPONSE_URL_MAX_USES) return sendJson(res, 404, fail('used_url'));
    this.responseUses.set(id, uses + 1);
    const text = body.toString('utf8');
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // Slack only accepts JSON here; keep the raw text so the test can see what was sent.
    }
    this.recordResponse({ url: `${this.baseUrl}response/${id}`, body: parsed, at: Date.now() });
    sendText(res, 200, 'ok');
  }
}
