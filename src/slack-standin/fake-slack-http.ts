/** Request parsing and JSON answers for the fake Slack's node:http server. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Args } from './fake-slack-types.js';

/** Args the Web API client JSON-encodes into one form field. */
const JSON_ARGS = new Set(['attachments', 'blocks', 'file_ids', 'files', 'metadata', 'unfurled_attachments', 'view']);

export async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

const mediaType = (req: IncomingMessage): string => (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';

const parseJsonArg = (key: string, value: string): unknown => {
  if (!JSON_ARGS.has(key)) return value;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return value;
  }
};

/** Multipart bodies parsed with undici's FormData parser (via Response). */
const formDataOf = (req: IncomingMessage, body: Buffer): Promise<FormData> =>
  new Response(new Uint8Array(body), { headers: { 'content-type': req.headers['content-type'] ?? '' } }).formData();

/** Method args as @slack/web-api sends them: urlencoded (JSON args as strings), JSON, or multipart. */
export async function parseArgs(req: IncomingMessage, body: Buffer): Promise<Args> {
  const type = mediaType(req);
  if (type === 'application/json') return body.length === 0 ? {} : (JSON.parse(body.toString('utf8')) as Args);
  const entries: [string, string][] =
    type === 'multipart/form-data'
      ? [...(await formDataOf(req, body)).entries()].flatMap(([k, v]) => (typeof v === 'string' ? [[k, v] as [string, string]] : []))
      : [...new URLSearchParams(body.toString('utf8')).entries()];
  return Object.fromEntries(entries.map(([key, value]) => [key, parseJsonArg(key, value)]));
}

/** Uploaded file bytes: the first file part of a multipart body, else the raw body. */
export async function uploadedBytes(req: IncomingMessage, body: Buffer): Promise<Buffer> {
  if (mediaType(req) !== 'multipart/form-data') return body;
  for (const value of (await formDataOf(req, body)).values()) {
    if (typeof value !== 'string') return Buffer.from(await value.arrayBuffer());
  }
  return Buffer.alloc(0);
}

export function bearerToken(req: IncomingMessage): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
  return match?.[1];
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}

export function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  res.end(text);
}
