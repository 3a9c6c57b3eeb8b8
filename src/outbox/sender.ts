import { randomUUID } from 'node:crypto';
import type { Clock } from '../clock.js';
import type { Db } from '../db/client.js';
import type { OutboxMessage } from '../generated/sqlite/client.js';
import type { Log } from '../log.js';
import { claimDue, expireOverdue, LEASE_MS, reclaimAbandoned, releaseClaims } from './claim.js';
import { PaceAborted, PaceDeferred, type Pacer } from '../pacer/pacer.js';
import type { OutboxKind, Prepared, SlackSend } from './outbox-kind.js';
import { isUndeliverable, slackErrorOf } from './retry-rules.js';
import { rowOutcomes } from './row-outcomes.js';
import { deliver, type DeliveryClient } from './slack-delivery.js';

export type SenderDeps = {
  db: Db;
  clock: Clock;
  log: Log;
  slack: DeliveryClient;
  pacer: Pacer;
  kinds: readonly OutboxKind[];
  instanceId?: string;
  /** Rows claimed at once; keep it to what the pacer lets out well within the lease (app-scheduler sizes it). */
  batchSize?: number;
  /** Sends in flight at once. The pacer is the limiter; a few workers keep it busy while others wait. */
  concurrency?: number;
};

/** A claimed row not started by then is handed back instead of sent, so its lease never runs out mid-batch. */
const START_WITHIN_MS = LEASE_MS / 2;
const DEFAULT_CONCURRENCY = 8;

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
  const rows = rowOutcomes({ ...deps, log });
  // Aborted by stop(): sends waiting for the Slack budget give their rows back instead of waiting on.
  const stopped = new AbortController();
  let seq = 0;
  let running: Promise<void> | undefined;

  async function drainBatches(): Promise<void> {
    while (!stopped.signal.aborted) {
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

  /** Asks each kind, for its whole share of the batch, what to send; skipped rows are closed here. Answers in due order. */
  async function prepareAll(claimed: readonly OutboxMessage[]): Promise<Ready[]> {
    const ready: Ready[] = [];
    const byKind = new Map<string, OutboxMessage[]>();
    for (const row of claimed) byKind.set(row.kind, [...(byKind.get(row.kind) ?? []), row]);
    for (const [name, ofKind] of byKind) {
      const kind = kinds.get(name);
      if (!kind) {
        for (const row of ofKind) await rows.failed(row, `no outbox kind registered for "${name}"`);
        continue;
      }
      const items: Prepared<unknown>[] = [];
      for (const row of ofKind) {
        const payload = parsePayload(kind, row);
        if (payload.success) items.push({ row, payload: payload.data });
        else await rows.failed(row, `payload does not match ${name}: ${payload.error.message}`);
      }
      try {
        const prepared = await kind.prepare(items);
        for (const [i, item] of items.entries()) {
          const result = prepared[i] ?? { skip: 'not prepared' };
          if ('skip' in result) await rows.skipped(item.row, result.skip);
          else ready.push({ item, kind, send: result });
        }
      } catch (error) {
        for (const { row } of items) await rows.threw(row, error);
      }
    }
    const order = new Map(claimed.map((row, i) => [row.id, i]));
    return ready.sort((a, b) => (order.get(a.item.row.id) ?? 0) - (order.get(b.item.row.id) ?? 0));
  }

  async function sendAll(ready: Ready[], token: string): Promise<void> {
    const queue = [...ready];
    const worker = async () => {
      while (!stopped.signal.aborted) {
        const next = queue.shift();
        if (!next) return;
        await sendOne(next);
      }
    };
    await Promise.all(Array.from({ length: Math.min(deps.concurrency ?? DEFAULT_CONCURRENCY, ready.length) }, worker));
    await releaseClaims(deps.db, queue.map(({ item }) => item.row.id), token);
  }

  async function sendOne({ item, kind, send }: Ready): Promise<void> {
    const { row } = item;
    const now = deps.clock.now();
    if (row.expiresAt <= now) return void (await rows.expired(row));
    // Started after half the lease, a send could still be on the wire when another instance takes the
    // row over: hand it back instead, and let the pacer wait only as long as that leaves.
    const maxWaitMs = (row.claimedAt ?? now).getTime() + START_WITHIN_MS - now.getTime();
    if (maxWaitMs <= 0) return void (await releaseClaims(deps.db, [row.id], row.claimedBy ?? ''));
    try {
      const result = await deliver({ client: deps.slack, pacer: deps.pacer, workspaceId: row.workspaceId, send, pace: { maxWaitMs, signal: stopped.signal } });
      await rows.sent(row, result);
      await kind.delivered?.(item, result);
    } catch (error) {
      if (error instanceof PaceAborted) return void (await releaseClaims(deps.db, [row.id], row.claimedBy ?? ''));
      if (error instanceof PaceDeferred) return void (await rows.waitUntil(row, error.until, 'waiting for the Slack budget'));
      const parkUntil = isUndeliverable(error) ? await kind.undeliverable?.(item, slackErrorOf(error)) : undefined;
      if (parkUntil) await rows.waitUntil(row, parkUntil, slackErrorOf(error));
      else await rows.threw(row, error);
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
      stopped.abort();
      // A drain that failed (the database went away) was reported by whoever started it; stopping goes on.
      await running?.catch(() => undefined);
    },
  };
}
