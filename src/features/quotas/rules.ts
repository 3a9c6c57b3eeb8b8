import { UserError } from '../../errors.js';
import { parseUserMention } from '../../slack/mentions.js';
import { addDays, isValidLocalDay, type LocalDay } from '../../time/local-time.js';

export const MAX_DAILY = 200;
export const MAX_WEEKLY = 1000;
const MAX_AWAY_DAYS = 365;

export type QuotaValues = { daily: number; weekly: number };

export type QuotaCommand =
  | { action: 'show' }
  | { action: 'help' }
  | { action: 'set_rep'; repSlackId: string; values: QuotaValues }
  | { action: 'set_team'; managerSlackId?: string; values: QuotaValues }
  | { action: 'team'; managerSlackId?: string }
  | { action: 'away'; until: string | null }
  | { action: 'nudges'; on: boolean };

/** `/quota …` words → the command, or a UserError with the usage of what was attempted. */
export function parseQuotaCommand(words: readonly string[]): QuotaCommand {
  const [first = '', ...rest] = words.map((word, i) => (i === 0 ? word.toLowerCase() : word));
  if (first === '') return { action: 'show' };
  if (first === 'help') return { action: 'help' };
  if (first === 'set') return parseSet(rest);
  if (first === 'team') return { action: 'team', ...optionalManager(rest, 'quotas.team_usage') };
  if (first === 'away') return parseAway(rest);
  if (first === 'nudges' && rest.length === 1 && ['on', 'off'].includes(rest[0]?.toLowerCase() ?? '')) {
    return { action: 'nudges', on: rest[0]?.toLowerCase() === 'on' };
  }
  if (first === 'nudges') throw new UserError('quotas.nudges_usage');
  throw new UserError('common.unknown_subcommand', { command: '/quota', sub: first.slice(0, 40) });
}

function parseSet(words: readonly string[]): QuotaCommand {
  const [who = '', ...rest] = words;
  if (who.toLowerCase() === 'team') {
    const mention = rest[0] ? parseUserMention(rest[0]) : undefined;
    const values = parseQuotaValues(mention ? rest.slice(1) : rest);
    return { action: 'set_team', ...(mention ? { managerSlackId: mention } : {}), values };
  }
  const repSlackId = parseUserMention(who);
  if (!repSlackId) throw new UserError('quotas.set_usage');
  return { action: 'set_rep', repSlackId, values: parseQuotaValues(rest) };
}

function optionalManager(words: readonly string[], usage: 'quotas.team_usage'): { managerSlackId?: string } {
  if (words.length === 0) return {};
  const managerSlackId = words.length === 1 && words[0] ? parseUserMention(words[0]) : undefined;
  if (!managerSlackId) throw new UserError(usage);
  return { managerSlackId };
}

function parseAway(words: readonly string[]): QuotaCommand {
  const [first = '', second, ...rest] = words.map((w) => w.toLowerCase());
  if (first === 'off' && second === undefined) return { action: 'away', until: null };
  if (first !== 'until' || second === undefined || rest.length > 0) throw new UserError('quotas.away_usage');
  return { action: 'away', until: second };
}

/** `daily N weekly M` in either order; whole numbers within sane caps, weekly at least daily. */
export function parseQuotaValues(words: readonly string[]): QuotaValues {
  if (words.length !== 4) throw new UserError('quotas.set_usage');
  const found: Partial<QuotaValues> = {};
  for (let i = 0; i < 4; i += 2) {
    const name = words[i]?.toLowerCase();
    if ((name !== 'daily' && name !== 'weekly') || found[name] !== undefined) throw new UserError('quotas.set_usage');
    found[name] = parseCount(words[i + 1] ?? '', name);
  }
  const values = found as QuotaValues;
  if (values.weekly < values.daily) throw new UserError('quotas.weekly_below_daily', values);
  return values;
}

function parseCount(text: string, period: 'daily' | 'weekly'): number {
  if (/^-\d+$/.test(text)) throw new UserError('quotas.negative', { text });
  if (!/^\d{1,6}$/.test(text)) throw new UserError('quotas.not_a_number', { text: text.slice(0, 20) });
  const value = Number(text);
  const max = period === 'daily' ? MAX_DAILY : MAX_WEEKLY;
  if (value > max) throw new UserError(period === 'daily' ? 'quotas.daily_too_large' : 'quotas.weekly_too_large', { max });
  return value;
}

/** An out-of-office end date: a real date, not before `today`, at most a year ahead. */
export function validateAwayUntil(day: string, today: LocalDay): LocalDay {
  if (!isValidLocalDay(day)) throw new UserError('quotas.away_bad_date', { text: day.slice(0, 20) });
  if (day < today) throw new UserError('quotas.away_past', { day });
  if (day > addDays(today, MAX_AWAY_DAYS)) throw new UserError('quotas.away_too_far', { day });
  return day;
}

const BAR_CELLS = 10;

/** "▰▰▰▱▱▱▱▱▱▱" for 3 of 10; full when done ≥ target; empty string without a target. */
export function progressBar(done: number, target: number): string {
  if (target <= 0) return '';
  const filled = Math.min(BAR_CELLS, Math.floor((done / target) * BAR_CELLS));
  return '▰'.repeat(filled) + '▱'.repeat(BAR_CELLS - filled);
}

/** The team's calls today and this week against the sum of its reps' quotas (reps without one add calls, no target). */
export function teamTotals(rows: readonly { counts: { today: number; week: number }; quota?: { daily: number; weekly: number } }[]) {
  const totals = { today: 0, week: 0, daily: 0, weekly: 0 };
  for (const row of rows) {
    totals.today += row.counts.today;
    totals.week += row.counts.week;
    totals.daily += row.quota?.daily ?? 0;
    totals.weekly += row.quota?.weekly ?? 0;
  }
  return totals;
}
