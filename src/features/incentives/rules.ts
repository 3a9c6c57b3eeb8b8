import { UserError } from '../../errors.js';
import type { IncentiveProgram } from '../../generated/sqlite/client.js';
import { dueSlot, type DueSlot } from '../../scheduler/slots.js';
import { addDays, dayjs, isoWeekOfDay, isoWeekdayOf, localDayOf, quarterOf, type LocalDay } from '../../time/local-time.js';

export const PROGRAM_METRICS = ['calls', 'revenue', 'deals'] as const;
export const VISIBILITIES = ['ranks', 'counts', 'values'] as const;
export const CADENCES = ['daily', 'weekly'] as const;
export const TARGET_KINDS = ['none', 'absolute', 'percent_of_goal'] as const;
export const NAME_MAX = 80;
export const PRIZE_MAX = 200;
export const PLACES_MAX = 100;
export const TARGET_MAX = 1_000_000_000;
export const PERCENT_MAX = 1000;
export const LENGTH_MAX_DAYS = 366;

export type ProgramMetric = (typeof PROGRAM_METRICS)[number];
export type Visibility = (typeof VISIBILITIES)[number];

export type IncentiveCommand = { action: 'help' } | { action: 'new' } | { action: 'list' } | { action: 'end'; name: string };
export type LeaderboardCommand =
  | { action: 'help' }
  | { action: 'show'; name?: string }
  | { action: 'post'; name?: string }
  | { action: 'anonymous'; on: boolean };

const clipWord = (word: string) => word.slice(0, 40);

/** `/incentive …` words → the command; `end` takes the rest of the text as the program's name. */
export function parseIncentiveCommand(words: readonly string[]): IncentiveCommand {
  const [first = '', ...rest] = words;
  const verb = first.toLowerCase();
  if (verb === '' || verb === 'help') return { action: 'help' };
  if ((verb === 'new' || verb === 'list') && rest.length === 0) return { action: verb };
  if (verb === 'end' && rest.length > 0) return { action: 'end', name: rest.join(' ') };
  if (verb === 'new' || verb === 'list' || verb === 'end') throw new UserError('incentives.usage');
  throw new UserError('common.unknown_subcommand', { command: '/incentive', sub: clipWord(first) });
}

/** `/leaderboard [program]`, `post [program]`, `anonymous on|off`, `help`; anything else is a program name. */
export function parseLeaderboardCommand(words: readonly string[]): LeaderboardCommand {
  const [first = '', ...rest] = words;
  const verb = first.toLowerCase();
  if (verb === 'help') return { action: 'help' };
  if (verb === 'post') return rest.length > 0 ? { action: 'post', name: rest.join(' ') } : { action: 'post' };
  if (verb === 'anonymous') {
    const value = rest.length === 1 ? rest[0]?.toLowerCase() : undefined;
    if (value !== 'on' && value !== 'off') throw new UserError('incentives.anonymous_usage');
    return { action: 'anonymous', on: value === 'on' };
  }
  return words.length > 0 ? { action: 'show', name: words.join(' ') } : { action: 'show' };
}

/** Names are matched case-insensitively, with runs of white space folded. */
export const normalizeProgramName = (name: string): string => name.trim().replace(/\s+/g, ' ').toLowerCase();

type Schedule = Pick<IncentiveProgram, 'cadence' | 'cadenceTime' | 'cadenceWeekday' | 'timeZone' | 'startDate' | 'endDate'>;

/**
 * The program's standings slot due at `now`, if any: its cadence time on a day of the program (daily),
 * or on its weekday (weekly), in the program's own zone. The slot names the day or the ISO week.
 */
export function standingsSlot(program: Schedule, now: Date): (DueSlot & { slot: string }) | undefined {
  const due = dueSlot(now, program.timeZone, program.cadenceTime);
  if (!due || due.day < program.startDate || due.day > program.endDate) return undefined;
  if (program.cadence === 'weekly' && isoWeekdayOf(due.day) !== program.cadenceWeekday) return undefined;
  return { ...due, slot: program.cadence === 'daily' ? due.day : isoWeekOfDay(due.day) };
}

/** True once the program's last day is over in its zone. */
export function isPastEnd(program: Pick<IncentiveProgram, 'endDate' | 'timeZone'>, now: Date): boolean {
  return localDayOf(now, program.timeZone) > program.endDate;
}

/** Days left including today (0 once the end date has passed; the whole length before the start). */
export function daysLeft(today: LocalDay, startDate: LocalDay, endDate: LocalDay): number {
  const from = today < startDate ? startDate : today;
  if (from > endDate) return 0;
  return dayjs.utc(endDate).diff(dayjs.utc(from), 'day') + 1;
}

/**
 * The goal period a "percent of goal" target reads: the month when the program lies within one
 * month, else the quarter when it lies within one quarter; none otherwise (no rep can reach it).
 */
export function goalPeriodOf(startDate: LocalDay, endDate: LocalDay): string | undefined {
  if (startDate.slice(0, 7) === endDate.slice(0, 7)) return startDate.slice(0, 7);
  return quarterOf(startDate) === quarterOf(endDate) ? quarterOf(startDate) : undefined;
}

/** The last instant of a program's end date plus `days`, when its posts stop waiting for the channel. */
export function programExpiry(program: Pick<IncentiveProgram, 'endDate' | 'timeZone'>, days: number): Date {
  return dayjs.tz(`${addDays(program.endDate, days + 1)} 00:00`, 'YYYY-MM-DD HH:mm', program.timeZone).toDate();
}

const MEDALS = ['🥇', '🥈', '🥉'];

/** Medals for the top three ranks (tied reps share the medal), a plain rank after. */
export function rankLabel(rank: number): string {
  return MEDALS[rank - 1] ?? `${rank}.`;
}

/** Whether a value of the metric may appear in a public post (revenue only when the program shows values). */
export function isValuePublic(metric: ProgramMetric, visibility: Visibility): boolean {
  if (visibility === 'values') return true;
  return visibility === 'counts' && metric !== 'revenue';
}
