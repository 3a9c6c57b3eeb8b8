import { randomUUID } from 'node:crypto';
import type { WebClient } from '@slack/web-api';
import type { Clock } from '../clock.js';
import type { Db } from '../db/client.js';
import type { OutboxMessage } from '../generated/sqlite/client.js';
import type { Log } from '../log.js';
import { claimDue, expireOverdue, reclaimAbandoned, releaseClaims } from './claim.js';
import type { OutboxKind } from './outbox-kind.js';
import { outcomeOfFailure } from './retry-rules.js';

export type SenderDeps = {
  db: Db;
  clock: Clock;
  log: Log;
  slack: { chat: Pick<WebClient['chat'], 'postMessage'> };
  kinds: readonly OutboxKind[];
  instanceId?: string;
  batchSize?: number;
  concurrency?: number;
};

export type Sender = {
  /** Sends everything due now, batch after batch, until nothing due is left (or stop() was called). */
  drain(): Promise<void>;
  /** Stops taking work, finishes the sends in flight and gives unstarted claims back. */
  stop(): Promise<void>;
};

export function createSender(deps: SenderDeps): Sender {
  const instanceId = deps.instanceId ?? randomUUID();
  const kinds = new Map(deps.kinds.map((kind) => [kind.kind, kind]));
  const log = deps.log.child({ component: 'outbox', instanceId });
  let stopping = false;
  let seq = 0;
  let running: Promise<void> | undefined;

  async function drainBatches(): Promise<void> {
    while (!stopping) {
      const now = deps.clock.now();
      await expireOverdue(deps.db, now);
      await reclaimAbandoned(deps.db, now);
      seq += 1;
      const token = `${instanceId}:${seq}`;
      const claim = await claimDue(deps.db, { now, limit: deps.batchSize ?? 200, token });
      if (claim.due === 0) return;
      await sendAll(claim.rows, token);
    }
  }

  async function sendAll(rows: OutboxMessage[], token: string): Promise<void> {
    const queue = [...rows];
    const worker = async () => {
      while (!stopping) {
        const row = queue.shift();
        if (!row) return;
        await sendOne(row);
      }
    };
    await Promise.all(Array.from({ length: Math.min(deps.concurrency ?? 16, rows.length) }, worker));
    await releaseClaims(deps.db, queue.map((row) => row.id), token);
  }

  async function sendOne(row: OutboxMessage): Promise<void> {
    const mine = { id: row.id, claimedBy: row.claimedBy, status: 'sending' as const };
    try {
      const kind = kinds.get(row.kind);
      if (!kind) throw new Error(`no outbox kind registered for "${row.kind}"`);
      const prepared = await kind.prepare(row);
      if ('skip' in prepared) {
        await deps.db.outboxMessage.updateMany({ where: mine, data: { status: 'skipped', lastError: prepared.skip } });
        return;
      }
      const result = await deps.slack.chat.postMessage(prepared);
      // A crash between Slack's answer and this write is the one at-least-once window: after the lease
      // another instance would send it again. The write is a single indexed update to keep it tiny.
      await deps.db.outboxMessage.updateMany({
        where: mine,
        data: { status: 'sent', sentAt: deps.clock.now(), messageTs: result.ts ?? null, attempts: row.attempts + 1, lastError: null },
      });
    } catch (error) {
      const outcome = outcomeOfFailure(error, row.attempts, deps.clock.now());
      if (outcome.status === 'failed') log.warn({ outboxId: row.id, kind: row.kind, error: outcome.lastError }, 'outbox message failed');
      await deps.db.outboxMessage.updateMany({ where: mine, data: { ...outcome, claimedBy: null, claimedAt: null } });
    }
  }

  return {
    async drain() {
      // One drain at a time per instance; a tick arriving meanwhile joins the running one.
      running ??= drainBatches().finally(() => {
        running = undefined;
      });
      await running;
    },
    async stop() {
      stopping = true;
      await running;
    },
  };
}
