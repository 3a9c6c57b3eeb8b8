import type { Db } from '../db/client.js';
import { dedupeKeyOf, type OutboxItem } from './outbox-kind.js';
import { isUniqueViolation } from '../db/unique-violation.js';

const CHUNK = 500;
/** Rows per INSERT: SQLite through Prisma accepts at most 999 parameters per statement. */
const INSERT_ROWS = 50;

/**
 * Enqueues each item unless its dedupe key exists. The unique index on dedupeKey is what makes this
 * safe when several instances plan the same slot at once: a losing insert fails with P2002 and is
 * ignored. Returns how many rows this call created.
 */
export async function enqueueOnce(db: Db, items: readonly OutboxItem[]): Promise<number> {
  let created = 0;
  for (let start = 0; start < items.length; start += CHUNK) {
    const chunk = items.slice(start, start + CHUNK).map(toRow);
    const existing = await db.outboxMessage.findMany({
      where: { dedupeKey: { in: chunk.map((row) => row.dedupeKey) } },
      select: { dedupeKey: true },
    });
    const known = new Set(existing.map((row) => row.dedupeKey));
    const fresh = [...new Map(chunk.filter((row) => !known.has(row.dedupeKey)).map((row) => [row.dedupeKey, row])).values()];
    if (fresh.length === 0) continue;
    for (let at = 0; at < fresh.length; at += INSERT_ROWS) {
      const rows = fresh.slice(at, at + INSERT_ROWS);
      try {
        created += (await db.outboxMessage.createMany({ data: rows })).count;
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        created += await createEachIgnoringDuplicates(db, rows);
      }
    }
  }
  return created;
}

async function createEachIgnoringDuplicates(db: Db, rows: ReturnType<typeof toRow>[]): Promise<number> {
  let created = 0;
  for (const row of rows) {
    try {
      await db.outboxMessage.create({ data: row });
      created += 1;
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
  return created;
}

function toRow(item: OutboxItem) {
  return {
    workspaceId: item.workspaceId,
    kind: item.kind,
    target: item.target,
    slot: item.slot,
    dedupeKey: dedupeKeyOf(item),
    payload: JSON.stringify(item.payload),
    dueAt: item.dueAt,
    expiresAt: item.expiresAt,
    nextAttemptAt: item.dueAt,
  };
}
