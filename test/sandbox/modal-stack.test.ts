import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { App, LogLevel, type Logger } from '@slack/bolt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SandboxSlack } from '../../src/sandbox/standin.js';

const SAM = 'U0SBSAM';
const SECRET = 'modal-stack-secret';
const silent: Logger = { debug() {}, info() {}, warn() {}, error() {}, setLevel() {}, getLevel: () => LogLevel.ERROR, setName() {} };
const view = (title: string, callbackId = title) => ({
  type: 'modal', callback_id: callbackId, title: { type: 'plain_text', text: title }, submit: { type: 'plain_text', text: 'Next' },
  blocks: [{ type: 'input', block_id: 'name', label: { type: 'plain_text', text: 'Name' }, element: { type: 'plain_text_input', action_id: 'name' } }],
});
const titles = (slack: SandboxSlack) => slack.workspace.snapshotFor(SAM).modals.map((shown) => (shown.title as { text: string }).text);

/** Any app's answers to a submission, whatever feature sends them: the stand-in keeps Slack's view stack. */
describe("the sandbox's modal stack under response_action", () => {
  let slack: SandboxSlack;
  let app: App;

  beforeAll(async () => {
    slack = await SandboxSlack.start(() => new Date());
    app = new App({ token: slack.fake.botToken, signingSecret: SECRET, botId: 'B0BOT', botUserId: 'U0BOT', logger: silent, clientOptions: { slackApiUrl: slack.fake.apiUrl, retryConfig: { retries: 0 } } });
    app.command('/outfield', async ({ ack, command, client }) => {
      await ack();
      await client.views.open({ trigger_id: command.trigger_id, view: view('Start') as never });
    });
    app.view('Start', async ({ ack, view: submitted }) => {
      const name = submitted.state.values.name?.name?.value;
      if (!name) return ack({ response_action: 'errors', errors: { name: 'Say who' } });
      await ack({ response_action: 'update', view: view('Updated') as never });
    });
    app.view('Updated', async ({ ack }) => ack({ response_action: 'push', view: view('Pushed') as never }));
    app.view('Pushed', async ({ ack }) => ack({ response_action: 'clear' }));
    const server = (await app.start(0)) as Server;
    slack.connect(`http://127.0.0.1:${(server.address() as AddressInfo).port}/slack/events`, SECRET);
  });
  afterAll(async () => {
    await app.stop();
    await slack.stop();
  });

  it('shows inline errors, then updates, pushes and clears the stack', async () => {
    await slack.compose(SAM, 'C0GENERAL', '/outfield setup');
    await expect.poll(() => titles(slack)).toEqual(['Start']);
    const top = () => slack.workspace.topModal(SAM)?.id ?? '';
    await slack.submit(SAM, top(), { name: { name: { type: 'plain_text_input', value: null } } });
    expect(slack.workspace.topModal(SAM)?.errors).toEqual({ name: 'Say who' });
    await slack.submit(SAM, top(), { name: { name: { type: 'plain_text_input', value: 'Sam' } } });
    expect(titles(slack)).toEqual(['Updated']);
    await slack.submit(SAM, top(), { name: { name: { type: 'plain_text_input', value: 'Sam' } } });
    expect(titles(slack)).toEqual(['Updated', 'Pushed']);
    await slack.submit(SAM, top(), { name: { name: { type: 'plain_text_input', value: 'Sam' } } });
    expect(titles(slack)).toEqual([]);
  });
});
