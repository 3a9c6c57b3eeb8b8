import { UserError } from '../../errors.js';
import { parseUserMention } from '../../slack/mentions.js';
import { parsePeriod, type Period } from './period-rules.js';
import { GOAL_METRICS, type GoalMetric } from './rules.js';

/** How a quarter goal becomes month goals: evenly, like last year's months, or three amounts by hand. */
export type Split = { mode: 'even' } | { mode: 'pattern' } | { mode: 'hand'; months: number[] };

export type GoalInput = { repSlackId: string; period: Period; metric: GoalMetric; target: number; split: Split };

export type GoalCommand =
  | { action: 'show' }
  | { action: 'help' }
  | { action: 'modal' }
  | { action: 'set'; input: GoalInput }
  | { action: 'stages'; text?: string };

const MAX_REVENUE = 1e12;
const MAX_COUNT = 1e6;

export function parsePeriodText(text: string): Period {
  const period = parsePeriod(text);
  if (!period) throw new UserError('goals.bad_period', { text: text.slice(0, 40) });
  return period;
}

export function parseMetric(text: string): GoalMetric {
  const metric = GOAL_METRICS.find((m) => m === text.toLowerCase());
  if (!metric) throw new UserError('goals.bad_metric', { text: text.slice(0, 40) });
  return metric;
}

/**
 * A target: revenue in the org currency with at most two decimals ("50,000" and "50000.50" read as
 * written; "50.000" is refused rather than guessed), deals and calls in whole numbers.
 */
export function parseTarget(text: string, metric: GoalMetric): number {
  const plain = text.replace(/[,_]/g, '');
  const pattern = metric === 'revenue' ? /^\d{1,13}(\.\d{1,2})?$/ : /^\d{1,7}$/;
  const value = Number(plain);
  if (!pattern.test(plain)) throw new UserError(metric === 'revenue' ? 'goals.bad_amount' : 'goals.bad_count', { text: text.slice(0, 40) });
  if (value > (metric === 'revenue' ? MAX_REVENUE : MAX_COUNT)) throw new UserError('goals.too_large', { text: text.slice(0, 40) });
  return value;
}

/** "even", "lastyear" or three amounts "4,4,4" / "4/4/4" that add up to the quarter's target. */
export function parseSplit(text: string | undefined, period: Period, metric: GoalMetric, target: number): Split {
  const word = (text ?? '').trim().toLowerCase();
  if (word === '' || word === 'even') return { mode: 'even' };
  if (period.kind === 'month') throw new UserError('goals.split_month');
  if (word === 'lastyear' || word === 'last-year' || word === 'seasonal') return { mode: 'pattern' };
  const months = word.split(/[,/;\s]+/).filter(Boolean).map((part) => parseTarget(part, metric));
  if (months.length !== 3) throw new UserError('goals.bad_split', { text: text?.slice(0, 40) ?? '' });
  const sum = Math.round(months.reduce((a, b) => a + b, 0) * 100) / 100;
  if (sum !== target) throw new UserError('goals.split_sum', { sum, target });
  return { mode: 'hand', months };
}

/** `/goal`, `/goal help`, `/goal set` (modal), `/goal set @rep 2027-Q1 deals 12 [even|lastyear|4,4,4]`, `/goal stages …`. */
export function parseGoalCommand(words: readonly string[]): GoalCommand {
  const [sub = '', ...rest] = words;
  switch (sub.toLowerCase()) {
    case '':
      return { action: 'show' };
    case 'help':
      return { action: 'help' };
    case 'stages':
      return { action: 'stages', text: rest.length > 0 ? rest.join(',') : undefined };
    case 'set': {
      if (rest.length === 0) return { action: 'modal' };
      const [mention = '', periodText = '', metricText = '', targetText = '', splitText, ...extra] = rest;
      const repSlackId = parseUserMention(mention);
      if (!repSlackId) throw new UserError('goals.set_usage');
      if (!targetText || extra.length > 0) throw new UserError('goals.set_usage');
      const period = parsePeriodText(periodText);
      const metric = parseMetric(metricText);
      const target = parseTarget(targetText, metric);
      return { action: 'set', input: { repSlackId, period, metric, target, split: parseSplit(splitText, period, metric, target) } };
    }
    default:
      throw new UserError('common.unknown_subcommand', { command: '/goal', sub: sub.slice(0, 40) });
  }
}

/** `prospecting:10 proposal:40` → known stages with whole percents 0–100; anything else is refused. */
export function parseStageSetting(text: string, known: readonly string[]): Record<string, number> {
  const result: Record<string, number> = {};
  for (const part of text.split(/[,\s]+/).filter(Boolean)) {
    const [stage = '', percent = ''] = part.toLowerCase().split(/[:=]/);
    if (!known.includes(stage) || !/^\d{1,3}$/.test(percent) || Number(percent) > 100) {
      throw new UserError('goals.bad_stage', { text: part.slice(0, 40), stages: known.join(', ') });
    }
    result[stage] = Number(percent);
  }
  return result;
}
