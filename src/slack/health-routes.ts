import type { CustomRoute } from '@slack/bolt';
import type { Db } from '../db/client.js';
import { isDatabaseReachable } from '../db/client.js';

function sendJson(res: Parameters<CustomRoute['handler']>[1], status: number, body: object): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

/** GET /healthz: the process is up. GET /readyz: the database answers (503 otherwise). */
export function healthRoutes(db: Db): CustomRoute[] {
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
  ];
}
