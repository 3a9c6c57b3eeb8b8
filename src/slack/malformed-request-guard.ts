import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { parse } from 'node:querystring';
import { AuthorizationError, HTTPModuleFunctions, type HTTPReceiver, type ReceiverProcessEventErrorHandlerArgs } from '@slack/bolt';
import type { Log } from '../log.js';

const BODY_LIMIT = HTTPModuleFunctions.defaultBodyLimit;
/** Bolt's default endpoint for commands, interactions and events (SPEC §1). */
const SLACK_EVENTS_PATH = '/slack/events';

const isObject = (value: unknown): boolean => typeof value === 'object' && value !== null && !Array.isArray(value);

/** False when the body would parse to something other than an object (`payload=null`, JSON `[1]`). */
function hasObjectShape(contentType: string | undefined, body: Buffer): boolean {
  try {
    if (contentType === 'application/json') return isObject(JSON.parse(body.toString('utf8')));
    if (contentType !== 'application/x-www-form-urlencoded') return true;
    const { payload } = parse(body.toString('utf8'));
    return typeof payload !== 'string' || isObject(JSON.parse(payload));
  } catch {
    return true; // not JSON at all: Bolt answers 400 itself
  }
}

async function readLimited(req: IncomingMessage): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > BODY_LIMIT) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

const answer = (res: ServerResponse, status: number): void => {
  res.writeHead(status);
  res.end();
};

/**
 * Bolt 5.1's HTTPReceiver reads `body.ssl_check` before checking that the body parsed to an object:
 * a signed `payload=null` (or JSON `null`) throws inside a detached promise, an unhandled rejection
 * that ends the process. This buffers the body first (Bolt reuses `req.rawBody`) and answers 400 to
 * those bodies, 413 past Bolt's own size limit.
 */
export function guardMalformedBodies(receiver: HTTPReceiver, log: Log): void {
  const boltListener: RequestListener = receiver.requestListener;
  receiver.requestListener = (req, res) => {
    // Other paths and methods go straight to Bolt, which answers them (404) by throwing to its server.
    if (req.method !== 'POST' || new URL(req.url ?? '/', 'http://localhost').pathname !== SLACK_EVENTS_PATH) {
      return boltListener(req, res);
    }
    void readLimited(req).then(
      (body) => {
        if (body === undefined) {
          // The rest of the body is never read: close the connection so it cannot garble the next request.
          res.writeHead(413, { connection: 'close' });
          res.end();
          req.resume();
          return;
        }
        if (!hasObjectShape(req.headers['content-type'], body)) {
          log.warn({ contentType: req.headers['content-type'] }, 'refused a Slack request whose body is not an object');
          return answer(res, 400);
        }
        (req as IncomingMessage & { rawBody?: Buffer }).rawBody = body;
        boltListener(req, res);
      },
      (error: unknown) => {
        log.warn({ err: error }, 'could not read a request body');
        if (!res.headersSent) answer(res, 400);
      },
    );
  };
}

/**
 * Listener errors never get here (the error boundary catches them), so an error here means Bolt
 * could not make sense of a verified body (e.g. a view_submission without a view): a 400, not a 500.
 */
export function answerMalformedEventWith400(log: Log) {
  return async (args: ReceiverProcessEventErrorHandlerArgs): Promise<boolean> => {
    if (args.error instanceof AuthorizationError || args.response.headersSent) {
      return HTTPModuleFunctions.defaultProcessEventErrorHandler(args);
    }
    log.warn({ err: args.error }, 'refused a Slack request Bolt could not process');
    answer(args.response, 400);
    return true;
  };
}
