import { performance } from 'node:perf_hooks';
import type { App, ReceiverEvent } from '@slack/bolt';
import type { FetchFunction } from '@slack/web-api';
import type { Pacer } from '../pacer/pacer.js';
import type { Metrics } from './metrics.js';

type Body = { command?: unknown; type?: unknown; event?: { type?: unknown } };

/** Low-cardinality labels: a known command by name, any other request by its payload type. */
export function ackLabelsOf(body: unknown, commands: ReadonlySet<string>): { kind: string; name: string } {
  const b = (body ?? {}) as Body;
  if (typeof b.command === 'string') return { kind: 'command', name: commands.has(b.command) ? b.command : 'unknown' };
  if (b.type === 'event_callback') return { kind: 'event', name: 'event_callback' };
  const type = typeof b.type === 'string' && /^[a-z_]{1,32}$/.test(b.type) ? b.type : 'unknown';
  return { kind: 'interaction', name: type };
}

/** Times every request from Bolt's dispatch to its first `ack()`, in HTTP and Socket Mode alike. */
export function measureAcks(app: App, metrics: Metrics, commands: () => ReadonlySet<string>): void {
  const processEvent = app.processEvent.bind(app);
  app.processEvent = (event: ReceiverEvent) => {
    const started = performance.now();
    const labels = ackLabelsOf(event.body, commands());
    const ack = event.ack;
    let acked = false;
    const measured: ReceiverEvent['ack'] = (response) => {
      if (!acked) metrics.ackSeconds.observe(labels, (performance.now() - started) / 1000);
      acked = true;
      return ack(response);
    };
    return processEvent({ ...event, ack: measured });
  };
}

/** Slack's method from a Web API URL (`…/api/chat.postMessage`). */
const methodOf = (url: string | URL): string => {
  const name = String(url).split('?')[0]?.split('/').pop() ?? '';
  return /^[a-zA-Z.]{1,64}$/.test(name) ? name : 'unknown';
};

/**
 * A fetch for the Web API client that counts every call by method and outcome: every client Bolt
 * makes (per workspace, per request) shares the client options, so all of them are counted.
 */
export function countingFetch(metrics: Metrics, inner: FetchFunction = globalThis.fetch as unknown as FetchFunction): FetchFunction {
  return async (url, init) => {
    const method = methodOf(url);
    try {
      const response = await inner(url, init);
      metrics.slackCalls.inc({ method, outcome: response.status === 429 ? 'rate_limited' : response.ok ? 'answered' : 'failed' });
      return response;
    } catch (error) {
      metrics.slackCalls.inc({ method, outcome: 'failed' });
      throw error;
    }
  };
}

/** The same pacer, timing how long each call waited before it was made. */
export function measurePacer(pacer: Pacer, metrics: Metrics): Pacer {
  return {
    run(key, call) {
      const started = performance.now();
      return pacer.run(key, () => {
        metrics.pacerWaitSeconds.observe({ method: key.method }, (performance.now() - started) / 1000);
        return call();
      });
    },
  };
}
