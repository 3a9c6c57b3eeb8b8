import type { Db } from '../db/client.js';
import { dueSlot, type DueSlot } from './slots.js';

export type DueZone = DueSlot & { tz: string };

/**
 * The time zones of a workspace's members where `time` is due at `now`, with each zone's slot.
 * Members are grouped by zone first, so a tick costs one small query when nothing is due.
 */
export async function dueZones(db: Db, workspaceId: string, now: Date, time: string): Promise<DueZone[]> {
  // A member whose zone Slack has not told us yet is never nudged at a guessed hour.
  const zones = await db.member.groupBy({ by: ['tz'], where: { workspaceId, tzKnown: true } });
  return zones.flatMap(({ tz }) => {
    const slot = dueSlot(now, tz, time);
    return slot ? [{ tz, ...slot }] : [];
  });
}

/** Splits a list for IN (…) queries: SQLite through Prisma accepts at most 999 parameters per query. */
export function chunksOf<T>(items: readonly T[], size = 500): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks;
}
