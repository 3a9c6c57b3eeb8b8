/**
 * The bench's baseline: a bare Bolt app with one /call listener that only acknowledges. Spawned as
 * its own process like the real app; prints "ready <port>" once it listens.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, LogLevel } from '@slack/bolt';

const app = new App({
  token: 'xoxb-bench',
  signingSecret: process.env.SLACK_SIGNING_SECRET ?? '',
  // Both ids given: Bolt never calls auth.test.
  botId: 'B0BOT',
  botUserId: 'U0BOT',
  logLevel: LogLevel.ERROR,
});
app.command('/call', async ({ ack }) => {
  await ack();
});
const server = (await app.start(Number(process.env.PORT ?? 0))) as Server;
process.stdout.write(`ready ${(server.address() as AddressInfo).port}\n`);
process.on('SIGTERM', () => void app.stop().then(() => process.exit(0)));
