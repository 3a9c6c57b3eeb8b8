import type { KnownBlock } from '@slack/types';
import type { Db } from '../../db/client.js';
import { ForbiddenError, UserError } from '../../errors.js';
import { formatDay } from '../../i18n/index.js';
import type { Actor } from '../../members/member-service.js';
import { canReadCallNotes, requireCanManage } from '../../members/permissions.js';
import { context, ephemeral, header, section } from '../../slack/blocks.js';
import { parseUserMention } from '../../slack/mentions.js';
import { localDayOf } from '../../time/local-time.js';
import { parseDayRange, type DayRange } from '../reports/command-rules.js';
import type { CallWithAccount } from './call-service.js';
import { callDetails, type CallViewer } from './views.js';

/** A manager's page of a rep's call reports fits one message (50 blocks). */
export const REP_CALLS_MAX = 40;
const NOTES_MAX = 600;

export type RepCalls = { rep: { slackUserId: string; kind: string }; calls: CallWithAccount[]; total: number; withNotes: boolean; range: DayRange };

/**
 * A rep's calls for their manager (admins: anyone's; a rep: their own). An independent rep's
 * manager sees counts, accounts, outcomes and values but no contacts, next steps or notes (SPEC §4.2).
 */
export async function listRepCalls(db: Db, actor: Actor, words: readonly string[], now: Date): Promise<RepCalls> {
  const [mention = '', ...dates] = words;
  const repSlackId = parseUserMention(mention);
  if (!repSlackId) throw new UserError('calls.rep_list_usage');
  const range = parseDayRange(dates, localDayOf(now, actor.member.tz));
  const rep = await db.member.findUnique({ where: { workspaceId_slackUserId: { workspaceId: actor.workspace.id, slackUserId: repSlackId } } });
  if (!rep) throw new UserError('calls.rep_list_unknown', { user: repSlackId });
  if (rep.id !== actor.member.id) {
    if (!actor.isManager) throw new ForbiddenError('calls.rep_list_forbidden', { user: repSlackId });
    requireCanManage(actor, rep);
  }
  const where = { repId: rep.id, localDay: { gte: range.from, lte: range.to } };
  const [calls, total] = await Promise.all([
    db.call.findMany({ where, orderBy: [{ occurredAt: 'desc' }, { id: 'desc' }], take: REP_CALLS_MAX, include: { account: true } }),
    db.call.count({ where }),
  ]);
  return { rep, calls, total, withNotes: canReadCallNotes(actor, rep), range };
}

const withoutDetails = (call: CallWithAccount): CallWithAccount => ({ ...call, contact: null, nextStep: null, nextStepDate: null, notes: null });

export function repCallsMessage(result: RepCalls, viewer: CallViewer) {
  const { t, language } = viewer;
  const params = { user: result.rep.slackUserId, from: formatDay(result.range.from, language), to: formatDay(result.range.to, language), count: result.total };
  const title = t('calls.rep_list_header', params);
  if (result.calls.length === 0) return ephemeral(t('calls.rep_list_empty', params));
  const blocks: KnownBlock[] = [header(t('calls.rep_list_title')), section(title)];
  if (!result.withNotes) blocks.push(context(t('calls.rep_list_independent')));
  for (const call of result.calls) blocks.push(section(callDetails(result.withNotes ? call : withoutDetails(call), viewer, NOTES_MAX)));
  if (result.total > result.calls.length) blocks.push(context(t('calls.rep_list_more', { shown: result.calls.length, count: result.total })));
  return ephemeral(title, blocks);
}
