import { randomUUID } from 'node:crypto';
import type { Clock } from '../clock.js';
import type { Db } from '../db/client.js';
import type { OutboxMessage } from '../generated/sqlite/client.js';
import type { Log } from '../log.js';
import { claimDue, expireOverdue, reclaimAbandoned, releaseClaims } from './claim.js';
import type { Pacer } from '../pacer/pacer.js';
import type { OutboxKind, Prepared, SlackSend } from './outbox-kind.js';
import { isUndeliverable, outcomeOfFailure, slackErrorOf } from './retry-rules.js';
import { deliver, type DeliveryClient } from './slack-delivery.js';

export type SenderDeps = {
  db: Db;
  clock: Clock;
  log: Log;
  slack: DeliveryClient;
  pacer: Pacer;
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

function parsePayload(kind: OutboxKind, row: OutboxMessage) {
  let json: unknown;
  try {
    json = JSON.parse(row.payload);
  } catch {
    json = undefined;
  }
  return kind.payload.safeParse(json);
}

type Ready = { item: Prepared<unknown>; kind: OutboxKind; send: SlackSend };

export function createSender(deps: SenderDeps): Sender {
  const instanceId = deps.instanceId ?? randomUUID();
  const kinds = new Map(deps.kinds.map((kind) => [kind.kind, kind]));
  if (kinds.size !== deps.kinds.length) throw new Error('two outbox kinds share a name');
  const log = deps.log.child({ component: 'outbox', instanceId });
  const mine = (row: OutboxMessage) => ({ id: row.id, claimedBy: row.claimedBy, status: 'sending' as const });
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
      const claim = await claimDue(deps.db, { now, limit: deps.batchSize ?? 500, token });
      if (claim.due === 0) return;
      const ready = await prepareAll(claim.rows);
      await sendAll(ready, token);
    }
  }

  /** Asks each kind, for its whole share of the batch, what to send; skipped rows are closed here. */
  async function prepareAll(rows: readonly OutboxMessage[]): Promise<Ready[]> {
    const ready: Ready[] = [];
    const byKind = new Map<string, OutboxMessage[]>();
    for (const row of rows) byKind.set(row.kind, [...(byKind.get(row.kind) ?? []), row]);
    for (const [name, ofKind] of byKind) {
      const kind = kinds.get(name);
      if (!kind) {
        for (const row of ofKind) await fail(row, `no outbox kind registered for "${name}"`);
        continue;
      }
      const items: Prepared<unknown>[] = [];
      for (const row of ofKind) {
        const payload = parsePayload(kind, row);
        if (payload.success) items.push({ row, payload: payload.data });
        else await fail(row, `payload does not match ${name}: ${payload.error.message}`);
      }
      try {
        const prepared = await kind.prepare(items);
        for (const [i, item] of items.entries()) {
          const result = prepared[i] ?? { skip: 'not prepared' };
          if ('skip' in result) await deps.db.outboxMessage.updateMany({ where: mine(item.row), data: { status: 'skipped', lastError: result.skip } });
          else ready.push({ item, kind, send: result });
        }
      } catch (error) {
        for (const { row } of items) await recordFailure(row, error);
      }
    }
    return ready;
  }

  async function sendAll(ready: Ready[], token: string): Promise<void> {
    const queue = [...ready];
    const worker = async () => {
      while (!stopping) {
        const next = queue.shift();
        if (!next) return;
        await sendOne(next);
      }
    };
    await Promise.all(Array.from({ length: Math.min(deps.concurrency ?? 32, ready.length) }, worker));
    await releaseClaims(deps.db, queue.map(({ item }) => item.row.id), token);
  }

  async function sendOne({ item, kind, send }: Ready): Promise<void> {
    const { row } = item;
    try {
      const result = await deliver({ client: deps.slack, pacer: deps.pacer, workspaceId: row.workspaceId, send });
      // A crash between Slack's answer and this write is the one at-least-once window: after the lease
      // another instance would send it again. The write is a single update by primary key to keep it tiny.
      await deps.db.outboxMessage.updateMany({
        where: mine(row),
        data: { status: 'sent', sentAt: deps.clock.now(), messageTs: result.ts ?? result.fileId ?? null, attempts: row.attempts + 1, lastError: null },
      });
      await kind.delivered?.(item, result);
    } catch (error) {
      const parkUntil = isUndeliverable(error) ? await kind.undeliverable?.(item, slackErrorOf(error)) : undefined;
      if (parkUntil) await park(row, parkUntil, slackErrorOf(error));
      else await recordFailure(row, error);
    }
  }

  async function recordFailure(row: OutboxMessage, error: unknown): Promise<void> {
    const outcome = outcomeOfFailure(error, row.attempts, deps.clock.now());
    if (outcome.status === 'failed') log.warn({ outboxId: row.id, kind: row.kind, error: outcome.lastError }, 'outbox message failed');
    await deps.db.outboxMessage.updateMany({ where: mine(row), data: { ...outcome, claimedBy: null, claimedAt: null } });
  }

  async function fail(row: OutboxMessage, reason: string): Promise<void> {
    log.error({ outboxId: row.id, kind: row.kind, error: reason }, 'outbox message failed');
    await deps.db.outboxMessage.updateMany({ where: mine(row), data: { status: 'failed', lastError: reason, claimedBy: null, claimedAt: null } });
  }

  /** The kind asked to wait until the channel can take it (e.g. the bot was invited); not an attempt. */
  async function park(row: OutboxMessage, until: Date, reason: string): Promise<void> {
    await deps.db.outboxMessage.updateMany({
      where: mine(row),
      data: { status: 'pending', nextAttemptAt: until, lastError: reason, claimedBy: null, claimedAt: null },
    });
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
