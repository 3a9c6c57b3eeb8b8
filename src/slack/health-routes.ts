import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CustomRoute } from '@slack/bolt';
import type { Db } from '../db/client.js';
import { isDatabaseReachable } from '../db/client.js';
import type { Metrics } from '../metrics/metrics.js';

function sendJson(res: ServerResponse, status: number, body: object): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

/**
 * GET /healthz: the process is up. GET /readyz: the database answers (503 otherwise). GET /metrics:
 * Prometheus text format. On PORT in both modes (Bolt's custom routes, or the Socket Mode server).
 */
export function healthRoutes(db: Db, metrics: Metrics): CustomRoute[] {
  return [
    { path: '/healthz', method: ['GET'], handler: (_req, res) => sendJson(res, 200, { status: 'ok' }) },
    {
      path: '/readyz',
      method: ['GET'],
      handler: (_req, res) => {
        void isDatabaseReachable(db).then((ok) =>
          sendJson(res, ok ? 200 : 503, { status: ok ? 'ready' : 'database unreachable' }),
        );
      },
    },
    {
      path: '/metrics',
      method: ['GET'],
      handler: (_req, res) => {
        void metrics.registry.metrics().then(
          (text) => {
            res.writeHead(200, { 'content-type': metrics.registry.contentType });
            res.end(text);
          },
          () => sendJson(res, 503, { status: 'metrics unavailable' }),
        );
      },
    },
  ];
}

/**
 * In Socket Mode Slack needs no HTTP endpoint, but health checks still do: a plain server for the
 * same routes (everything else is 404).
 */
export async function startHealthServer(routes: CustomRoute[], port: number, host?: string): Promise<Server> {
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const route = routes.find((r) => r.path === path && [r.method].flat().includes(req.method ?? ''));
    if (route) route.handler(Object.assign(req, { params: {} }), res);
    else sendJson(res, 404, { status: 'not found' });
  });
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen({ port, host }, resolve));
  return server;
}

export function portOf(server: Server): number {
  return (server.address() as AddressInfo).port;
}
