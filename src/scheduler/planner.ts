import type { OutboxItem } from '../outbox/outbox-kind.js';

/**
 * Decides what is due at `now` (each member's local time) and returns it for the outbox. Planning
 * the same slot again is harmless: the outbox enqueues each dedupe key once.
 */
export type Planner = { name: string; plan(now: Date): Promise<OutboxItem[]> };
