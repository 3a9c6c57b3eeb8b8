import { UserError } from '../../errors.js';
import { parseUserMention } from '../../slack/mentions.js';
import { addDays, isValidLocalDay, type LocalDay } from '../../time/local-time.js';
import { parsePeriod, periodsOfDay, type Period } from '../goals/period-rules.js';

export type ReportArgs = { period: Period; managerSlackId?: string };

/** `[month|quarter|YYYY-MM|YYYY-Qn] [@manager]` — the current month by default. */
export function parseReportArgs(words: readonly string[], today: LocalDay): ReportArgs {
  let period = periodsOfDay(today).month;
  let managerSlackId: string | undefined;
  for (const word of words) {
    const mention = parseUserMention(word);
    const lower = word.toLowerCase();
    if (mention && !managerSlackId) managerSlackId = mention;
    else if (lower === 'month') period = periodsOfDay(today).month;
    else if (lower === 'quarter') period = periodsOfDay(today).quarter;
    else if (parsePeriod(word)) period = parsePeriod(word) as Period;
    else throw new UserError('reports.report_usage');
  }
  return { period, managerSlackId };
}

export type DayRange = { from: LocalDay; to: LocalDay };
export const EXPORT_DEFAULT_DAYS = 90;
const EXPORT_MAX_DAYS = 3 * 366;

/** `[from] [to]` as YYYY-MM-DD: the last 90 days by default, `to` defaults to today; at most three years. */
export function parseDayRange(words: readonly string[], today: LocalDay): DayRange {
  if (words.length > 2) throw new UserError('reports.export_usage');
  for (const word of words) if (!isValidLocalDay(word)) throw new UserError('reports.bad_day', { text: word.slice(0, 40) });
  const [from = addDays(today, -EXPORT_DEFAULT_DAYS + 1), to = today] = words;
  if (from > to) throw new UserError('reports.range_reversed', { from, to });
  if (addDays(from, EXPORT_MAX_DAYS) < to) throw new UserError('reports.range_too_long');
  return { from, to };
}

/** `<account name…> @rep`: the name may have spaces; the last word is the rep. */
export function parseOwnerArgs(words: readonly string[]): { accountName: string; repSlackId: string } {
  const repSlackId = parseUserMention(words.at(-1) ?? '');
  const accountName = words.slice(0, -1).join(' ').trim();
  if (!repSlackId || accountName === '') throw new UserError('reports.owner_usage');
  return { accountName, repSlackId };
}
