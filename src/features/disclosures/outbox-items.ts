import type { OutboxItem } from '../../outbox/outbox-kind.js';
import { CHANNEL_ALERT_KIND, REP_DM_KIND, REVIEW_POST_KIND, THREAD_REPLY_KIND } from './ids.js';

/** A review post may wait (parked) this long for its channel to work: the disclosure is kept meanwhile. */
const REVIEW_POST_LIFETIME_MS = 30 * 24 * 60 * 60_000;
/** A decision's edit, thread reply and DM are worth sending for a day (retries, a paused pacer). */
const FOLLOW_UP_LIFETIME_MS = 24 * 60 * 60_000;

type Ref = { workspaceId: string; id: string };
const later = (now: Date, ms: number) => new Date(now.getTime() + ms);

/**
 * The review post of a disclosure in `channelId`: one per disclosure and channel (a channel changed
 * in setup gets its own). At send time it posts, or edits the post when one exists.
 */
export function reviewPostItem(disclosure: Ref, channelId: string, now: Date): OutboxItem {
  return {
    workspaceId: disclosure.workspaceId, kind: REVIEW_POST_KIND, target: disclosure.id, slot: `post:${channelId}`,
    payload: { disclosureId: disclosure.id }, dueAt: now, expiresAt: later(now, REVIEW_POST_LIFETIME_MS),
  };
}

/** Edits the review post after the event `eventId` (decision, question, withdrawal, amendment). */
export function reviewUpdateItem(disclosure: Ref, eventId: string, now: Date): OutboxItem {
  return {
    workspaceId: disclosure.workspaceId, kind: REVIEW_POST_KIND, target: disclosure.id, slot: `event:${eventId}`,
    payload: { disclosureId: disclosure.id }, dueAt: now, expiresAt: later(now, FOLLOW_UP_LIFETIME_MS),
  };
}

/** The event told in the review post's thread, once per event. */
export function threadReplyItem(disclosure: Ref, eventId: string, now: Date): OutboxItem {
  return {
    workspaceId: disclosure.workspaceId, kind: THREAD_REPLY_KIND, target: disclosure.id, slot: eventId,
    payload: { eventId }, dueAt: now, expiresAt: later(now, FOLLOW_UP_LIFETIME_MS),
  };
}

/** The event told to the rep by DM (a decision or a question), once per event. */
export function repDmItem(disclosure: Ref, eventId: string, now: Date): OutboxItem {
  return {
    workspaceId: disclosure.workspaceId, kind: REP_DM_KIND, target: disclosure.id, slot: eventId,
    payload: { eventId }, dueAt: now, expiresAt: later(now, FOLLOW_UP_LIFETIME_MS),
  };
}

/** Everything a reviewer's or rep's action sends: the post's edit, the thread reply, and the rep's DM when asked. */
export function followUpItems(disclosure: Ref, eventId: string, now: Date, options: { dmRep: boolean }): OutboxItem[] {
  const items = [reviewUpdateItem(disclosure, eventId, now), threadReplyItem(disclosure, eventId, now)];
  return options.dmRep ? [...items, repDmItem(disclosure, eventId, now)] : items;
}

export type ChannelProblem = { reason: 'no_channel' } | { reason: 'not_in_channel' | 'is_archived' | 'channel_not_found'; channel: string };

/**
 * One DM per admin, problem and day telling them how to fix the review channel; the waiting
 * disclosures are posted once it works.
 */
export function channelAlertItems(workspaceId: string, adminSlackIds: readonly string[], problem: ChannelProblem, day: string, now: Date): OutboxItem[] {
  const channel = 'channel' in problem ? problem.channel : '';
  return adminSlackIds.map((admin) => ({
    workspaceId, kind: CHANNEL_ALERT_KIND, target: admin, slot: `${problem.reason}:${channel}:${day}`,
    payload: { slackUserId: admin, ...problem }, dueAt: now, expiresAt: later(now, FOLLOW_UP_LIFETIME_MS),
  }));
}
