/** The sandbox page on loopback: static assets, the JSON API, and live updates over SSE. */
import { readFile, readdir } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ZodError } from 'zod';
import type { Log } from '../log.js';
import { portOf } from '../slack/health-routes.js';
import { readBody, sendJson, sendText } from '../slack-standin/fake-slack-http.js';
import { callApi, isApiName, stateFor, type ApiDeps } from './page-api.js';

const PUBLIC_DIR = fileURLToPath(new URL('./public/', import.meta.url));
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };
// Nothing is loaded from elsewhere: the page may only talk to this server.
const CSP = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'";

export type PageServer = { url: string; close(): Promise<void> };

export async function startPageServer(deps: Omit<ApiDeps, 'notify'> & { port: number; log: Log }): Promise<PageServer> {
  const assets = new Set(await readdir(PUBLIC_DIR));
  const streams = new Set<ServerResponse>();
  const notify = () => {
    for (const res of streams) res.write(`data: ${deps.slack.workspace.version}\n\n`);
  };
  deps.slack.workspace.onChange(notify);
  const api: ApiDeps = { ...deps, notify };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const [, area, name = ''] = url.pathname.split('/');
    if (req.method === 'GET' && url.pathname === '/') return serveAsset(res, 'index.html');
    if (req.method === 'GET' && area === 'assets' && assets.has(name)) return serveAsset(res, name);
    if (req.method === 'GET' && area === 'api' && name === 'state') return sendJson(res, 200, await stateFor(api, url.searchParams.get('as') ?? ''));
    if (req.method === 'GET' && area === 'api' && name === 'stream') return openStream(res, streams);
    if (req.method === 'GET' && area === 'files') return serveFile(deps, res, name);
    if (req.method === 'POST' && area === 'api' && isApiName(name)) {
      const body = JSON.parse((await readBody(req)).toString('utf8') || '{}') as unknown;
      return sendJson(res, 200, await callApi(api, name, body));
    }
    sendText(res, 404, 'not found');
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (error instanceof ZodError || error instanceof SyntaxError) return sendJson(res, 400, { error: String(error.message) });
      deps.log.error({ err: error, path: req.url }, 'sandbox page request failed');
      sendJson(res, 500, { error: 'the sandbox could not do that; see its log' });
    });
  });
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen({ port: deps.port, host: '127.0.0.1' }, resolve));
  return {
    url: `http://127.0.0.1:${portOf(server)}/`,
    close: async () => {
      for (const res of streams) res.end();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

async function serveAsset(res: ServerResponse, name: string): Promise<void> {
  const body = await readFile(path.join(PUBLIC_DIR, name));
  res.writeHead(200, { 'content-type': `${TYPES[path.extname(name)] ?? 'application/octet-stream'}; charset=utf-8`, 'content-security-policy': CSP, 'cache-control': 'no-store' });
  res.end(body);
}

function openStream(res: ServerResponse, streams: Set<ServerResponse>): void {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
  res.write('retry: 1000\n\n');
  streams.add(res);
  res.on('close', () => streams.delete(res));
}

function serveFile(deps: Pick<ApiDeps, 'slack'>, res: ServerResponse, id: string): void {
  const file = deps.slack.fake.uploadedFiles().find((uploaded) => uploaded.id === id);
  if (!file) return sendText(res, 404, 'no such file');
  res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-disposition': `attachment; filename="${file.filename.replace(/"/g, '')}"` });
  res.end(file.content);
}
