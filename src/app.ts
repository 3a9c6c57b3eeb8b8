import type { Server } from 'node:http';
import type { Clock } from './clock.js';
import type { Config } from './config.js';
import type { Db } from './db/client.js';
import { createEvents } from './events.js';
import { registerFeatures } from './features/index.js';
import type { Feature, FeatureDeps } from './features/feature.js';
import type { Log } from './log.js';
import { createOutbox } from './outbox/outbox.js';
import { measureAcks, measurePacer } from './metrics/instrument.js';
import { createMetrics } from './metrics/metrics.js';
import { createSharedPacer } from './pacer/shared-pacer.js';
import { realSleep, type Sleep } from './pacer/sleep.js';
import { createAppScheduler } from './scheduler/app-scheduler.js';
import type { Scheduler } from './scheduler/scheduler.js';
import { registerActorContext } from './slack/actor-context.js';
import { createBoltApp, type ReconnectBackoff } from './slack/create-bolt-app.js';
import { registerErrorBoundary } from './slack/error-boundary.js';
import { registerInteractionShapeGuard } from './slack/interaction-shape-guard.js';
import { portOf, startHealthServer } from './slack/health-routes.js';
import { createRoutes } from './slack/routes.js';

export type OutfieldDeps = {
  config: Config;
  db: Db;
  clock: Clock;
  log: Log;
  /** 'manual' runs no timers: tests and the bench call `scheduler.runDueWork()` themselves. */
  scheduling?: 'timer' | 'manual';
  /** Interface the HTTP server binds (all by default; the sandbox keeps everything on loopback). */
  host?: string;
  /** How the pacer waits for the Slack budget: real time by default; tests move their manual clock. */
  sleep?: Sleep;
  /** Socket Mode: how long to wait between attempts to reconnect (tests shorten it). */
  reconnectBackoff?: ReconnectBackoff;
};

export type Outfield = {
  features: Feature[];
  /** What the features were given (tests and the sandbox use its outbox, pacer and events). */
  deps: FeatureDeps;
  scheduler: Scheduler;
  /** Serves Slack (HTTP mode) or connects (Socket Mode); resolves with the HTTP port once ready. */
  start(): Promise<{ port: number }>;
  stop(): Promise<void>;
};

export function createOutfield(deps: OutfieldDeps): Outfield {
  const metrics = createMetrics(deps);
  const { app, mode, routes } = createBoltApp(deps.config, deps.db, deps.log, { metrics, reconnectBackoff: deps.reconnectBackoff });
  let healthServer: Server | undefined;
  registerInteractionShapeGuard(app, deps.log);
  registerErrorBoundary(app, deps.log);
  const sharedPacer = createSharedPacer({ db: deps.db, clock: deps.clock, sleep: deps.sleep ?? realSleep, sendBudget: deps.config.sendBudget });
  const pacer = measurePacer(sharedPacer, metrics);
  // The actor middleware runs before the features' listeners, so it asks them once they are registered.
  let features: Feature[] = [];
  let commands = new Set<string>();
  measureAcks(app, metrics, () => commands);
  const trustsCachedActor = (body: unknown) => features.some((feature) => feature.trustsCachedActor?.(body) ?? false);
  registerActorContext(app, { ...deps, adminIds: deps.config.adminIds, pacer, metrics, trustsCachedActor });
  // Features are registered before the scheduler exists; the outbox's sendSoon drains through it once it does.
  let scheduler: Scheduler | undefined;
  const outbox = createOutbox(deps.db, () => scheduler?.sendDue() ?? Promise.resolve());
  const featureDeps = { ...deps, outbox, pacer, metrics, events: createEvents(deps.log) };
  const listeners = createRoutes(app);
  features = registerFeatures(listeners, featureDeps);
  listeners.install();
  commands = new Set(features.flatMap((feature) => feature.commands));
  scheduler = createAppScheduler(featureDeps, features, app.client);

  return {
    features,
    scheduler,
    deps: featureDeps,
    async start() {
      // auth.test: a bad token or an unreachable Slack stops start-up with a line saying which.
      await app.init().catch((error: Error & { data?: { error?: string } }) => {
        const reason = error.data?.error ?? error.message;
        throw new Error(`Slack at ${deps.config.slack.apiUrl} did not accept SLACK_BOT_TOKEN (${reason})`);
      });
      let port: number;
      if (mode === 'socket') {
        healthServer = await startHealthServer(routes, deps.config.port, deps.host);
        await app.start();
        port = portOf(healthServer);
      } else {
        const listen = deps.host ? { port: deps.config.port, host: deps.host } : deps.config.port;
        port = portOf((await app.start(listen)) as Server);
      }
      if (deps.scheduling !== 'manual') scheduler.start();
      return { port };
    },
    async stop() {
      await scheduler.stop();
      await app.stop();
      await new Promise((resolve) => (healthServer ? healthServer.close(resolve) : resolve(undefined)));
    },
  };
}
