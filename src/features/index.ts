import type { App } from '@slack/bolt';
import { adminFeature } from './admin/register.js';
import { callsFeature } from './calls/register.js';
import { comingSoonFeature } from './coming-soon/register.js';
import type { Feature, FeatureDeps } from './feature.js';
import { quotasFeature } from './quotas/register.js';
import { settingsFeature } from './settings/register.js';

/** Every feature but admin, which hosts `/outfield` and so takes the others' subcommands. */
const FEATURES: readonly Feature[] = [callsFeature, quotasFeature, settingsFeature, comingSoonFeature];

export function registerFeatures(app: App, deps: FeatureDeps): Feature[] {
  const subcommands = Object.assign({}, ...FEATURES.map((feature) => feature.outfieldSubcommands?.(deps) ?? {}));
  const all = [adminFeature(subcommands), ...FEATURES];
  for (const feature of all) feature.register(app, deps);
  return all;
}
