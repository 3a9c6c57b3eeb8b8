import type { Db } from '../../db/client.js';
import type { Planner } from '../../scheduler/planner.js';
import { reviewPostItem } from './outbox-items.js';

/**
 * Disclosures kept while no review channel was set (or set to another one since) get their post
 * once a channel is set: one item per disclosure and channel, so planning again is harmless.
 */
export function reviewPostPlanner({ db }: { db: Db }): Planner {
  return {
    name: 'disclosure review posts',
    async plan(now) {
      const workspaces = await db.workspace.findMany({ where: { reviewChannelId: { not: null } }, select: { id: true, reviewChannelId: true } });
      const items = [];
      for (const ws of workspaces) {
        const waiting = await db.disclosure.findMany({
          where: { workspaceId: ws.id, reviewTs: null, supersededById: null, status: { not: 'withdrawn' } },
          select: { id: true, workspaceId: true },
          take: 500,
        });
        items.push(...waiting.map((d) => reviewPostItem(d, ws.reviewChannelId as string, now)));
      }
      return items;
    },
  };
}
