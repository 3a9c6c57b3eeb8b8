import type { Config } from '../../config.js';
import type { Db } from '../../db/client.js';

/** Slack ids of the workspace's admins: OUTFIELD_ADMINS and the members Slack says are admins or owners. */
export async function adminSlackIdsOf(deps: { db: Db; config: Pick<Config, 'adminIds'> }, workspaceId: string): Promise<string[]> {
  const slackAdmins = await deps.db.member.findMany({ where: { workspaceId, isSlackAdmin: true }, select: { slackUserId: true } });
  return [...new Set([...deps.config.adminIds, ...slackAdmins.map((m) => m.slackUserId)])];
}
