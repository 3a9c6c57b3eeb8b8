import type { KnownBlock } from '@slack/types';
import type { OutboxMessage } from '../generated/sqlite/client.js';

/** Something to send later, at most once: the dedupe key is `kind:target:slot`. */
export type OutboxItem = {
  workspaceId: string;
  kind: string;
  /** Who or where it goes, e.g. a member id or a program id. */
  target: string;
  /** The local slot it belongs to, e.g. a local day "2026-11-27" or week "2026-W48". */
  slot: string;
  payload: Record<string, unknown>;
  dueAt: Date;
  /** After this instant it is expired instead of sent (the catch-up window, never into quiet hours). */
  expiresAt: Date;
};

export type PreparedMessage = { channel: string; text: string; blocks?: KnownBlock[] };

/** Decided at send time: the message may no longer be wanted (quota reached, rep away since). */
export type Preparation = PreparedMessage | { skip: string };

/**
 * One kind of scheduled message. Features register theirs (nudges, leaderboard posts, disclosure
 * prompts, key-account reminders); the sender looks the row's kind up here. `prepare` gets a whole
 * claimed batch so that deciding 10,000 nudges costs a few queries, and answers in the same order.
 */
export type OutboxKind = { kind: string; prepare(rows: readonly OutboxMessage[]): Promise<Preparation[]> };

export function dedupeKeyOf(item: Pick<OutboxItem, 'kind' | 'target' | 'slot'>): string {
  return `${item.kind}:${item.target}:${item.slot}`;
}

export function payloadOf<T>(row: Pick<OutboxMessage, 'payload'>): T {
  return JSON.parse(row.payload) as T;
}
