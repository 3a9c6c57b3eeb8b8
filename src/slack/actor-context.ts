import type { AnyMiddlewareArgs, App, Context } from '@slack/bolt';
import type { Actor, MemberDeps } from '../members/member-service.js';
import { resolveActor } from '../members/member-service.js';
import { isSlackTeamId, isSlackUserId } from './mentions.js';

/** Global middleware: every request from a person carries `context.actor`. */
export function registerActorContext(app: App, deps: Omit<MemberDeps, 'slack' | 'refreshing'>): void {
  const refreshing = new Set<string>();
  app.use(async ({ context, client, next, body }: AnyMiddlewareArgs & { context: Context; client: MemberDeps['slack']; next: () => Promise<void> }) => {
    const teamId = context.teamId ?? teamIdOf(body);
    // A body with a malformed user or team id never creates a member or a workspace.
    if (context.userId && teamId && isSlackUserId(context.userId) && isSlackTeamId(teamId)) {
      context.actor = await resolveActor({ ...deps, slack: client, refreshing }, teamId, context.userId);
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
