import type { KnownBlock } from '@slack/types';
import { formatDay } from '../../i18n/index.js';
import { formatMoney } from '../../money.js';
import { actions, button, context, ephemeral, escapeMrkdwn, header, section, type Message } from '../../slack/blocks.js';
import { LOG_CALL_ACTION } from '../calls/ids.js';
import type { GoalViewer } from '../goals/views.js';
import type { KeyAccountRow } from './key-account-service.js';

const MAX_LINES = 40;
const percent = (share: number) => `${Math.round(share * 1000) / 10}%`;

/** The 80/20 list: rank, account, share, revenue, owner and last contact. */
export function keyAccountsMessage(rows: readonly KeyAccountRow[], viewer: GoalViewer & { ownerSlackIds: Map<string, string> }, scope: 'all' | 'mine') {
  const { t } = viewer;
  const title = t(scope === 'all' ? 'reports.key_title' : 'reports.key_title_mine');
  if (rows.length === 0) return ephemeral(t(scope === 'all' ? 'reports.key_empty' : 'reports.key_empty_mine'));
  const lines = rows.slice(0, MAX_LINES).map((row, i) => {
    const owner = row.ownerId ? viewer.ownerSlackIds.get(row.ownerId) : undefined;
    return t('reports.key_line', {
      rank: i + 1,
      account: escapeMrkdwn(row.account.name),
      share: percent(row.share),
      revenue: formatMoney(row.revenue, viewer.currency, viewer.language),
      owner: owner ? `<@${owner}>${row.ownerAssigned ? '' : ` ${t('reports.key_owner_by_revenue')}`}` : t('reports.key_no_owner'),
      last: row.lastContactDay ? formatDay(row.lastContactDay, viewer.language) : '—',
    });
  });
  const blocks: KnownBlock[] = [header(title), section(lines.join('\n'))];
  const last = rows.at(-1);
  if (scope === 'all' && last) blocks.push(context(t('reports.key_footer', { count: rows.length, share: percent(last.cumulativeShare) })));
  return ephemeral(title, blocks);
}

/** The neglect DM to the owner, with a Log a call button. */
export function neglectMessage(viewer: GoalViewer, input: { account: string; days: number; last: string; share: number }): Message {
  const text = viewer.t('reports.neglect_dm', { account: escapeMrkdwn(input.account), days: input.days, last: formatDay(input.last, viewer.language), share: percent(input.share) });
  return { text, blocks: [section(text), actions('reports_neglect_actions', button({ text: viewer.t('quotas.button_log_call'), actionId: LOG_CALL_ACTION, style: 'primary' }))] };
}
