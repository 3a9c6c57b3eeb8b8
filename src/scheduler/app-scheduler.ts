import type { WebClient } from '@slack/web-api';
import type { Feature, FeatureDeps } from '../features/feature.js';
import { createSender } from '../outbox/sender.js';
import { BACKGROUND_SHARE } from '../pacer/method-budgets.js';
import { createScheduler, type Scheduler } from './scheduler.js';

/** The scheduler of the app: every feature's planners and outbox kinds, sending through `slack`. */
export function createAppScheduler(deps: FeatureDeps, features: readonly Feature[], slack: WebClient): Scheduler {
  const scheduled = features.map((feature) => feature.scheduled?.(deps) ?? { planners: [], kinds: [] });
  const sender = createSender({ ...deps, slack, kinds: scheduled.flatMap((s) => s.kinds), batchSize: batchSizeOf(deps.config.sendBudget) });
  return createScheduler({ ...deps, planners: scheduled.flatMap((s) => s.planners), sender });
}

/** Seconds of the send budget one claimed batch holds: the rows go out well within their lease. */
const BATCH_SECONDS = 20;
/** Preparing a batch is a few large queries; on SQLite they hold the event loop, so user requests wait behind them. */
const MAX_BATCH = 200;

/** Rows per claim at `sendBudget` posts a minute: 95 at the default 300, at most MAX_BATCH, at least 10. */
export function batchSizeOf(sendBudget: number): number {
  return Math.max(10, Math.min(MAX_BATCH, Math.round(((sendBudget * BACKGROUND_SHARE) / 60) * BATCH_SECONDS)));
}
