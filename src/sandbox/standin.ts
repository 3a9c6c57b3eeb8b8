/** The Slack side of the sandbox: the stand-in Web API, signed requests on the person's behalf, the mirror. */
import { FakeSlack } from '../slack-standin/fake-slack.js';
import { SlackDriver, type ActionInput, type DriverResponse, type StateValues } from '../slack-standin/slack-driver.js';
import { CHANNELS, PEOPLE } from './cast.js';
import { applyReply, mirrorStandIn } from './mirror.js';
import { Origins, type Origin } from './origins.js';
import { escapeCommandText, manifestCommands, splitCommand } from './slack-text.js';
import { dmChannelFor, Workspace, type View } from './workspace.js';

/** Slack's own words when the app does not answer in time (the user sees this, not a stack trace). */
const NO_ANSWER = (command: string, status: number) =>
  `${command} failed with the error "${status === 404 ? 'operation_timeout' : 'dispatch_failed'}"`;

export type SandboxAction = { as: string; action: ActionInput; itemKey?: string; viewId?: string; values?: StateValues };

export class SandboxSlack {
  readonly workspace: Workspace;
  private readonly origins = new Origins();
  private readonly commands = manifestCommands();
  private driver: SlackDriver | undefined;

  private constructor(readonly fake: FakeSlack, now: () => Date) {
    this.workspace = new Workspace(now);
    mirrorStandIn(fake, this.workspace, this.origins);
    for (const { part: _part, ...person } of PEOPLE) fake.addUser(person);
    // The bot was invited everywhere, so its posts are accepted; #sales-managers is private to its members.
    for (const channel of CHANNELS) fake.channels.add({ id: channel.id, name: channel.name, isPrivate: Boolean(channel.members), isMember: true });
  }

  /** Slack gives 3 s to use a trigger_id; the stand-in enforces it like Slack does. */
  static async start(now: () => Date): Promise<SandboxSlack> {
    return new SandboxSlack(await FakeSlack.start({ triggerTtlMs: 3000 }), now);
  }

  /** Points the signed requests at the app's real endpoint once it listens. */
  connect(appUrl: string, signingSecret: string): void {
    this.driver = new SlackDriver({ appUrl, signingSecret, fake: this.fake });
  }

  /** What the composer sends: a slash command, or a plain message. `quiet` drops the replies (staffing). */
  async compose(as: string, channel: string, input: string, options: { quiet?: boolean } = {}): Promise<void> {
    const [command, text] = splitCommand(input);
    if (!command) return this.say(as, channel, text);
    const owner: Origin = options.quiet ? 'discard' : { userId: as, channel };
    if (!this.commands.has(command)) return this.reply(owner, `${command} is not a valid command. In Slack, all messages that start with "/" are interpreted as commands.`);
    const responseUrl = this.fake.responseUrl();
    const triggerId = this.fake.newTriggerId();
    this.origins.claim(responseUrl, owner);
    this.origins.claim(triggerId, owner);
    const name = this.workspace.channelOf(channel)?.name ?? 'directmessage';
    const res = await this.signedDriver().command(as, command, escapeCommandText(text), {
      channel_id: channel, channel_name: name, response_url: responseUrl, trigger_id: triggerId,
    });
    this.reply(owner, res.status === 200 ? (res.json ?? res.text) : NO_ANSWER(command, res.status));
  }

  /** A click, pick or date change on a message or in a view. */
  async act({ as, action, itemKey, viewId, values }: SandboxAction): Promise<void> {
    if (viewId) {
      const view = this.workspace.viewOf(as, viewId);
      if (!view) return;
      const res = await this.signedDriver().blockAction(as, action, { view: { ...view, values: values ?? {} } });
      this.claimAll(res, { userId: as, channel: dmChannelFor(as) });
      return;
    }
    const item = itemKey ? this.workspace.item(itemKey) : undefined;
    if (!item) return;
    const res = await this.signedDriver().blockAction(as, action, { message: { ts: item.ts, channel: item.channel, blocks: item.blocks ?? [] } });
    this.claimAll(res, { userId: as, channel: item.channel, sourceKey: item.key });
  }

  /** Submit of the top modal: inline errors, update, push, clear or close (wire-facts §2.3). */
  async submit(as: string, viewId: string, values: StateValues): Promise<void> {
    const view = this.workspace.viewOf(as, viewId);
    if (!view) return;
    const shown: View = { ...view, state: { values }, errors: undefined };
    const res = await this.signedDriver().viewSubmission(as, { ...shown, callback_id: String(view.callback_id ?? ''), values });
    this.claimAll(res, { userId: as, channel: dmChannelFor(as) });
    if (res.status !== 200) return this.workspace.replaceTop(as, { ...shown, trouble: 'We had some trouble connecting. Try again?' });
    const answer = (res.json ?? {}) as { response_action?: string; errors?: Record<string, string>; view?: View };
    switch (answer.response_action) {
      case 'errors': return this.workspace.replaceTop(as, { ...shown, errors: answer.errors ?? {} });
      case 'update': return this.workspace.replaceTop(as, { ...(answer.view as View), id: view.id, type: 'modal' });
      case 'push': return this.workspace.openModal(as, { ...(answer.view as View), id: `${view.id}P${Date.now()}`, type: 'modal' }, 'push');
      case 'clear': return this.workspace.closeModal(as, true);
      default: return this.workspace.closeModal(as);
    }
  }

  close(as: string, all: boolean): void {
    this.workspace.closeModal(as, all);
  }

  /** The Home tab was opened: Slack sends app_home_opened with the view it shows, if any. */
  async openHome(as: string): Promise<void> {
    const home = this.workspace.snapshotFor(as).home;
    await this.signedDriver().event({ type: 'app_home_opened', user: as, channel: dmChannelFor(as), tab: 'home', ...(home ? { view: home } : {}) });
  }

  /** Options of an external_select as the app answers them. */
  async suggest(as: string, request: { actionId: string; blockId: string; value: string; viewId?: string }): Promise<unknown[]> {
    const view = request.viewId ? this.workspace.viewOf(as, request.viewId) : undefined;
    const res = await this.signedDriver().blockSuggestion(as, { ...request, ...(view ? { view } : {}) });
    return (res.json?.options ?? res.json?.option_groups ?? []) as unknown[];
  }

  async stop(): Promise<void> {
    await this.fake.close();
  }

  private async say(as: string, channel: string, text: string): Promise<void> {
    if (!text) return;
    const { ts } = this.fake.addMessage(channel, { user: as, text });
    this.workspace.add({ channel, ts, author: as, text });
    await this.signedDriver().event({ type: 'message', channel, user: as, text, ts, channel_type: channel.startsWith('D') ? 'im' : 'channel' });
  }

  private reply(owner: Origin, body: unknown): void {
    if (owner !== 'discard') applyReply(this.workspace, this.fake.botUserId, owner, body);
  }

  private claimAll(res: DriverResponse, owner: Origin): void {
    if (res.triggerId) this.origins.claim(res.triggerId, owner);
    if (res.responseUrl) this.origins.claim(res.responseUrl, owner);
  }

  private signedDriver(): SlackDriver {
    if (!this.driver) throw new Error('the sandbox stand-in is not connected to the app yet');
    return this.driver;
  }
}
