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

/** Waits between attempts to reach apps.connections.open again: doubling from `minMs` up to `maxMs`. */
export type ReconnectBackoff = { minMs: number; maxMs: number };
const RECONNECT_BACKOFF: ReconnectBackoff = { minMs: 1000, maxMs: 60_000 };

/**
 * The Socket Mode client's own WebClient, which only ever calls apps.connections.open. It must keep
 * trying through an outage: the Socket Mode client gives up on the first HTTP 5xx that escapes its
 * WebClient (it counts that as unrecoverable) and its reconnect then rejects with nobody to catch it,
 * which ends the process. So: retry forever with capped backoff, and wait out a 429's Retry-After.
 */
export const socketModeClientOptions = (apiUrl: string, backoff: ReconnectBackoff = RECONNECT_BACKOFF, metrics?: Metrics) => ({
  slackApiUrl: apiUrl,
  ...(metrics ? { fetch: countingFetch(metrics) } : {}),
  retryConfig: { forever: true, factor: 2, randomize: true, minTimeout: backoff.minMs, maxTimeout: backoff.maxMs },
  rejectRateLimitedCalls: false,
  timeout: 10_000,
});

export type BoltApp = { app: App; mode: 'http' | 'socket'; routes: CustomRoute[] };
export type BoltAppOptions = { metrics: Metrics; reconnectBackoff?: ReconnectBackoff };

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

export function createBoltApp(config: Config, db: Db, log: Log, options: BoltAppOptions): BoltApp {
  const { metrics } = options;
  const logger = toSlackLogger(log);
  const routes = healthRoutes(db, metrics);
  const receiver: Receiver = config.slack.appToken
    ? new SocketModeReceiver({
        appToken: config.slack.appToken,
        logger,
        installerOptions: { clientOptions: socketModeClientOptions(config.slack.apiUrl, options.reconnectBackoff, metrics) },
      })
    : httpReceiver(config, routes, log);
  const app = new App({
    token: config.slack.botToken,
    receiver,
    logger,
    clientOptions: slackClientOptions(config.slack.apiUrl, metrics),
    // auth.test runs in init(), so start-up can say clearly when the token or Slack is the problem.
    deferInitialization: true,
    // Outfield keeps no state in Bolt's conversation store; the default in-memory one is a middleware
    // on every request (about 4% of a /call's CPU in the bench profile).
    convoStore: false,
  });
  return { app, mode: config.slack.appToken ? 'socket' : 'http', routes };
}
