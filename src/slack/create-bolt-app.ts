import { App, HTTPReceiver, SocketModeReceiver, type CustomRoute, type Receiver } from '@slack/bolt';
import type { Config } from '../config.js';
import type { Db } from '../db/client.js';
import { toSlackLogger, type Log } from '../log.js';
import { countingFetch } from '../metrics/instrument.js';
import type { Metrics } from '../metrics/metrics.js';
import { healthRoutes } from './health-routes.js';
import { answerMalformedEventWith400, guardMalformedBodies } from './malformed-request-guard.js';

/**
 * Retries belong to the outbox (which honours Retry-After); the client's default retries for about
 * 30 minutes and would block a worker. Interactive calls get one quick retry.
 */
export const slackClientOptions = (apiUrl: string, metrics?: Metrics) => ({
  slackApiUrl: apiUrl,
  ...(metrics ? { fetch: countingFetch(metrics) } : {}),
  retryConfig: { retries: 1, minTimeout: 200, maxTimeout: 1000 },
  rejectRateLimitedCalls: true,
  timeout: 10_000,
});

export type BoltApp = { app: App; mode: 'http' | 'socket'; routes: CustomRoute[] };

/** Malformed bodies must never turn into a 5xx or a crash; Bolt answers 400/401 to most itself. */
function httpReceiver(config: Config, customRoutes: CustomRoute[], log: Log): HTTPReceiver {
  const receiver = new HTTPReceiver({
    signingSecret: config.slack.signingSecret ?? '',
    logger: toSlackLogger(log),
    customRoutes,
    // Answer before Slack's own 3-second limit when a listener never acknowledges.
    unhandledRequestTimeoutMillis: 2900,
    processEventErrorHandler: answerMalformedEventWith400(log),
  });
  guardMalformedBodies(receiver, log);
  return receiver;
}

export function createBoltApp(config: Config, db: Db, log: Log, metrics: Metrics): BoltApp {
  const logger = toSlackLogger(log);
  const routes = healthRoutes(db, metrics);
  const receiver: Receiver = config.slack.appToken
    ? new SocketModeReceiver({
        appToken: config.slack.appToken,
        logger,
        installerOptions: { clientOptions: slackClientOptions(config.slack.apiUrl, metrics) },
      })
    : httpReceiver(config, routes, log);
  const app = new App({
    token: config.slack.botToken,
    receiver,
    logger,
    clientOptions: slackClientOptions(config.slack.apiUrl, metrics),
    // auth.test runs in init(), so start-up can say clearly when the token or Slack is the problem.
    deferInitialization: true,
  });
  return { app, mode: config.slack.appToken ? 'socket' : 'http', routes };
}
