import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Clock } from '../clock.js';
import type { Db } from '../db/client.js';

/** Seconds; Slack's limit is 3 s, SPEC §6 asks p99 < 100 ms. */
const ACK_BUCKETS = [0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1, 2, 3];
const WAIT_BUCKETS = [0.01, 0.1, 0.5, 1, 5, 15, 60, 300];

export type Metrics = {
  registry: Registry;
  /** Time from the request reaching Bolt to `ack()`, by command or interaction type. */
  ackSeconds: Histogram<'kind' | 'name'>;
  /** Every Web API call by method and outcome (`answered`, `rate_limited` for a 429, `failed`). */
  slackCalls: Counter<'method' | 'outcome'>;
  /** How long background calls waited for the pacer, by method. */
  pacerWaitSeconds: Histogram<'method'>;
  /** Calls logged by the one-statement hot path or the ordinary path. */
  callsLogged: Counter<'path'>;
  /** Actors served from the cache (`hit`), read from the database (`miss`), re-read after a cached one's write stored nothing (`reread`). */
  actorCache: Counter<'result'>;
};

/** Pending and in-flight outbox messages by kind, and how long the oldest due one has waited. */
function outboxGauges(registry: Registry, db: Db, clock: Clock): void {
  const rows = async () => {
    const grouped = await db.outboxMessage.groupBy({ by: ['kind'], where: { status: { in: ['pending', 'sending'] } }, _count: { _all: true }, _min: { dueAt: true } });
    return grouped.map((row) => ({ kind: row.kind, depth: row._count._all, oldest: row._min.dueAt }));
  };
  let last: Promise<Awaited<ReturnType<typeof rows>>> | undefined;
  // One query per scrape for both gauges: the first collect starts it, the second reuses it.
  const once = () => (last ??= rows().finally(() => setTimeout(() => (last = undefined), 0)));
  new Gauge({
    name: 'outfield_outbox_depth', help: 'Outbox messages pending or being sent, by kind', labelNames: ['kind'], registers: [registry],
    async collect() {
      this.reset();
      for (const row of await once()) this.set({ kind: row.kind }, row.depth);
    },
  });
  new Gauge({
    name: 'outfield_outbox_oldest_due_age_seconds', help: 'Age of the oldest due, unsent outbox message, by kind', labelNames: ['kind'], registers: [registry],
    async collect() {
      this.reset();
      const now = clock.now().getTime();
      for (const row of await once()) this.set({ kind: row.kind }, row.oldest ? Math.max(0, (now - row.oldest.getTime()) / 1000) : 0);
    },
  });
}

/** One registry per app: process figures (RSS, event-loop delay, GC) plus Outfield's own. */
export function createMetrics(deps: { db: Db; clock: Clock }): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, eventLoopMonitoringPrecision: 10 });
  outboxGauges(registry, deps.db, deps.clock);
  const registers = [registry];
  return {
    registry,
    ackSeconds: new Histogram({ name: 'outfield_ack_seconds', help: 'Time from request to ack, by command or interaction type', labelNames: ['kind', 'name'], buckets: ACK_BUCKETS, registers }),
    slackCalls: new Counter({ name: 'outfield_slack_api_calls_total', help: 'Slack Web API calls by method and outcome (answered, rate_limited = HTTP 429, failed)', labelNames: ['method', 'outcome'], registers }),
    pacerWaitSeconds: new Histogram({ name: 'outfield_pacer_wait_seconds', help: 'Time background Web API calls waited for the pacer, by method', labelNames: ['method'], buckets: WAIT_BUCKETS, registers }),
    callsLogged: new Counter({ name: 'outfield_calls_logged_total', help: 'Calls logged, by path (one_statement or ordinary)', labelNames: ['path'], registers }),
    actorCache: new Counter({ name: 'outfield_actor_cache_total', help: 'Actor look-ups: hit (cache), miss (database), reread (the one-statement write with a cached actor stored nothing: stale actor, new account or replay)', labelNames: ['result'], registers }),
  };
}
