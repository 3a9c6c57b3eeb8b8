import type { App } from '@slack/bolt';
import type { Log } from '../log.js';

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Bolt indexes `actions[0]` without checking it: a block_actions body must carry a list of action objects. */
function hasWellFormedActions(body: Record<string, unknown>): boolean {
  return body.type !== 'block_actions' || (Array.isArray(body.actions) && body.actions.length > 0 && body.actions.every(isObject));
}

/**
 * Global middleware, first in line: an interaction whose shape no Slack client sends is acknowledged
 * and dropped, in HTTP and Socket Mode alike, instead of failing inside every listener.
 */
export function registerInteractionShapeGuard(app: App, log: Log): void {
  app.use(async (args) => {
    const body = args.body as unknown as Record<string, unknown>;
    if (hasWellFormedActions(body)) return args.next();
    log.warn({ type: body.type }, 'dropped an interaction with a malformed actions list');
    const ack = (args as { ack?: () => Promise<void> }).ack;
    await ack?.();
  });
}
