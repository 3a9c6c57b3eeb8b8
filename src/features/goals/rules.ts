import { countWorkingDays, type LocalDay, type WorkCalendar } from '../../time/local-time.js';
import type { Period } from './period-rules.js';

export type GoalMetric = 'revenue' | 'deals' | 'calls';
export const GOAL_METRICS: readonly GoalMetric[] = ['revenue', 'deals', 'calls'];

export type RunRate = {
  /** Working days from the start (the period's, or the rep's first day) to today, both included. */
  elapsed: number;
  total: number;
  perDay: number;
  forecast: number;
};

/**
 * Run-rate forecast: actual ÷ elapsed working days × working days in the period. Today counts as
 * elapsed (a rep checking at 16:00 has worked most of it). A rep who joined mid-period is measured
 * from their first day, so their rate is not diluted by days before they were here. Local dates
 * only, so a quarter crossing a DST change has exactly its calendar's working days. Undefined
 * before the first working day of the window (nothing to extrapolate from yet).
 */
export function runRateForecast(input: { actual: number; period: Period; today: LocalDay; calendar: WorkCalendar; joinedDay?: LocalDay; countDays?: CountDays }): RunRate | undefined {
  const { actual, period, today, calendar } = input;
  const count = input.countDays ?? ((first: LocalDay, last: LocalDay) => countWorkingDays(first, last, calendar));
  const start = input.joinedDay && input.joinedDay > period.first ? input.joinedDay : period.first;
  if (today < start || start > period.last) return undefined;
  const end = today < period.last ? today : period.last;
  const elapsed = count(start, end);
  const total = count(start, period.last);
  if (elapsed === 0) return undefined;
  const perDay = actual / elapsed;
  return { elapsed, total, perDay, forecast: round2(perDay * total) };
}

export type CountDays = (first: LocalDay, last: LocalDay) => number;

/** Working days between two days of one calendar, remembered: a report of 10,000 reps asks the same few ranges. */
export function workingDaysCounter(calendar: WorkCalendar): CountDays {
  const known = new Map<string, number>();
  return (first, last) => {
    const key = `${first}|${last}`;
    let count = known.get(key);
    if (count === undefined) {
      count = countWorkingDays(first, last, calendar);
      known.set(key, count);
    }
    return count;
  };
}

export type OpenDeal = { stage: string; value: number };
export type StageWeight = { stage: string; percent: number; value: number; weighted: number };
export type PipelineForecast = { won: number; stages: StageWeight[]; forecast: number };

export const DEFAULT_STAGE_PROBABILITIES: Readonly<Record<string, number>> = { prospecting: 10, qualification: 25, proposal: 40, negotiation: 70 };

/** "proposal:35,negotiation:80" over the defaults; bad parts are ignored (the setting is validated when written). */
export function parseStageProbabilities(text: string | null | undefined): Record<string, number> {
  const probabilities = { ...DEFAULT_STAGE_PROBABILITIES };
  for (const part of (text ?? '').split(',')) {
    const [stage = '', percent = ''] = part.split(':').map((s) => s.trim());
    const value = Number(percent);
    if (Object.hasOwn(DEFAULT_STAGE_PROBABILITIES, stage) && /^\d+$/.test(percent) && value <= 100) probabilities[stage] = value;
  }
  return probabilities;
}

export function formatStageProbabilities(probabilities: Readonly<Record<string, number>>): string {
  return Object.keys(DEFAULT_STAGE_PROBABILITIES).map((stage) => `${stage}:${probabilities[stage] ?? 0}`).join(',');
}

/**
 * Pipeline forecast: won so far + each open deal's value × its stage's probability. Stages are
 * listed in the order of the funnel; a stage without open deals is left out.
 */
export function pipelineForecast(won: number, deals: readonly OpenDeal[], probabilities: Readonly<Record<string, number>>): PipelineForecast {
  const stages = Object.keys(DEFAULT_STAGE_PROBABILITIES).flatMap((stage): StageWeight[] => {
    const value = deals.filter((deal) => deal.stage === stage).reduce((sum, deal) => sum + deal.value, 0);
    const percent = probabilities[stage] ?? 0;
    return value > 0 ? [{ stage, percent, value, weighted: round2((value * percent) / 100) }] : [];
  });
  return { won, stages, forecast: round2(won + stages.reduce((sum, s) => sum + s.weighted, 0)) };
}

export type YearOverYear = { lastYear: number; changePercent: number | undefined };

/**
 * Change against the same period last year, in whole percent. With no history (nothing last year)
 * there is no percentage to show: undefined, never Infinity.
 */
export function yearOverYear(current: number, lastYear: number): YearOverYear {
  if (lastYear <= 0) return { lastYear, changePercent: undefined };
  return { lastYear, changePercent: Math.round(((current - lastYear) / lastYear) * 100) };
}

export type SplitMode = 'even' | 'pattern';

/**
 * A quarter target split into its three months: evenly, or following last year's months (the
 * seasonality). Whole units for deals and calls, cents for revenue; the rounding remainder goes to
 * the first months so the parts always add up to the target. A pattern with no history is even.
 */
export function splitQuarter(target: number, metric: GoalMetric, mode: SplitMode, lastYear: readonly number[] = []): number[] {
  const unit = metric === 'revenue' ? 100 : 1;
  const units = Math.round(target * unit);
  const history = lastYear.reduce((sum, v) => sum + v, 0);
  const weights = mode === 'pattern' && history > 0 && lastYear.length === 3 ? lastYear.map((v) => v / history) : [1 / 3, 1 / 3, 1 / 3];
  const parts = weights.map((w) => Math.floor(units * w));
  let remainder = units - parts.reduce((sum, v) => sum + v, 0);
  for (let i = 0; remainder > 0; i = (i + 1) % 3, remainder -= 1) parts[i] = (parts[i] as number) + 1;
  return parts.map((p) => p / unit);
}

/** Whole percent of a goal reached, undefined without a goal. */
export function percentOf(actual: number, target: number | undefined): number | undefined {
  return target && target > 0 ? Math.round((actual / target) * 100) : undefined;
}

export const round2 = (value: number): number => Math.round(value * 100) / 100;
