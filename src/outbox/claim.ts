import type { Db } from '../db/client.js';
import type { OutboxMessage } from '../generated/sqlite/client.js';

/**
 * A row left in 'sending' longer than this belongs to an instance that died; it goes back to
 * pending. A send is bounded by the Web API client's timeout (10 s, one retry), far below it.
 */
export const LEASE_MS = 2 * 60_000;

/** Pending rows whose catch-up window has passed are expired, never sent late. */
export async function expireOverdue(db: Db, now: Date): Promise<number> {
  const { count } = await db.outboxMessage.updateMany({
    where: { status: 'pending', expiresAt: { lte: now } },
    data: { status: 'expired', lastError: 'expired before it could be sent' },
  });
  return count;
}

export async function reclaimAbandoned(db: Db, now: Date): Promise<number> {
  const { count } = await db.outboxMessage.updateMany({
    where: { status: 'sending', claimedAt: { lt: new Date(now.getTime() - LEASE_MS) } },
    data: { status: 'pending', claimedBy: null, claimedAt: null },
  });
  return count;
}

export type Claim = { due: number; rows: OutboxMessage[] };

/**
 * Selects up to `limit` due rows in the query, then claims them with one conditional update: under
 * concurrency only one instance's update matches `status = 'pending'` for a row, and the rows it
 * got are read back by its unique claim token. `due` > 0 with no rows means another instance won
 * this batch; the caller looks again.
 */
export async function claimDue(db: Db, options: { now: Date; limit: number; token: string }): Promise<Claim> {
  const { now, limit, token } = options;
  const due = await db.outboxMessage.findMany({
    where: { status: 'pending', nextAttemptAt: { lte: now }, expiresAt: { gt: now } },
    // Due order: the rep due at 16:00 goes before the one due at 16:30, also after retries.
    orderBy: [{ dueAt: 'asc' }, { nextAttemptAt: 'asc' }],
    take: limit,
    select: { id: true },
  });
  if (due.length === 0) return { due: 0, rows: [] };
  const ids = due.map((row) => row.id);
  await db.outboxMessage.updateMany({
    where: { id: { in: ids }, status: 'pending', nextAttemptAt: { lte: now } },
    data: { status: 'sending', claimedBy: token, claimedAt: now },
  });
  const rows = await db.outboxMessage.findMany({
    where: { id: { in: ids }, claimedBy: token, status: 'sending' },
    orderBy: [{ dueAt: 'asc' }, { nextAttemptAt: 'asc' }],
  });
  return { due: due.length, rows };
}

/** Gives claimed rows that were not started back (graceful stop). */
export async function releaseClaims(db: Db, ids: readonly string[], token: string): Promise<void> {
  if (ids.length === 0) return;
  await db.outboxMessage.updateMany({
    where: { id: { in: [...ids] }, claimedBy: token, status: 'sending' },
    data: { status: 'pending', claimedBy: null, claimedAt: null },
  });
}
