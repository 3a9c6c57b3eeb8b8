import type { KnownBlock } from '@slack/types';
import type { RankedRow } from '../../activity/ranked-activity.js';
import { formatDay, formatNumber, type Language, type Translate } from '../../i18n/index.js';
import { pluralOf } from '../../i18n/plural.js';
import { formatMoney } from '../../money.js';
import { context, escapeMrkdwn, header, section, type Message } from '../../slack/blocks.js';
import { progressBar } from '../quotas/rules.js';
import { isValuePublic, rankLabel, type ProgramMetric, type Visibility } from './rules.js';
import type { Standings } from './standings-service.js';

/** Who reads a post: the channel, or one person (who always sees their own value; managers see all). */
export type Audience = { kind: 'public' } | { kind: 'private'; viewerRepId: string; seesAllValues: boolean };
export type Voice = { t: Translate; language: Language; currency: string };

const LINES_PER_SECTION = 20;

/** "42 calls", "3 deals won", "Rp 1.200.000" in the reader's language and the workspace currency. */
export function formatValue(voice: Voice, metric: ProgramMetric, value: number): string {
  if (metric === 'revenue') return formatMoney(value, voice.currency, voice.language);
  const count = formatNumber(value, voice.language);
  const key = `incentives.unit_${metric}_${pluralOf(value, voice.language)}` as const;
  return voice.t(key, { count });
}

/** A rep's name on a post: "a rep" on public posts for those who asked, their name (or mention) otherwise. */
export function nameOf(voice: Voice, row: Pick<RankedRow, 'slackUserId' | 'displayName' | 'hideNameInPublic'>, isSelf = false): string {
  if (row.hideNameInPublic && !isSelf) return voice.t('incentives.a_rep');
  return row.displayName ? `*${escapeMrkdwn(row.displayName)}*` : `<@${row.slackUserId}>`;
}

function line(voice: Voice, standings: Standings, row: RankedRow, audience: Audience): string {
  const { metric, visibility } = standings.program as { metric: ProgramMetric; visibility: Visibility };
  const isSelf = audience.kind === 'private' && audience.viewerRepId === row.repId;
  const showValue = isValuePublic(metric, visibility) || (audience.kind === 'private' && (isSelf || audience.seesAllValues));
  const parts = [`${rankLabel(row.rank)} ${nameOf(voice, row, isSelf)}`];
  if (isSelf) parts.push(voice.t('incentives.you'));
  if (showValue) parts.push(`— ${formatValue(voice, metric, row.value)}`);
  if (showValue && row.target !== null && row.target > 0) parts.push(`${progressBar(row.value, row.target)} ${Math.floor((row.value / row.target) * 100)}%`);
  if (row.reached) parts.push('✅');
  return parts.join(' ');
}

function targetText(voice: Voice, standings: Standings): string | undefined {
  const { program } = standings;
  if (program.target === null) return undefined;
  const target = Number(program.target);
  if (program.targetIsPercentOfGoal) return voice.t('incentives.target_percent', { percent: formatNumber(target, voice.language) });
  return voice.t('incentives.target_absolute', { target: formatValue(voice, program.metric as ProgramMetric, target) });
}

/** The standings post (public) or the `/leaderboard` reply (private, with the viewer's own rank). */
export function standingsMessage(voice: Voice, standings: Standings, audience: Audience): Message {
  const { program, rows } = standings;
  const { t } = voice;
  const shown = rows.filter((row) => row.rank <= program.places);
  const extra = audience.kind === 'private' ? rows.filter((row) => row.rank > program.places && row.repId === audience.viewerRepId) : [];
  const lines = [...shown, ...extra].map((row) => line(voice, standings, row, audience));
  const title = t('incentives.standings_title', { name: program.name });
  const blocks: KnownBlock[] = [header(`🏆 ${program.name}`)];
  const facts = [t('incentives.prize', { prize: escapeMrkdwn(program.prize) }), t(`incentives.metric_${program.metric}` as const)];
  const target = targetText(voice, standings);
  if (target) facts.push(target);
  facts.push(standings.daysLeft > 0 ? t('incentives.days_left', { days: standings.daysLeft, end: formatDay(program.endDate, voice.language) }) : t('incentives.ended'));
  blocks.push(context(facts.join(' · ')));
  if (lines.length === 0) blocks.push(section(t('incentives.no_activity')));
  for (let at = 0; at < lines.length; at += LINES_PER_SECTION) blocks.push(section(lines.slice(at, at + LINES_PER_SECTION).join('\n')));
  const hidden = standings.participants - shown.length - extra.length;
  if (hidden > 0) blocks.push(context(t('incentives.and_more', { count: hidden })));
  if (audience.kind === 'private' && !rows.some((row) => row.repId === audience.viewerRepId)) blocks.push(context(t('incentives.not_ranked')));
  return { text: title, blocks };
}

export function celebrationMessage(voice: Voice, standings: Standings, row: RankedRow): Message {
  const { program } = standings;
  const metric = program.metric as ProgramMetric;
  const value = isValuePublic(metric, program.visibility as Visibility) ? formatValue(voice, metric, row.value) : undefined;
  const text = voice.t(value ? 'incentives.celebration_value' : 'incentives.celebration', { name: nameOf(voice, row), program: program.name, value: value ?? '' });
  return { text, blocks: [section(`🎉 ${text}`), context(voice.t('incentives.prize', { prize: escapeMrkdwn(program.prize) }))] };
}
