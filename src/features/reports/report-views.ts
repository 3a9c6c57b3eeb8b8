import type { KnownBlock } from '@slack/types';
import { stringify } from 'csv-stringify/sync';
import { pluralOf } from '../../i18n/plural.js';
import { button, context, ephemeral, header, section } from '../../slack/blocks.js';
import { formatMetric, periodLabel, type GoalViewer } from '../goals/views.js';
import { ACTIVITY_LOOKBACK_DAYS, LISTED_REPS, type Report, type ReportRow } from './report-service.js';
import { OPEN_REP_CALLS_ACTION } from './ids.js';


const pair = (actual: string, target: string | undefined) => (target === undefined ? actual : `${actual}/${target}`);

function idleText(row: Omit<ReportRow, 'rep'> & { rep?: unknown }, viewer: GoalViewer): string {
  if (row.idleDays === undefined) return viewer.t('reports.idle_over', { days: ACTIVITY_LOOKBACK_DAYS });
  if (row.idleDays === 0) return viewer.t('reports.idle_none');
  const key = pluralOf(row.idleDays, viewer.language) === 'one' ? 'reports.idle_one' : 'reports.idle_other';
  return viewer.t(key, { count: row.idleDays });
}

/** "calls 34/40 · revenue $12,000/$50,000 · deals 3/5 · forecast $28,000 · vs last year +20%". */
export function figuresOf(row: Omit<ReportRow, 'rep'>, viewer: GoalViewer): string {
  const { t } = viewer;
  const n = (v: number) => formatMetric(v, 'deals', viewer);
  const money = (v: number) => formatMetric(v, 'revenue', viewer);
  const parts = [
    `${t('goals.metric_calls')} ${pair(n(row.calls), row.callsExpected === undefined ? undefined : n(row.callsExpected))}`,
    `${t('goals.metric_revenue')} ${pair(money(row.revenue), row.revenueGoal === undefined ? undefined : money(row.revenueGoal))}`,
    `${t('goals.metric_deals')} ${pair(n(row.deals), row.dealsGoal === undefined ? undefined : n(row.dealsGoal))}`,
  ];
  if (row.forecast !== undefined) parts.push(t('reports.forecast', { forecast: money(row.forecast) }));
  parts.push(row.yoyPercent === undefined ? t('reports.yoy_none') : t('reports.yoy', { change: `${row.yoyPercent > 0 ? '+' : ''}${row.yoyPercent}%` }));
  return parts.join(' · ');
}

function repBlock(row: ReportRow, viewer: GoalViewer): KnownBlock {
  const who = `<@${row.rep.slackUserId}>${row.rep.kind === 'independent' ? ` ${viewer.t('reports.independent')}` : ''}`;
  const open = button({ text: viewer.t('reports.call_reports'), actionId: OPEN_REP_CALLS_ACTION, value: row.rep.slackUserId });
  return section(`${who} — ${figuresOf(row, viewer)} · ${idleText(row, viewer)}`, open);
}

export function reportTitle(report: Report, viewer: GoalViewer): string {
  const period = periodLabel(report.period, viewer);
  return report.manager ? viewer.t('reports.title_team', { period, manager: report.manager.slackUserId }) : viewer.t('reports.title_all', { period });
}

/** The report in Slack; beyond `LISTED_REPS` reps, the totals and a note that the CSV is on its way. */
export function reportMessage(report: Report, viewer: GoalViewer) {
  const { t } = viewer;
  const title = reportTitle(report, viewer);
  const totals = `*${t('reports.totals', { count: report.rows.length })}*: ${figuresOf(report.totals, viewer)}`;
  const top = header(t('reports.header', { period: periodLabel(report.period, viewer) }));
  if (report.rows.length === 0) return ephemeral(t('reports.empty'), [top, section(t('reports.empty'))]);
  const blocks: KnownBlock[] = [top, section(`${title}\n${totals}`)];
  if (report.rows.length > LISTED_REPS) blocks.push(context(t('reports.too_long', { count: report.rows.length })));
  else blocks.push(...report.rows.map((row) => repBlock(row, viewer)), context(t('reports.footer')));
  return ephemeral(`${title}\n${totals}`, blocks);
}

export const REPORT_CSV_COLUMNS = ['rep', 'name', 'calls', 'calls_quota_so_far', 'revenue', 'revenue_goal', 'deals', 'deals_goal', 'forecast', 'yoy_percent', 'days_without_activity'];

/** The full report as RFC 4180 CSV (header row, CRLF, quoting by csv-stringify). */
export function reportCsv(report: Report): string {
  const rows = report.rows.map((r) => [
    r.rep.slackUserId, r.rep.displayName ?? '', r.calls, r.callsExpected ?? '', r.revenue, r.revenueGoal ?? '', r.deals, r.dealsGoal ?? '', r.forecast ?? '', r.yoyPercent ?? '', r.idleDays ?? '',
  ]);
  return stringify([REPORT_CSV_COLUMNS, ...rows], { record_delimiter: 'windows' });
}
