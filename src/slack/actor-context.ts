import type { AnyMiddlewareArgs, App, Context } from '@slack/bolt';
import { createActorCache, type ActorSource } from '../members/actor-cache.js';
import type { Actor, MemberDeps } from '../members/member-service.js';
import type { Metrics } from '../metrics/metrics.js';
import { refreshIfStale, resolveActor } from '../members/member-service.js';
import { isSlackTeamId, isSlackUserId } from './mentions.js';

export type ActorContextDeps = Omit<MemberDeps, 'slack' | 'refreshing' | 'forget'> & {
  /** Requests whose handler checks the actor's version in its own write may use a cached actor (no query). */
  trustsCachedActor: (body: unknown) => boolean;
  metrics: Metrics;
};

/** Global middleware: every request from a person carries `context.actor`. */
export function registerActorContext(app: App, deps: ActorContextDeps): void {
  const cache = createActorCache();
  app.use(async ({ context, client, next, body }: AnyMiddlewareArgs & { context: Context; client: MemberDeps['slack']; next: () => Promise<void> }) => {
    const teamId = context.teamId ?? teamIdOf(body);
    const userId = context.userId;
    // A body with a malformed user or team id never creates a member or a workspace.
    if (userId && teamId && isSlackUserId(userId) && isSlackTeamId(teamId)) {
      const memberDeps = { ...deps, slack: client, forget: cache.forget };
      const load = async () => {
        const actor = await resolveActor(memberDeps, teamId, userId);
        cache.set(actor);
        return actor;
      };
      const cached = deps.trustsCachedActor(body) ? cache.get(teamId, userId) : undefined;
      if (cached) refreshIfStale(memberDeps, cached.member);
      deps.metrics.actorCache.inc({ result: cached ? 'hit' : 'miss' });
      const current = cached ?? (await load());
      const reload = () => {
        deps.metrics.actorCache.inc({ result: 'reread' });
        return load();
      };
      const source: ActorSource = { current, verified: async () => (cached ? reload() : current) };
      context.actor = current;
      context.actorSource = source;
    }
    await next();
  });
}

function teamIdOf(body: unknown): string | undefined {
  const b = body as { team_id?: string; team?: { id?: string } | null; user?: { team_id?: string } };
  return b.team_id ?? b.team?.id ?? b.user?.team_id;
}

export function actorOf(context: Context): Actor {
  const actor = context.actor as Actor | undefined;
  if (!actor) throw new Error('no actor on this request: it did not come from a person');
  return actor;
}

export function actorSourceOf(context: Context): ActorSource {
  actorOf(context);
  return context.actorSource as ActorSource;
}
