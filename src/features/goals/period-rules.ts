import { addDays, dayjs, type LocalDay } from '../../time/local-time.js';

/** A goal period: a month "2026-11" or a quarter "2027-Q1", with its first and last local day. */
export type Period = { key: string; kind: 'month' | 'quarter'; first: LocalDay; last: LocalDay };

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
const QUARTER = /^(\d{4})-Q([1-4])$/;
const MIN_YEAR = 2000;
const MAX_YEAR = 2100;

const monthPeriod = (year: number, month: number): Period => {
  const key = `${year}-${String(month).padStart(2, '0')}`;
  const first = `${key}-01`;
  return { key, kind: 'month', first, last: dayjs.utc(first).endOf('month').format('YYYY-MM-DD') };
};

const quarterPeriod = (year: number, quarter: number): Period => {
  const first = monthPeriod(year, quarter * 3 - 2).first;
  return { key: `${year}-Q${quarter}`, kind: 'quarter', first, last: monthPeriod(year, quarter * 3).last };
};

/** "2026-11" or "2027-q1" (case-insensitive), years 2000–2100; anything else is undefined. */
export function parsePeriod(text: string): Period | undefined {
  const upper = text.trim().toUpperCase();
  const month = MONTH.exec(upper);
  const quarter = QUARTER.exec(upper);
  const year = Number((month ?? quarter)?.[1]);
  if (!(year >= MIN_YEAR && year <= MAX_YEAR)) return undefined;
  if (month) return monthPeriod(year, Number(month[2]));
  return quarter ? quarterPeriod(year, Number(quarter[2])) : undefined;
}

/** The month and the quarter that contain a local day. */
export function periodsOfDay(day: LocalDay): { month: Period; quarter: Period } {
  const [year, month] = day.split('-').map(Number) as [number, number];
  return { month: monthPeriod(year, month), quarter: quarterPeriod(year, Math.ceil(month / 3)) };
}

/** The same period one year earlier (2027-Q1 → 2026-Q1). */
export function sameLastYear(period: Period): Period {
  const [year, rest] = period.key.split('-') as [string, string];
  return parsePeriod(`${Number(year) - 1}-${rest}`) as Period;
}

/** The three months of a quarter, in order; a month is its own single month. */
export function monthsOf(period: Period): Period[] {
  if (period.kind === 'month') return [period];
  const months: Period[] = [];
  for (let day = period.first; day <= period.last; day = addDays(monthPeriod(...ym(day)).last, 1)) months.push(monthPeriod(...ym(day)));
  return months;
}

const ym = (day: LocalDay): [number, number] => day.split('-').slice(0, 2).map(Number) as [number, number];
