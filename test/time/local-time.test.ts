import { describe, expect, it } from 'vitest';
import {
  countWorkingDays,
  instantAt,
  isValidLocalDay,
  isWorkingDay,
  isoWeekOfDay,
  localDayOf,
  localMinutesOf,
  localWeekOf,
  weekBoundsOf,
} from '../../src/time/local-time.js';

const weekdays = { workingDays: [1, 2, 3, 4, 5], holidays: new Set<string>() };

describe('local days and weeks', () => {
  it.each([
    ['2026-11-28T03:00:00Z', 'America/Los_Angeles', '2026-11-27'],
    ['2026-11-28T03:00:00Z', 'Asia/Jakarta', '2026-11-28'],
    ['2026-11-27T23:30:00Z', 'Asia/Jakarta', '2026-11-28'],
    ['2026-11-27T23:30:00Z', 'UTC', '2026-11-27'],
  ])('%s in %s is local day %s', (instant, tz, day) => {
    expect(localDayOf(new Date(instant), tz)).toBe(day);
  });

  // localDayOf remembers the span of the last day per zone; around DST changes (some at midnight:
  // Santiago, Havana, Beirut) and in zones that skipped a whole day (Apia, 2011) it must still agree
  // with Intl for every instant, asked in order and out of order.
  it.each(['America/Santiago', 'America/Havana', 'Asia/Beirut', 'Europe/London', 'Pacific/Apia', 'Asia/Kathmandu'])('agrees with Intl through a year of instants in %s', (tz) => {
    const intl = new Intl.DateTimeFormat('en-CA', { timeZone: tz, year: 'numeric', month: '2-digit', day: '2-digit' });
    const start = tz === 'Pacific/Apia' ? Date.parse('2011-01-01T00:00:00Z') : Date.parse('2026-01-01T00:00:00Z');
    const step = 37 * 60_000;
    const instants = Array.from({ length: Math.ceil((366 * 86_400_000) / step) }, (_, i) => start + i * step);
    const shuffled = instants.filter((_, i) => i % 7 === 0).reverse();
    const wrong = [...instants, ...shuffled].filter((t) => localDayOf(new Date(t), tz) !== intl.format(t));
    expect(wrong.map((t) => new Date(t).toISOString())).toEqual([]);
  });

  it.each([
    ['2026-11-28', '2026-W48'],
    ['2026-12-31', '2026-W53'],
    ['2027-01-03', '2026-W53'], // a Sunday still in the last ISO week of 2026
    ['2027-01-04', '2027-W01'],
  ])('%s is in ISO week %s', (day, week) => {
    expect(isoWeekOfDay(day)).toBe(week);
  });

  it('puts a Sunday-evening call in Los Angeles in that Sunday’s week, not the next one', () => {
    expect(localWeekOf(new Date('2026-11-30T04:00:00Z'), 'America/Los_Angeles')).toBe('2026-W48');
  });

  it('bounds a week Monday to Sunday', () => {
    expect(weekBoundsOf('2026-11-26')).toEqual({ first: '2026-11-23', last: '2026-11-29' });
  });

  it('validates calendar dates strictly', () => {
    expect(isValidLocalDay('2026-02-28')).toBe(true);
    expect(isValidLocalDay('2026-02-30')).toBe(false);
    expect(isValidLocalDay('2026-2-3')).toBe(false);
  });
});

describe('wall-clock instants across DST', () => {
  it('16:00 in New York is 21:00Z in winter and 20:00Z in summer', () => {
    expect(instantAt('2026-11-27', '16:00', 'America/New_York').toISOString()).toBe('2026-11-27T21:00:00.000Z');
    expect(instantAt('2026-07-01', '16:00', 'America/New_York').toISOString()).toBe('2026-07-01T20:00:00.000Z');
  });

  it('keeps 16:00 local on the spring-forward and fall-back days themselves', () => {
    expect(instantAt('2026-03-08', '16:00', 'America/New_York').toISOString()).toBe('2026-03-08T20:00:00.000Z');
    expect(instantAt('2026-11-01', '16:00', 'America/New_York').toISOString()).toBe('2026-11-01T21:00:00.000Z');
  });

  it('reads back local minutes in the member’s zone', () => {
    expect(localMinutesOf(new Date('2026-11-27T21:05:00Z'), 'America/New_York')).toBe(16 * 60 + 5);
    expect(localMinutesOf(new Date('2026-11-27T09:00:00Z'), 'Asia/Jakarta')).toBe(16 * 60);
  });
});

describe('working days', () => {
  it('skips weekends and holidays', () => {
    const calendar = { workingDays: [1, 2, 3, 4, 5], holidays: new Set(['2026-11-26']) };
    expect(isWorkingDay('2026-11-28', calendar)).toBe(false);
    expect(isWorkingDay('2026-11-26', calendar)).toBe(false);
    expect(isWorkingDay('2026-11-27', calendar)).toBe(true);
    expect(countWorkingDays('2026-11-01', '2026-11-30', calendar)).toBe(20);
    expect(countWorkingDays('2026-11-01', '2026-11-30', weekdays)).toBe(21);
  });
});
