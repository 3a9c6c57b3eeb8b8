import type { Clock } from '../clock.js';
import type { Db } from '../db/client.js';
import type { OutboxMessage } from '../generated/sqlite/client.js';
import type { Log } from '../log.js';
import { outcomeOfFailure } from './retry-rules.js';
import type { SendResult } from './outbox-kind.js';

/**
 * How a claimed row ends (or goes back to pending). Every write names the claim (`claimedBy`,
 * status 'sending'), so a row whose lease another instance took over is left alone.
 */
export function rowOutcomes(deps: { db: Db; clock: Clock; log: Log }) {
  const mine = (row: OutboxMessage) => ({ id: row.id, claimedBy: row.claimedBy, status: 'sending' as const });
  const unclaimed = { claimedBy: null, claimedAt: null };
  const write = (row: OutboxMessage, data: Record<string, unknown>) => deps.db.outboxMessage.updateMany({ where: mine(row), data });

  return {
    // A crash between Slack's answer and this write is the one at-least-once window: after the lease
    // another instance would send it again. The write is a single update by primary key to keep it tiny.
    sent: (row: OutboxMessage, result: SendResult) =>
      write(row, { status: 'sent', sentAt: deps.clock.now(), messageTs: result.ts ?? result.fileId ?? null, attempts: row.attempts + 1, lastError: null }),
    skipped: (row: OutboxMessage, reason: string) => write(row, { status: 'skipped', lastError: reason }),
    expired: (row: OutboxMessage) => write(row, { status: 'expired', lastError: 'expired before it could be sent', ...unclaimed }),
    async failed(row: OutboxMessage, reason: string) {
      deps.log.error({ outboxId: row.id, kind: row.kind, error: reason }, 'outbox message failed');
      await write(row, { status: 'failed', lastError: reason, ...unclaimed });
    },
    /** A send that threw: back off, wait out a 429's Retry-After, or fail (retry-rules). */
    async threw(row: OutboxMessage, error: unknown) {
      const outcome = outcomeOfFailure(error, row.attempts, deps.clock.now());
      if (outcome.status === 'failed') deps.log.warn({ outboxId: row.id, kind: row.kind, error: outcome.lastError }, 'outbox message failed');
      await write(row, { ...outcome, ...unclaimed });
    },
    /**
     * Back to pending until `until`, not counted as an attempt: the kind parked it (the channel cannot
     * take it yet) or the Slack budget is busy until then (a long Retry-After).
     */
    waitUntil: (row: OutboxMessage, until: Date, reason: string) =>
      write(row, { status: 'pending', nextAttemptAt: until, lastError: reason, ...unclaimed }),
  };
}

export type RowOutcomes = ReturnType<typeof rowOutcomes>;
