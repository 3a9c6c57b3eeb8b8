import type { Db } from '../db/client.js';
import { enqueueOnce } from './enqueue.js';
import type { OutboxItem } from './outbox-kind.js';

/** How features hand the outbox something to send, from a planner or right after a user's action. */
export type Outbox = {
  /** Enqueues each item once (by dedupe key); returns how many were new. */
  enqueue(items: readonly OutboxItem[]): Promise<number>;
  /**
   * Starts sending what is due without waiting for the next tick (e.g. a review post right after a
   * disclosure). Returns when that drain is done; handlers call it after their ack.
   */
  sendSoon(): Promise<void>;
};

/** `drain` is bound once the app's sender exists (features are registered before it). */
export function createOutbox(db: Db, drain: () => Promise<void>): Outbox {
  return {
    enqueue: (items) => enqueueOnce(db, items),
    sendSoon: drain,
  };
}
