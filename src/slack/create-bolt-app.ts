import { App, HTTPReceiver, SocketModeReceiver, type Receiver } from '@slack/bolt';
import type { Config } from '../config.js';
import type { Db } from '../db/client.js';
import { toSlackLogger, type Log } from '../log.js';
import { healthRoutes } from './health-routes.js';
import { answerMalformedEventWith400, guardMalformedBodies } from './malformed-request-guard.js';

/**
 * Retries belong to the outbox (which honours Retry-After); the client's default retries for about
 * 30 minutes and would block a worker. Interactive calls get one quick retry.
 */
export const slackClientOptions = (apiUrl: string) => ({
  slackApiUrl: apiUrl,
  retryConfig: { retries: 1, minTimeout: 200, maxTimeout: 1000 },
  rejectRateLimitedCalls: true,
  timeout: 10_000,
});

export type BoltApp = { app: App; receiver: Receiver; mode: 'http' | 'socket' };

/** Malformed bodies must never turn into a 5xx or a crash; Bolt answers 400/401 to most itself. */
function httpReceiver(config: Config, customRoutes: ReturnType<typeof healthRoutes>, log: Log): HTTPReceiver {
  const receiver = new HTTPReceiver({
    signingSecret: config.slack.signingSecret ?? '',
    logger: toSlackLogger(log),
    customRoutes,
    unhandledRequestTimeoutMillis: 2900,
    processEventErrorHandler: answerMalformedEventWith400(log),
  });
  guardMalformedBodies(receiver, log);
  return receiver;
}

export function createBoltApp(config: Config, db: Db, log: Log): BoltApp {
  const logger = toSlackLogger(log);
  const customRoutes = healthRoutes(db);
  const receiver: Receiver = config.slack.appToken
    ? new SocketModeReceiver({
        appToken: config.slack.appToken,
        logger,
        customRoutes,
        installerOptions: { port: config.port, clientOptions: slackClientOptions(config.slack.apiUrl) },
      })
    : httpReceiver(config, customRoutes, log);
  const app = new App({
    token: config.slack.botToken,
    receiver,
    logger,
    clientOptions: slackClientOptions(config.slack.apiUrl),
    // No auth.test at construction: the app starts (and passes /healthz) even while Slack is unreachable.
    deferInitialization: true,
  });
  return { app, receiver, mode: config.slack.appToken ? 'socket' : 'http' };
}
