import type { Server } from 'node:http';
import type { Clock } from './clock.js';
import type { Config } from './config.js';
import type { Db } from './db/client.js';
import { registerFeatures } from './features/index.js';
import type { Feature } from './features/feature.js';
import type { Log } from './log.js';
import { createAppScheduler } from './scheduler/app-scheduler.js';
import type { Scheduler } from './scheduler/scheduler.js';
import { registerActorContext } from './slack/actor-context.js';
import { createBoltApp, type ReconnectBackoff } from './slack/create-bolt-app.js';
import { registerErrorBoundary } from './slack/error-boundary.js';
import { registerInteractionShapeGuard } from './slack/interaction-shape-guard.js';
import { portOf, startHealthServer } from './slack/health-routes.js';

export type OutfieldDeps = {
  config: Config;
  db: Db;
  clock: Clock;
  log: Log;
  /** 'manual' runs no timers: tests and the bench call `scheduler.runDueWork()` themselves. */
  scheduling?: 'timer' | 'manual';
  /** Socket Mode: how long to wait between attempts to reconnect (tests shorten it). */
  reconnectBackoff?: ReconnectBackoff;
};

export type Outfield = {
  features: Feature[];
  scheduler: Scheduler;
  /** Serves Slack (HTTP mode) or connects (Socket Mode); resolves with the HTTP port once ready. */
  start(): Promise<{ port: number }>;
  stop(): Promise<void>;
};

export function createOutfield(deps: OutfieldDeps): Outfield {
  const { app, mode, routes } = createBoltApp(deps.config, deps.db, deps.log, { reconnectBackoff: deps.reconnectBackoff });
  let healthServer: Server | undefined;
  registerInteractionShapeGuard(app, deps.log);
  registerErrorBoundary(app, deps.log);
  registerActorContext(app, { ...deps, adminIds: deps.config.adminIds });
  const features = registerFeatures(app, deps);
  const scheduler = createAppScheduler(deps, features, app.client);

  return {
    features,
    scheduler,
    async start() {
      // auth.test: a bad token or an unreachable Slack stops start-up with a line saying which.
      await app.init().catch((error: Error & { data?: { error?: string } }) => {
        const reason = error.data?.error ?? error.message;
        throw new Error(`Slack at ${deps.config.slack.apiUrl} did not accept SLACK_BOT_TOKEN (${reason})`);
      });
      let port: number;
      if (mode === 'socket') {
        healthServer = await startHealthServer(routes, deps.config.port);
        await app.start();
        port = portOf(healthServer);
      } else {
        port = portOf((await app.start(deps.config.port)) as Server);
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
