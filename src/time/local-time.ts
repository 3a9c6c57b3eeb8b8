import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc.js';
import timezone from 'dayjs/plugin/timezone.js';
import isoWeek from 'dayjs/plugin/isoWeek.js';
import customParseFormat from 'dayjs/plugin/customParseFormat.js';

dayjs.extend(utc);
dayjs.extend(timezone);
dayjs.extend(isoWeek);
dayjs.extend(customParseFormat);

export { dayjs };

/** A local calendar date "YYYY-MM-DD". */
export type LocalDay = string;
/** An ISO week "YYYY-Www" (weeks start on Monday; the year is the ISO week-year). */
export type LocalWeek = string;

export function isValidTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

// dayjs' tz() builds Intl formatters on every call; these hot helpers (every logged call, every
// member of every scheduler tick) reuse one formatter per time zone instead.
const dayFormatters = new Map<string, Intl.DateTimeFormat>();
const clockFormatters = new Map<string, Intl.DateTimeFormat>();

function cachedFormatter(cache: Map<string, Intl.DateTimeFormat>, tz: string, options: Intl.DateTimeFormatOptions) {
  let formatter = cache.get(tz);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', { timeZone: tz, ...options });
    cache.set(tz, formatter);
  }
  return formatter;
}

// en-CA formats dates as YYYY-MM-DD.
const formatLocalDay = (instant: Date | number, tz: string): LocalDay =>
  cachedFormatter(dayFormatters, tz, { year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);

type DaySpan = { day: LocalDay; from: number; until: number };
/** Per time zone, the last local day asked for and the instants it spans: most calls fall on today. */
const knownDays = new Map<string, DaySpan>();

/**
 * The instants of `day` in `tz`, from its first local midnight to the next. Kept only when both ends
 * check out, so a span is never wider than the day, whatever DST does to midnight.
 */
function spanOf(day: LocalDay, tz: string, instant: number): DaySpan {
  const from = instantAt(day, '00:00', tz).getTime();
  const until = instantAt(addDays(day, 1), '00:00', tz).getTime();
  const checks = from <= instant && instant < until && formatLocalDay(from, tz) === day && formatLocalDay(until - 1, tz) === day;
  return checks ? { day, from, until } : { day, from: instant, until: instant + 1 };
}

export function localDayOf(instant: Date, tz: string): LocalDay {
  const t = instant.getTime();
  const known = knownDays.get(tz);
  if (known && known.from <= t && t < known.until) return known.day;
  const day = formatLocalDay(instant, tz);
  // Learning a day's span costs two time-zone conversions: only worth it once a second instant of
  // the same day comes; a run over many days (an import, a report) pays the format alone.
  knownDays.set(tz, known?.day === day ? spanOf(day, tz, t) : { day, from: t, until: t + 1 });
  return day;
}

/** Plain UTC date arithmetic: dayjs here cost ~8% of a logged call's CPU. */
export function isoWeekOfDay(day: LocalDay): LocalWeek {
  const d = new Date(`${day}T00:00:00Z`);
  // The ISO week belongs to the year of its Thursday.
  d.setUTCDate(d.getUTCDate() + 4 - (d.getUTCDay() || 7));
  const year = d.getUTCFullYear();
  const week = Math.ceil(((d.getTime() - Date.UTC(year, 0, 1)) / 86_400_000 + 1) / 7);
  return `${year}-W${String(week).padStart(2, '0')}`;
}

export function localWeekOf(instant: Date, tz: string): LocalWeek {
  return isoWeekOfDay(localDayOf(instant, tz));
}

/** ISO weekday of a local date: 1 = Monday … 7 = Sunday. */
/** The calendar quarter of a local day, "2026-Q4": the key of quarter goals and quarter totals. */
export function quarterOf(day: LocalDay): string {
  return `${day.slice(0, 4)}-Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`;
}

export function isoWeekdayOf(day: LocalDay): number {
  return dayjs.utc(day).isoWeekday();
}

export function addDays(day: LocalDay, days: number): LocalDay {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Monday and Sunday of the ISO week containing `day`. */
export function weekBoundsOf(day: LocalDay): { first: LocalDay; last: LocalDay } {
  const monday = addDays(day, 1 - isoWeekdayOf(day));
  return { first: monday, last: addDays(monday, 6) };
}

export function isValidLocalDay(day: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(day) && dayjs.utc(day, 'YYYY-MM-DD', true).isValid();
}

/**
 * The instant at which the wall clock in `tz` shows `time` ("HH:mm") on `day`. On a DST
 * spring-forward day a time inside the gap does not exist; it resolves to the same offset as
 * just before the gap, i.e. one hour later on the wall clock, as dayjs and most calendars do.
 */
export function instantAt(day: LocalDay, time: string, tz: string): Date {
  return dayjs.tz(`${day} ${time}`, 'YYYY-MM-DD HH:mm', tz).toDate();
}

/** Minutes since local midnight of the wall-clock time of `instant` in `tz`. */
export function localMinutesOf(instant: Date, tz: string): number {
  const [hours = 0, minutes = 0] = localTimeOf(instant, tz).split(':').map(Number);
  return hours * 60 + minutes;
}

/** Wall-clock "HH:mm" of `instant` in `tz`. */
export function localTimeOf(instant: Date, tz: string): string {
  return cachedFormatter(clockFormatters, tz, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(instant);
}

export function parseWorkingDays(csv: string): number[] {
  return csv.split(',').map(Number).filter((d) => Number.isInteger(d) && d >= 1 && d <= 7);
}

export type WorkCalendar = { workingDays: readonly number[]; holidays: ReadonlySet<LocalDay> };

export function isWorkingDay(day: LocalDay, calendar: WorkCalendar): boolean {
  return calendar.workingDays.includes(isoWeekdayOf(day)) && !calendar.holidays.has(day);
}

/** Working days from `first` to `last`, both included. */
export function countWorkingDays(first: LocalDay, last: LocalDay, calendar: WorkCalendar): number {
  let count = 0;
  for (let day = first; day <= last; day = addDays(day, 1)) {
    if (isWorkingDay(day, calendar)) count += 1;
  }
  return count;
}
