import { z } from 'zod';
import type { Clock } from '../../clock.js';
import type { Config } from '../../config.js';
import type { Db } from '../../db/client.js';
import { languageOf, translator, type Translate } from '../../i18n/index.js';
import type { Outbox } from '../../outbox/outbox.js';
import { defineOutboxKind, type OutboxKind, type Preparation, type Prepared } from '../../outbox/outbox-kind.js';
import { localDayOf } from '../../time/local-time.js';
import { adminSlackIdsOf } from './admins.js';
import { eventWithDisclosure, reviewContextOf } from './disclosure-store.js';
import { CHANNEL_ALERT_KIND, REP_DM_KIND, REVIEW_POST_KIND, THREAD_REPLY_KIND } from './ids.js';
import { channelAlertItems, reviewUpdateItem, type ChannelProblem } from './outbox-items.js';
import { repDm, reviewPost, threadReply } from './review-views.js';

type KindDeps = { db: Db; clock: Clock; config: Config; outbox: Outbox };
/** A review channel that cannot take posts is tried again this often (the admins were told how to fix it). */
const PARK_MS = 10 * 60_000;

const workspaceT = (ws: { defaultLocale: string }): Translate => translator(languageOf(null, ws.defaultLocale));
const memberT = (m: { locale: string | null }, ws: { defaultLocale: string }): Translate => translator(languageOf(m.locale, ws.defaultLocale));

/** Each item on its own: disclosures are few, and one bad row must not hold the others. */
const eachOf = <P>(prepareOne: (item: Prepared<P>) => Promise<Preparation>) => (items: readonly Prepared<P>[]) => Promise.all(items.map(prepareOne));

/** Tell the admins (once a day) and park the send until the channel may work again. */
function parkAndAlert(deps: KindDeps) {
  return async (item: Prepared<unknown>, error: string, channel: string): Promise<Date> => {
    const now = deps.clock.now();
    const admins = await adminSlackIdsOf(deps, item.row.workspaceId);
    const problem = { reason: error, channel } as ChannelProblem;
    await deps.outbox.enqueue(channelAlertItems(item.row.workspaceId, admins, problem, localDayOf(now, 'UTC'), now));
    return new Date(now.getTime() + PARK_MS);
  };
}

const disclosurePayload = z.object({ disclosureId: z.string() });
const eventPayload = z.object({ eventId: z.string() });

/** The review post: rendered from the current state when sent; posts once, then edits the same message. */
function reviewPostKind(deps: KindDeps): OutboxKind<z.infer<typeof disclosurePayload>> {
  const park = parkAndAlert(deps);
  return defineOutboxKind({
    kind: REVIEW_POST_KIND,
    payload: disclosurePayload,
    prepare: eachOf(async ({ row, payload }) => {
      const c = await reviewContextOf(deps.db, payload.disclosureId);
      if (!c) return { skip: 'disclosure no longer exists' };
      const message = reviewPost(workspaceT(c.workspace), c);
      if (c.reviewTs && c.reviewChannel) return { method: 'chat.update', channel: c.reviewChannel, ts: c.reviewTs, ...message };
      if (!row.slot.startsWith('post:')) return { skip: 'not posted yet: the review post will show this when it is' };
      const channel = row.slot.slice('post:'.length);
      if (c.workspace.reviewChannelId !== channel) return { skip: 'the review channel changed' };
      if (c.status === 'withdrawn' || c.supersededById) return { skip: 'withdrawn or amended before it was posted' };
      return { method: 'chat.postMessage', channel, ...message };
    }),
    async delivered({ row, payload }, result) {
      if (!row.slot.startsWith('post:') || !result.ts) return;
      await deps.db.disclosure.updateMany({ where: { id: payload.disclosureId, reviewTs: null }, data: { reviewTs: result.ts, reviewChannel: result.channel ?? row.slot.slice(5) } });
      // Something may have happened between rendering and Slack's answer (its edit was skipped, having
      // no ts yet): one more edit from the current state closes that gap.
      const events = await deps.db.disclosureEvent.count({ where: { disclosureId: payload.disclosureId } });
      if (events > 1) await deps.outbox.enqueue([reviewUpdateItem({ id: payload.disclosureId, workspaceId: row.workspaceId }, `posted-${result.ts}`, deps.clock.now())]);
    },
    undeliverable: (item, error) => park(item, error, item.row.slot.startsWith('post:') ? item.row.slot.slice(5) : ''),
  });
}

/** A reply in the review post's thread; the bot posts it, quoting who acted. */
function threadReplyKind(deps: KindDeps): OutboxKind<z.infer<typeof eventPayload>> {
  const park = parkAndAlert(deps);
  return defineOutboxKind({
    kind: THREAD_REPLY_KIND,
    payload: eventPayload,
    prepare: eachOf(async ({ payload }) => {
      const event = await eventWithDisclosure(deps.db, payload.eventId);
      const d = event?.disclosure;
      if (!event || !d) return { skip: 'event no longer exists' };
      if (!d.reviewTs || !d.reviewChannel) return { skip: 'not posted yet: the review post will show this when it is' };
      const text = threadReply(workspaceT(d.rep.workspace), event, d.rep.slackUserId);
      return { method: 'chat.postMessage', channel: d.reviewChannel, thread_ts: d.reviewTs, text };
    }),
    undeliverable: (item, error) => park(item, error, ''),
  });
}

function repDmKind(deps: KindDeps): OutboxKind<z.infer<typeof eventPayload>> {
  return defineOutboxKind({
    kind: REP_DM_KIND,
    payload: eventPayload,
    prepare: eachOf(async ({ payload }) => {
      const event = await eventWithDisclosure(deps.db, payload.eventId);
      if (!event) return { skip: 'event no longer exists' };
      const { rep } = event.disclosure;
      const message = repDm(memberT(rep, rep.workspace), event, event.disclosure);
      return message ? { method: 'chat.postMessage', channel: rep.slackUserId, ...message } : { skip: 'nothing to tell the rep' };
    }),
  });
}

const alertPayload = z.object({ slackUserId: z.string(), reason: z.string(), channel: z.string().optional() });

/** The admin's DM: no review channel set, or the bot cannot post in it, and how to fix that. */
function channelAlertKind(deps: KindDeps): OutboxKind<z.infer<typeof alertPayload>> {
  return defineOutboxKind({
    kind: CHANNEL_ALERT_KIND,
    payload: alertPayload,
    prepare: eachOf(async ({ row, payload }) => {
      const ws = await deps.db.workspace.findUnique({ where: { id: row.workspaceId } });
      if (!ws) return { skip: 'workspace no longer exists' };
      const admin = await deps.db.member.findUnique({ where: { workspaceId_slackUserId: { workspaceId: ws.id, slackUserId: payload.slackUserId } } });
      const t = memberT(admin ?? { locale: null }, ws);
      if (payload.reason === 'no_channel' && ws.reviewChannelId) return { skip: 'a review channel was set meanwhile' };
      const key = payload.reason === 'no_channel' ? 'disclosures.alert_no_channel' : 'disclosures.alert_cannot_post';
      return { method: 'chat.postMessage', channel: payload.slackUserId, text: t(key, { channel: payload.channel ?? '', error: payload.reason }) };
    }),
  });
}

export function disclosureOutboxKinds(deps: KindDeps): OutboxKind<any>[] {
  return [reviewPostKind(deps), threadReplyKind(deps), repDmKind(deps), channelAlertKind(deps)];
}
