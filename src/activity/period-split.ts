import type { Dayjs } from 'dayjs';
import { dayjs, quarterOf } from '../time/local-time.js';

/** An inclusive range of local days, "YYYY-MM-DD". */
export type DayRange = { fromDay: string; toDay: string };

/**
 * A range of days as the whole years, quarters and months inside it ("2026", "2026-Q2", "2026-11",
 * the keys of the per-rep period totals), largest first, and the days at its edges that make no
 * whole month (read from the calls themselves).
 */
export type PeriodSplit = { periods: string[]; edges: DayRange[] };

const format = (day: Dayjs): string => day.format('YYYY-MM-DD');

type Grain = { key(day: Dayjs): string; startsAt(day: Dayjs): boolean; months: number };

const GRAINS: readonly Grain[] = [
  { key: (day) => day.format('YYYY'), startsAt: (day) => day.month() === 0, months: 12 },
  { key: (day) => quarterOf(format(day)), startsAt: (day) => day.month() % 3 === 0, months: 3 },
  { key: (day) => day.format('YYYY-MM'), startsAt: () => true, months: 1 },
];

export function splitByPeriods({ fromDay, toDay }: DayRange): PeriodSplit {
  const periods: string[] = [];
  const edges: DayRange[] = [];
  const last = dayjs(toDay);
  let day = dayjs(fromDay);
  while (!day.isAfter(last)) {
    const next = day.date() === 1 ? GRAINS.find((grain) => grain.startsAt(day) && !day.add(grain.months, 'month').subtract(1, 'day').isAfter(last)) : undefined;
    if (next) {
      periods.push(next.key(day));
      day = day.add(next.months, 'month');
      continue;
    }
    const monthEnd = day.endOf('month').startOf('day');
    const stop = monthEnd.isAfter(last) ? last : monthEnd;
    const previous = edges.at(-1);
    if (previous && previous.toDay === format(day.subtract(1, 'day'))) previous.toDay = format(stop);
    else edges.push({ fromDay: format(day), toDay: format(stop) });
    day = stop.add(1, 'day');
  }
  return { periods, edges };
}
