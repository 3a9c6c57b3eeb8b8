import type { KnownBlock } from '@slack/types';
import type { Disclosure, DisclosureEvent } from '../../generated/sqlite/client.js';
import type { MessageKey, Translate } from '../../i18n/index.js';
import { actions, button, clip, context, escapeMrkdwn, header, section, type Message } from '../../slack/blocks.js';
import { ANSWER_ACTION, APPROVE_ACTION, ASK_ACTION, REJECT_ACTION, REVIEW_ACTIONS_BLOCK } from './ids.js';
import type { ReviewContext } from './disclosure-store.js';
import { isOpen } from './rules.js';
import { slackDate } from './slack-date.js';
import { competesLabel, statusLabel } from './views.js';

const NOTE_IN_HISTORY = 300;
const EVENTS_SHOWN = 10;
const safe = (text: string | null | undefined, limit = 2000) => escapeMrkdwn(clip(text ?? '', limit));

/** One line of a disclosure's history: who did what when, with the reason, question or answer. */
export function eventLine(t: Translate, event: DisclosureEvent): string {
  const note = event.action === 'submitted' || event.action === 'amended' ? '' : safe(event.note, NOTE_IN_HISTORY);
  return t(`disclosures.event_${event.action}` as MessageKey, { user: event.actorSlackId, when: slackDate(event.createdAt), note });
}

function statusLine(t: Translate, d: Disclosure, events: readonly DisclosureEvent[]): string {
  const last = (action: DisclosureEvent['action']) => [...events].reverse().find((e) => e.action === action);
  if (d.supersededById) return t('disclosures.review_status_superseded', { when: slackDate(last('amended')?.createdAt ?? d.updatedAt) });
  if (d.status === 'approved' || d.status === 'rejected') {
    const line = t('disclosures.review_status_decided', { status: statusLabel(t, d.status), user: d.decidedBy ?? '', when: slackDate(d.decidedAt ?? d.updatedAt) });
    const reason = d.status === 'rejected' ? last('rejected')?.note : undefined;
    return reason ? `${line}\n${t('disclosures.review_reason', { reason: safe(reason) })}` : line;
  }
  if (d.status === 'withdrawn') return t('disclosures.review_status_withdrawn', { when: slackDate(last('withdrawn')?.createdAt ?? d.updatedAt) });
  return t(d.status === 'needs_details' ? 'disclosures.review_status_asked' : 'disclosures.review_status_open');
}

export function detailsText(t: Translate, d: Disclosure): string {
  const lines = [
    `*${t('disclosures.field_principal')}:* ${safe(d.principal)}`,
    `*${t('disclosures.field_products')}:* ${safe(d.products)}`,
    `*${t('disclosures.field_competes')}:* ${competesLabel(t, d.competes)}`,
    ...(d.since ? [`*${t('disclosures.field_since')}:* ${d.since}`] : []),
    ...(d.territory ? [`*${t('disclosures.field_territory')}:* ${safe(d.territory)}`] : []),
    ...(d.notes ? [`*${t('disclosures.field_notes')}:* ${safe(d.notes)}`] : []),
  ];
  return lines.join('\n');
}

function earlierText(t: Translate, c: ReviewContext): string {
  if (c.earlier.length === 0) return t('disclosures.review_earlier_none', { rep: c.rep.slackUserId });
  const lines = c.earlier.map((d) => {
    const decided = d.decidedBy && d.decidedAt ? t('disclosures.review_earlier_decided', { user: d.decidedBy, when: slackDate(d.decidedAt) }) : '';
    const amended = d.supersededById ? t('disclosures.review_earlier_amended') : '';
    return t('disclosures.review_earlier_line', { principal: safe(d.principal, 120), status: statusLabel(t, d.status), decided, amended, when: slackDate(d.createdAt) });
  });
  return `${t('disclosures.review_earlier_title', { rep: c.rep.slackUserId })}\n${lines.join('\n')}`;
}

/** The buttons a reviewer uses, on the review post and in the manager's App Home. */
export function reviewButtons(t: Translate, disclosureId: string, blockId = REVIEW_ACTIONS_BLOCK) {
  return actions(blockId,
    button({ text: t('disclosures.approve'), actionId: APPROVE_ACTION, value: disclosureId, style: 'primary' }),
    button({ text: t('disclosures.reject'), actionId: REJECT_ACTION, value: disclosureId, style: 'danger' }),
    button({ text: t('disclosures.ask'), actionId: ASK_ACTION, value: disclosureId }));
}

/** The review post: the disclosure, its status (who, when), its history, the rep's earlier disclosures, and buttons while open. */
export function reviewPost(t: Translate, c: ReviewContext): Message {
  const open = isOpen(c.status) && !c.supersededById;
  const blocks: KnownBlock[] = [
    header(t('disclosures.review_header', { principal: clip(c.principal, 100) })),
    section(t('disclosures.review_intro', { rep: c.rep.slackUserId })),
    section(detailsText(t, c)),
    section(statusLine(t, c, c.events)),
    context(c.events.slice(-EVENTS_SHOWN).map((e) => eventLine(t, e)).join('\n')),
    section(earlierText(t, c)),
    ...(open ? [reviewButtons(t, c.id)] : []),
  ];
  const text = t('disclosures.review_fallback', { rep: c.rep.slackUserId, principal: clip(c.principal, 120), status: statusLabel(t, c.status) });
  return { text, blocks };
}

/** What the thread is told after an event; the rep's answer is posted by the bot, quoting the rep (a bot cannot post as a user). */
export function threadReply(t: Translate, event: DisclosureEvent, repSlackId: string): string {
  return t(`disclosures.thread_${event.action}` as MessageKey, { user: event.actorSlackId, rep: repSlackId, note: safe(event.note) });
}

/** The rep's DM after a decision or a question (with an Answer button). */
export function repDm(t: Translate, event: DisclosureEvent, disclosure: Disclosure): Message | undefined {
  const params = { user: event.actorSlackId, principal: safe(disclosure.principal, 120), note: safe(event.note) };
  if (event.action === 'approved') return { text: t('disclosures.dm_approved', params) };
  if (event.action === 'rejected') return { text: t('disclosures.dm_rejected', params) };
  if (event.action !== 'asked') return undefined;
  const text = t('disclosures.dm_asked', params);
  return { text, blocks: [section(text), actions('disclosures_dm_answer', button({ text: t('disclosures.answer'), actionId: ANSWER_ACTION, value: event.id, style: 'primary' }))] };
}
