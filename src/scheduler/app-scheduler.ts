import type { WebClient } from '@slack/web-api';
import type { Feature, FeatureDeps } from '../features/feature.js';
import { createSender } from '../outbox/sender.js';
import { createScheduler, type Scheduler } from './scheduler.js';

/** The scheduler of the app: every feature's planners and outbox kinds, sending through `slack`. */
export function createAppScheduler(deps: FeatureDeps, features: readonly Feature[], slack: WebClient): Scheduler {
  const scheduled = features.map((feature) => feature.scheduled?.(deps) ?? { planners: [], kinds: [] });
  const sender = createSender({ ...deps, slack, kinds: scheduled.flatMap((s) => s.kinds) });
  return createScheduler({ ...deps, planners: scheduled.flatMap((s) => s.planners), sender });
}
