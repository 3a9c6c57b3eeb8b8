import type { HomeSection } from '../../home/home-section.js';
import type { Feature } from '../feature.js';
import { onAppHomeOpened, onHomeStale, onShowAll } from './handlers.js';
import type { HomeDeps } from './home-service.js';
import { APP_HOME_OPENED, HOME_SHOW_ALL_ACTION } from './ids.js';

export function sectionsOf(features: readonly Feature[], deps: Parameters<NonNullable<Feature['home']>>[0]): HomeSection[] {
  const sections = features.flatMap((feature) => feature.home?.(deps) ?? []);
  const repeated = sections.find((section, i) => sections.findIndex((s) => s.id === section.id) !== i);
  if (repeated) throw new Error(`two home sections are called ${repeated.id}`);
  return sections.sort((a, b) => a.order - b.order);
}

/**
 * The App Home (SPEC §4.7): publishes on app_home_opened and on `home.stale`, joining every
 * feature's HomeSection in order; the "show all" buttons open a section's full list.
 */
export const homeFeature = (features: readonly Feature[]): Feature => ({
  commands: [],
  register(routes, deps) {
    const home: HomeDeps = { ...deps, slack: routes.client, sections: sectionsOf(features, deps) };
    routes.event(APP_HOME_OPENED, onAppHomeOpened(home));
    routes.action(HOME_SHOW_ALL_ACTION, onShowAll(home));
    deps.events.on('home.stale', onHomeStale(home));
  },
});
