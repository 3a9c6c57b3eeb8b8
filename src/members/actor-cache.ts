import type { Actor } from './member-service.js';

/**
 * Actors by workspace and Slack user, newest last, at most `max` of them. An entry is never trusted
 * blindly: a request served from it must check the member's and workspace's `version` in its own
 * write (see calls/call-insert.ts), so a role, team or profile change on any instance is seen.
 */
/** The actor of a request, and the way to a freshly read one when it came from the cache. */
export type ActorSource = { current: Actor; verified(): Promise<Actor> };

export type ActorCache = {
  get(workspaceId: string, slackUserId: string): Actor | undefined;
  set(actor: Actor): void;
  forget(workspaceId: string, slackUserId: string): void;
};

export function createActorCache(max = 10_000): ActorCache {
  const actors = new Map<string, Actor>();
  const keyOf = (workspaceId: string, slackUserId: string) => `${workspaceId}:${slackUserId}`;
  return {
    get: (workspaceId, slackUserId) => actors.get(keyOf(workspaceId, slackUserId)),
    set(actor) {
      const key = keyOf(actor.workspace.id, actor.member.slackUserId);
      actors.delete(key);
      actors.set(key, actor);
      if (actors.size > max) actors.delete(actors.keys().next().value as string);
    },
    forget: (workspaceId, slackUserId) => void actors.delete(keyOf(workspaceId, slackUserId)),
  };
}
