import type { KnownBlock, ModalView } from '@slack/types';
import type { Translate } from '../../i18n/index.js';
import { formatDay, type Language } from '../../i18n/index.js';
import { actions, button, context, ephemeral, input, modal, section, type Message } from '../../slack/blocks.js';
import { LOG_CALL_ACTION } from '../calls/ids.js';
import { AWAY_DATE_ACTION, AWAY_DATE_BLOCK, AWAY_MODAL, NUDGE_ACTIONS_BLOCK, OPEN_AWAY_MODAL_ACTION, SNOOZE_TODAY_ACTION } from './ids.js';
import type { CallCounts, EffectiveQuota } from './quota-queries.js';
import { progressBar } from './rules.js';

export function nudgeMessage(t: Translate, options: { done: number; daily: number; personal: boolean; day: string }): Message {
  const params = { done: options.done, daily: options.daily, left: options.daily - options.done };
  const text = t(options.personal ? 'quotas.nudge_personal' : 'quotas.nudge', params);
  const blocks: KnownBlock[] = [
    section(`${text}\n${progressBar(options.done, options.daily)}`),
    actions(
      NUDGE_ACTIONS_BLOCK,
      button({ text: t('quotas.button_log_call'), actionId: LOG_CALL_ACTION, style: 'primary' }),
      button({ text: t('quotas.button_snooze'), actionId: SNOOZE_TODAY_ACTION, value: options.day }),
      button({ text: t('quotas.button_away'), actionId: OPEN_AWAY_MODAL_ACTION }),
    ),
  ];
  return { text, blocks };
}

export function recapMessage(t: Translate, options: { done: number; weekly: number; personal: boolean }): Message {
  const { done, weekly } = options;
  const key = done >= weekly ? 'quotas.recap_met' : 'quotas.recap_behind';
  const text = t(key, { done, weekly, left: Math.max(0, weekly - done) });
  const note = options.personal ? [context(t('quotas.personal_note'))] : [];
  return { text, blocks: [section(`${text}\n${progressBar(done, weekly)}`), ...note] };
}

/** `away`: out of office on the rep's own local today. */
export type TeamRow = { slackUserId: string; counts: CallCounts; quota?: EffectiveQuota; independent: boolean; away: boolean };

export const teamLine = (t: Translate, row: TeamRow): string => {
  const daily = row.quota?.daily ?? 0;
  const weekly = row.quota?.weekly ?? 0;
  const label = row.independent ? ` _${t('quotas.independent_label')}_` : '';
  return t('quotas.team_line', {
    user: row.slackUserId,
    today: row.quota ? `${row.counts.today}/${daily} ${progressBar(row.counts.today, daily)}` : String(row.counts.today),
    week: row.quota ? `${row.counts.week}/${weekly} ${progressBar(row.counts.week, weekly)}` : String(row.counts.week),
  }) + label;
};

const LINES_PER_SECTION = 20;
const MAX_SECTIONS = 45;

/** Lines spread over sections (3,000 characters each), within the 50 blocks of a message. */
function listBlocks(title: string, lines: readonly string[], more: (count: number) => string): KnownBlock[] {
  const blocks: KnownBlock[] = [section(title)];
  for (let i = 0; i < lines.length && blocks.length <= MAX_SECTIONS; i += LINES_PER_SECTION) {
    blocks.push(section(lines.slice(i, i + LINES_PER_SECTION).join('\n')));
  }
  const shown = (blocks.length - 1) * LINES_PER_SECTION;
  if (lines.length > shown) blocks.push(context(more(lines.length - shown)));
  return blocks;
}

/** The team table in at most 47 blocks (a message takes 50, a modal 100); counts and progress only. */
export const teamBlocks = (t: Translate, title: string, rows: readonly TeamRow[]): KnownBlock[] =>
  listBlocks(title, rows.map((row) => teamLine(t, row)), (count) => t('quotas.and_more', { count }));

/** Counts and progress only: call notes are never part of a team view. */
export function teamMessage(t: Translate, title: string, rows: readonly TeamRow[]) {
  if (rows.length === 0) return ephemeral(`${title}\n${t('quotas.team_empty')}`);
  return ephemeral(title, teamBlocks(t, title, rows));
}

export function digestMessage(t: Translate, rows: readonly TeamRow[]): Message {
  const title = t('quotas.digest_title', { count: rows.length });
  return { text: title, blocks: teamBlocks(t, title, rows) };
}

export type StatusInput = { counts: CallCounts; quota?: EffectiveQuota; personal: boolean; awayUntil: string | null; language: Language };

/** My calls today and this week against my quota, with progress bars and what applies (team default, away). */
export function statusBlocks(t: Translate, input: StatusInput): Message & { blocks: KnownBlock[] } {
  const { counts, quota } = input;
  const lines = [`*${t(input.personal ? 'quotas.status_title_personal' : 'quotas.status_title')}*`];
  if (!quota) lines.push(t('quotas.status_today_plain', { done: counts.today }), t('quotas.status_week_plain', { done: counts.week }), t('quotas.status_no_quota'));
  else {
    lines.push(t('quotas.status_today', { done: counts.today, target: quota.daily, bar: progressBar(counts.today, quota.daily) }));
    lines.push(t('quotas.status_week', { done: counts.week, target: quota.weekly, bar: progressBar(counts.week, quota.weekly) }));
  }
  const notes = [
    ...(quota?.source === 'team' ? [t('quotas.status_from_team')] : []),
    ...(input.personal ? [t('quotas.personal_note')] : []),
    ...(input.awayUntil ? [t('quotas.status_away', { day: formatDay(input.awayUntil, input.language) })] : []),
  ];
  const text = lines.join('\n');
  return { text, blocks: [section(text), ...(notes.length > 0 ? [context(...notes)] : [])] };
}

export function statusMessage(t: Translate, input: StatusInput) {
  const { text, blocks } = statusBlocks(t, input);
  return ephemeral(text, blocks);
}

export function awayModal(t: Translate, initialDate: string): ModalView {
  return modal({
    callbackId: AWAY_MODAL,
    title: t('quotas.away_modal_title'),
    submit: t('common.save'),
    close: t('common.cancel'),
    blocks: [
      input({
        blockId: AWAY_DATE_BLOCK,
        label: t('quotas.away_modal_label'),
        element: { type: 'datepicker', action_id: AWAY_DATE_ACTION, initial_date: initialDate },
      }),
    ],
  });
}
