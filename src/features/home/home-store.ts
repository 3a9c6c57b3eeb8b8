import type { Db } from '../../db/client.js';
import { isUniqueViolation } from '../../db/unique-violation.js';

type HomeDb = Pick<Db, 'homeView'>;

/**
 * True the first time `eventId` is handled for this member, false for a retried delivery of it
 * (X-Slack-Retry-Num), also when the retry lands on another instance: the row is the claim.
 */
export async function claimHomeEvent(db: HomeDb, memberId: string, eventId: string): Promise<boolean> {
  const moved = await db.homeView.updateMany({
    where: { memberId, OR: [{ lastEventId: null }, { lastEventId: { not: eventId } }] },
    data: { lastEventId: eventId },
  });
  if (moved.count > 0) return true;
  try {
    await db.homeView.create({ data: { memberId, lastEventId: eventId } });
    return true;
  } catch (error) {
    if (isUniqueViolation(error)) return false; // the row exists and already names this event
    throw error;
  }
}

/** The first opening of a member's Home, on their row: from then on, their actions refresh it. */
export async function markHomeOpened(db: Pick<Db, 'member'>, memberId: string, at: Date): Promise<void> {
  await db.member.updateMany({ where: { id: memberId, homeOpenedAt: null }, data: { homeOpenedAt: at } });
}

export async function storedHash(db: HomeDb, memberId: string): Promise<string | undefined> {
  return (await db.homeView.findUnique({ where: { memberId } }))?.hash ?? undefined;
}

export async function saveHash(db: HomeDb, memberId: string, hash: string, at: Date): Promise<void> {
  await db.homeView.upsert({ where: { memberId }, create: { memberId, hash, publishedAt: at }, update: { hash, publishedAt: at } });
}
