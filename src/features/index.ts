import type { Routes } from '../slack/routes.js';
import { adminFeature } from './admin/register.js';
import { callsFeature } from './calls/register.js';
import { disclosuresFeature } from './disclosures/register.js';
import type { Feature, FeatureDeps, SubcommandHandler } from './feature.js';
import { goalsFeature } from './goals/register.js';
import { homeFeature } from './home/register.js';
import { incentivesFeature } from './incentives/register.js';
import { quotasFeature } from './quotas/register.js';
import { reportsFeature } from './reports/register.js';
import { settingsFeature } from './settings/register.js';

/** Every feature but admin, which hosts `/outfield` and so takes the others' subcommands. */
export const FEATURES: readonly Feature[] = [
  callsFeature, quotasFeature, goalsFeature, reportsFeature, settingsFeature, incentivesFeature, disclosuresFeature,
];

export function registerFeatures(routes: Routes, deps: FeatureDeps): Feature[] {
  const subcommands: Record<string, SubcommandHandler> = {};
  for (const feature of FEATURES) {
    for (const [name, handler] of Object.entries(feature.outfieldSubcommands?.(deps) ?? {})) {
      if (Object.hasOwn(subcommands, name)) throw new Error(`two features register /outfield ${name}`);
      subcommands[name] = handler;
    }
  }
  const commands = FEATURES.flatMap((feature) => feature.commands);
  const repeated = commands.find((command, i) => commands.indexOf(command) !== i);
  if (repeated) throw new Error(`two features register ${repeated}`);
  const all = [adminFeature(subcommands), homeFeature(FEATURES), ...FEATURES];
  for (const feature of all) feature.register(routes, deps);
  return all;
}
