import type { KnownBlock } from '@slack/types';
import { formatNumber, type Language, type Translate } from '../../i18n/index.js';
import { formatMonth, pluralOf } from '../../i18n/plural.js';
import { formatMoney } from '../../money.js';
import { context, ephemeral, header, section } from '../../slack/blocks.js';
import { progressBar } from '../quotas/rules.js';
import type { GoalStatus, MetricStatus, PeriodStatus } from './goal-status.js';
import type { Period } from './period-rules.js';
import type { GoalMetric, PipelineForecast } from './rules.js';

export type GoalViewer = { t: Translate; language: Language; currency: string };

export function formatMetric(value: number, metric: GoalMetric, viewer: GoalViewer): string {
  return metric === 'revenue' ? formatMoney(value, viewer.currency, viewer.language) : formatNumber(value, viewer.language);
}

export function periodLabel(period: Period, { t, language }: GoalViewer): string {
  if (period.kind === 'month') return formatMonth(period.key, language);
  const [year, quarter] = period.key.split('-Q');
  return t('goals.quarter_label', { year: year ?? '', quarter: quarter ?? '' });
}

const days = (count: number, viewer: GoalViewer) =>
  viewer.t(pluralOf(count, viewer.language) === 'one' ? 'goals.working_days_one' : 'goals.working_days_other', { count });

/** "12 calls in 8 working days = 1.5 a day × 19 working days = 28.5". */
export function runRateLine(status: MetricStatus, viewer: GoalViewer): string {
  const fmt = (v: number) => formatMetric(v, status.metric, viewer);
  if (!status.runRate) return viewer.t('goals.run_rate_none');
  const { elapsed, total, perDay, forecast } = status.runRate;
  return viewer.t('goals.run_rate', { actual: fmt(status.actual), elapsed: days(elapsed, viewer), perDay: fmt(Math.round(perDay * 100) / 100), total: days(total, viewer), forecast: fmt(forecast) });
}

/** "won $10,000 + proposal $25,000 × 40% + negotiation $10,000 × 70% = $27,500". */
export function pipelineLine(pipeline: PipelineForecast, viewer: GoalViewer): string {
  const money = (v: number) => formatMoney(v, viewer.currency, viewer.language);
  const parts = [viewer.t('goals.pipeline_won', { won: money(pipeline.won) })];
  for (const s of pipeline.stages) parts.push(`${viewer.t(`calls.stage_${s.stage as 'proposal'}`)} ${money(s.value)} × ${s.percent}%`);
  return viewer.t('goals.pipeline', { sum: parts.join(' + '), forecast: money(pipeline.forecast) });
}

export function yoyLine(status: MetricStatus, viewer: GoalViewer): string {
  const { lastYear, changePercent } = status.yoy;
  if (changePercent === undefined) return lastYear > 0 ? '' : viewer.t('goals.yoy_none');
  const change = `${changePercent > 0 ? '+' : ''}${changePercent}%`;
  return viewer.t('goals.yoy', { lastYear: formatMetric(lastYear, status.metric, viewer), change });
}

function metricBlocks(status: MetricStatus, viewer: GoalViewer): KnownBlock[] {
  const name = viewer.t(`goals.metric_${status.metric}`);
  const actual = formatMetric(status.actual, status.metric, viewer);
  const line = status.target === undefined
    ? viewer.t('goals.progress_no_goal', { name, actual })
    : viewer.t('goals.progress', { name, actual, target: formatMetric(status.target, status.metric, viewer), percent: status.percent ?? 0, bar: progressBar(status.actual, status.target) });
  return [section(line), context(runRateLine(status, viewer), yoyLine(status, viewer) || viewer.t('goals.yoy_none'))];
}

export function periodBlocks(status: PeriodStatus, viewer: GoalViewer): KnownBlock[] {
  return [
    section(`*${periodLabel(status.period, viewer)}*`),
    ...status.metrics.flatMap((m) => metricBlocks(m, viewer)),
    context(pipelineLine(status.pipeline, viewer)),
  ];
}

export function goalStatusMessage(status: GoalStatus, viewer: GoalViewer) {
  const title = viewer.t('goals.status_title');
  const blocks = [header(title), ...periodBlocks(status.month, viewer), ...periodBlocks(status.quarter, viewer)];
  const revenue = status.month.metrics[0] as MetricStatus;
  const summary = `${title}: ${viewer.t(`goals.metric_revenue`)} ${formatMetric(revenue.actual, 'revenue', viewer)}`;
  return ephemeral(summary, blocks);
}
