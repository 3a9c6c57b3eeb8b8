import type { HomeView, KnownBlock } from '@slack/types';
import type { z } from 'zod';
import type { OutboxMessage } from '../generated/sqlite/client.js';

/** Something to send later, at most once: the dedupe key is `kind:target:slot`. */
export type OutboxItem = {
  workspaceId: string;
  /** `<feature>.<name>`, e.g. "quotas.nudge", "incentives.standings". */
  kind: string;
  /** Who or where it goes, e.g. a member id or a program id. */
  target: string;
  /** The slot it belongs to, e.g. a local day "2026-11-27", a week "2026-W48", or an event id for one-off sends. */
  slot: string;
  payload: Record<string, unknown>;
  dueAt: Date;
  /** After this instant it is expired instead of sent (the catch-up window, never into quiet hours). */
  expiresAt: Date;
};

/** One Web API call the outbox can make on a kind's behalf; every one of them goes through the pacer. */
export type SlackSend =
  | { method: 'chat.postMessage'; channel: string; text: string; blocks?: KnownBlock[]; thread_ts?: string }
  | { method: 'chat.update'; channel: string; ts: string; text: string; blocks?: KnownBlock[] }
  | { method: 'views.publish'; user_id: string; view: HomeView; hash?: string }
  /** files.getUploadURLExternal → upload → files.completeUploadExternal, shared into `channel` (a DM is a user id). */
  | { method: 'files.upload'; channel: string; filename: string; title: string; content: string; initialComment?: string };

export type SlackMethod = SlackSend['method'];

/** What Slack answered: the message ts (kept on the row as messageTs) and channel, or the uploaded file's id. */
export type SendResult = { ts?: string; channel?: string; fileId?: string };

/** Decided at send time: the message may no longer be wanted (quota reached, rep away since). */
export type Preparation = SlackSend | { skip: string };

export type Prepared<P> = { row: OutboxMessage; payload: P };

/**
 * One kind of background send. Features register theirs through `Feature.scheduled`; the sender
 * parses each row's payload with `payload` (a row that does not parse fails, it is never guessed at)
 * and hands a whole claimed batch to `prepare`, which answers in the same order, so that deciding
 * 10,000 nudges costs a few queries.
 */
export type OutboxKind<P = unknown> = {
  kind: string;
  payload: z.ZodType<P>;
  prepare(items: readonly Prepared<P>[]): Promise<Preparation[]>;
  /** After Slack accepted the send, e.g. to keep a review post's ts on the disclosure. */
  delivered?(item: Prepared<P>, result: SendResult): Promise<void>;
  /**
   * The channel cannot take the send (not_in_channel, is_archived, channel_not_found). Answer an
   * instant to park the row until then (it still expires at expiresAt), or undefined to fail it.
   * The kind may tell someone what to do (e.g. DM the program's manager once).
   */
  undeliverable?(item: Prepared<P>, error: string): Promise<Date | undefined>;
};

/** Keeps a kind's payload type tied to its schema. */
export function defineOutboxKind<P>(kind: OutboxKind<P>): OutboxKind<P> {
  return kind;
}

export function dedupeKeyOf(item: Pick<OutboxItem, 'kind' | 'target' | 'slot'>): string {
  return `${item.kind}:${item.target}:${item.slot}`;
}
