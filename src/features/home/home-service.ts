import type { WebClient } from '@slack/web-api';
import type { HomeView } from '@slack/types';
import type { HomeSection } from '../../home/home-section.js';
import { actorFor, type Actor } from '../../members/member-service.js';
import type { FeatureDeps } from '../feature.js';
import { claimHomeEvent, saveHash, storedHash } from './home-store.js';
import { slackErrorOf } from './rules.js';
import { homeView, sectionFailed } from './views.js';

export type HomeDeps = Pick<FeatureDeps, 'db' | 'clock' | 'log' | 'config' | 'pacer'> & {
  slack: Pick<WebClient, 'views'>;
  sections: readonly HomeSection[];
};

export type PublishResult = 'published' | 'retried_event' | 'unknown_member' | 'conflicts';

/** Every section for `viewer` in order; a failing section shows a short notice instead of blanking the Home. */
export async function renderHome(deps: HomeDeps, viewer: Actor, now: Date): Promise<HomeView> {
  const parts = await Promise.all(deps.sections.map((section) => section.render(viewer, now).catch((error: unknown) => {
    deps.log.error({ err: error, feature: 'home', section: section.id, userId: viewer.member.slackUserId }, 'home section failed');
    return sectionFailed(viewer);
  })));
  return homeView(viewer, now, parts);
}

/** The member as an actor, read again: what they just did (a snooze, time off) is on their row. */
export async function actorOfMember(deps: Pick<HomeDeps, 'db' | 'config'>, workspaceId: string, slackUserId: string): Promise<Actor | undefined> {
  const found = await deps.db.member.findUnique({ where: { workspaceId_slackUserId: { workspaceId, slackUserId } }, include: { workspace: true } });
  if (!found) return undefined;
  const { workspace, ...member } = found;
  return actorFor(member, workspace, deps.config.adminIds);
}

const ATTEMPTS = 3;

/**
 * Renders and publishes `viewer`'s Home through the pacer. The publish carries the hash of the
 * last view we know of: if someone published since (another refresh, another instance), Slack
 * answers hash_conflict and this render, now older, is dropped and made again from fresh data.
 * The last attempt publishes without a hash; it was rendered after the conflicting publish landed.
 * With `eventId`, a retried delivery of an event already handled publishes nothing.
 */
export async function publishHome(deps: HomeDeps, viewer: Actor, options: { eventId?: string; eventHash?: string } = {}): Promise<PublishResult> {
  const memberId = viewer.member.id;
  if (options.eventId && !(await claimHomeEvent(deps.db, memberId, options.eventId))) return 'retried_event';
  for (let attempt = 1; attempt <= ATTEMPTS; attempt += 1) {
    const known = attempt < ATTEMPTS ? ((await storedHash(deps.db, memberId)) ?? options.eventHash) : undefined;
    const now = deps.clock.now();
    const view = await renderHome(deps, viewer, now);
    try {
      const published = await deps.pacer.run({ workspaceId: viewer.workspace.id, method: 'views.publish' }, () =>
        deps.slack.views.publish({ user_id: viewer.member.slackUserId, view, ...(known ? { hash: known } : {}) }));
      if (published.view?.hash) await saveHash(deps.db, memberId, published.view.hash, now);
      return 'published';
    } catch (error) {
      if (slackErrorOf(error) !== 'hash_conflict') throw error;
      deps.log.info({ feature: 'home', userId: viewer.member.slackUserId, attempt }, 'home changed meanwhile; rendering again');
    }
  }
  return 'conflicts';
}
