import type { KnownBlock } from '@slack/types';
import type { Translate } from '../../i18n/index.js';
import { context, escapeMrkdwn, header, section, type Message } from '../../slack/blocks.js';
import { isValuePublic, rankLabel, type ProgramMetric, type Visibility } from './rules.js';
import { formatValue, nameOf, type Voice } from './standings-views.js';

export type Awarded = { rank: number | null; value: number; slackUserId: string; displayName: string | null; hideNameInPublic: boolean };
type ProgramFacts = { name: string; prize: string; metric: string; visibility: string };

const REACHED_PER_SECTION = 40;

/** The final results post: the winners with medals and everyone who reached the target. */
export function finalMessage(voice: Voice, program: ProgramFacts, winners: readonly Awarded[], reached: readonly Awarded[]): Message {
  const { t } = voice;
  const metric = program.metric as ProgramMetric;
  const showValue = isValuePublic(metric, program.visibility as Visibility);
  const text = t('incentives.final_title', { name: program.name });
  const blocks: KnownBlock[] = [header(`🏁 ${program.name}`), section(`*${text}*`)];
  if (winners.length === 0) blocks.push(section(t('incentives.final_no_winner')));
  else {
    const lines = winners.map((w) => `${rankLabel(w.rank ?? 0)} ${nameOf(voice, w)}${showValue ? ` — ${formatValue(voice, metric, w.value)}` : ''}`);
    blocks.push(section(lines.join('\n')));
  }
  for (let at = 0; at < reached.length; at += REACHED_PER_SECTION) {
    const names = reached.slice(at, at + REACHED_PER_SECTION).map((r) => nameOf(voice, r)).join(', ');
    blocks.push(section(at === 0 ? t('incentives.final_reached', { names }) : names));
  }
  blocks.push(context(t('incentives.prize', { prize: escapeMrkdwn(program.prize) })));
  return { text, blocks };
}

/** One line per program for `/incentive list`. */
export function programLine(t: Translate, program: { name: string; status: string; startDate: string; endDate: string; channelId: string }): string {
  const status = t(program.status === 'active' ? 'incentives.status_active' : 'incentives.status_ended');
  return `• *${escapeMrkdwn(program.name)}* — ${program.startDate} → ${program.endDate}, <#${program.channelId}> (${status})`;
}
