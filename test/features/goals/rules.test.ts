import { describe, expect, it } from 'vitest';
import { monthsOf, parsePeriod, periodsOfDay, sameLastYear, type Period } from '../../../src/features/goals/period-rules.js';
import { parseStageProbabilities, pipelineForecast, runRateForecast, splitQuarter, yearOverYear } from '../../../src/features/goals/rules.js';
import { localDayOf } from '../../../src/time/local-time.js';

const calendar = (holidays: string[] = []) => ({ workingDays: [1, 2, 3, 4, 5], holidays: new Set(holidays) });
const period = (key: string) => parsePeriod(key) as Period;

describe('periods', () => {
  it.each([
    ['2026-11', 'month', '2026-11-01', '2026-11-30'],
    ['2028-02', 'month', '2028-02-01', '2028-02-29'],
    ['2027-q1', 'quarter', '2027-01-01', '2027-03-31'],
    ['2026-Q4', 'quarter', '2026-10-01', '2026-12-31'],
  ])('%s is a %s from %s to %s', (text, kind, first, last) => {
    expect(parsePeriod(text)).toMatchObject({ kind, first, last });
  });

  it.each(['2026-13', '2026-00', '2026-Q5', '2026-Q0', '1999-01', '2026-1', 'Q1-2026', '', '2026-11-01'])('refuses “%s”', (text) => {
    expect(parsePeriod(text)).toBeUndefined();
  });

  it('knows the month and quarter of a day, the same period last year and a quarter’s months', () => {
    expect(periodsOfDay('2026-11-12')).toMatchObject({ month: { key: '2026-11' }, quarter: { key: '2026-Q4' } });
    expect(sameLastYear(period('2027-Q1')).key).toBe('2026-Q1');
    expect(sameLastYear(period('2028-02')).last).toBe('2027-02-28');
    expect(monthsOf(period('2026-Q4')).map((m) => m.key)).toEqual(['2026-10', '2026-11', '2026-12']);
  });
});

describe('run-rate forecast (actual ÷ elapsed working days × working days in the period)', () => {
  it.each([
    // November 2026 has 21 weekdays; holidays on the 11th and the 26th leave 19. By Thu the 12th,
    // 2–6 and 9, 10, 12 are 8 working days: 12 calls → 1.5 a day × 19 = 28.5.
    ['holidays and a partial month', { actual: 12, period: period('2026-11'), today: '2026-11-12', calendar: calendar(['2026-11-11', '2026-11-26']) }, { elapsed: 8, total: 19, forecast: 28.5 }],
    // Joined Mon the 16th: 16–18 elapsed (3), 16–20, 23–27, 30 in the rest of the month (11): 6 → 2 × 11 = 22.
    ['a rep who joined mid-period', { actual: 6, period: period('2026-11'), today: '2026-11-18', calendar: calendar(), joinedDay: '2026-11-16' }, { elapsed: 3, total: 11, forecast: 22 }],
    // 2027-Q1: January 21 weekdays (Fri the 1st + 4 weeks), February 20, March 23 = 64. New York
    // springs forward on Sun 14 March; 23:30 that evening is still the 14th: 21 + 20 + 10 = 51 elapsed.
    ['a quarter crossing a DST change', { actual: 102, period: period('2027-Q1'), today: localDayOf(new Date('2027-03-15T03:30:00Z'), 'America/New_York'), calendar: calendar() }, { elapsed: 51, total: 64, forecast: 128 }],
    ['the last day of a full month', { actual: 42, period: period('2026-11'), today: '2026-11-30', calendar: calendar() }, { elapsed: 21, total: 21, forecast: 42 }],
    ['a period already over', { actual: 42, period: period('2026-10'), today: '2026-11-30', calendar: calendar() }, { elapsed: 22, total: 22, forecast: 42 }],
  ])('%s', (_name, input, expected) => {
    expect(runRateForecast(input)).toMatchObject(expected);
  });

  it.each([
    ['before the period starts', { today: '2026-10-31' }],
    ['on a weekend before the first working day', { today: '2026-11-01' }],
    ['for a rep who joins after the period', { today: '2026-11-30', joinedDay: '2026-12-02' }],
  ])('has nothing to extrapolate %s', (_name, input) => {
    expect(runRateForecast({ actual: 0, period: period('2026-11'), calendar: calendar(), ...input })).toBeUndefined();
  });
});

describe('pipeline forecast (won + open deals × stage probability)', () => {
  const deals = [
    { stage: 'prospecting', value: 5000 },
    { stage: 'proposal', value: 20000 },
    { stage: 'proposal', value: 5000 },
    { stage: 'negotiation', value: 10000 },
  ];

  it('weights each stage with the defaults: 10 000 + 500 + 10 000 + 7 000', () => {
    const result = pipelineForecast(10000, deals, parseStageProbabilities(null));
    expect(result.forecast).toBe(27500);
    expect(result.stages).toEqual([
      { stage: 'prospecting', percent: 10, value: 5000, weighted: 500 },
      { stage: 'proposal', percent: 40, value: 25000, weighted: 10000 },
      { stage: 'negotiation', percent: 70, value: 10000, weighted: 7000 },
    ]);
  });

  it('uses the workspace’s probabilities where set (proposal 50%): 30 000', () => {
    expect(pipelineForecast(10000, deals, parseStageProbabilities('proposal:50')).forecast).toBe(30000);
  });

  it('is the won amount alone without open deals', () => {
    expect(pipelineForecast(1234.5, [], parseStageProbabilities(null))).toEqual({ won: 1234.5, stages: [], forecast: 1234.5 });
  });

  it.each([
    ['proposal:500', 40],
    ['proposal:-1', 40],
    ['proposal:abc', 40],
    ['won:100', 40],
    ['proposal:0', 0],
  ])('reads “%s” as proposal %i%%', (text, percent) => {
    expect(parseStageProbabilities(text).proposal).toBe(percent);
  });
});

describe('year over year', () => {
  it.each([
    [12000, 10000, 20],
    [8000, 10000, -20],
    [10000, 10000, 0],
    [5000, 0, undefined],
    [0, 0, undefined],
  ])('%d against %d last year is %s%%', (current, last, change) => {
    expect(yearOverYear(current, last)).toEqual({ lastYear: last, changePercent: change });
  });
});

describe('splitting a quarter goal into months', () => {
  it.each([
    ['10 deals evenly', 10, 'deals', 'even', [], [4, 3, 3]],
    ['50 000 revenue evenly, to the cent', 50000, 'revenue', 'even', [], [16666.67, 16666.67, 16666.66]],
    ['12 deals like last year’s 100/200/100', 12, 'deals', 'pattern', [100, 200, 100], [3, 6, 3]],
    ['a pattern with no history, evenly', 9, 'calls', 'pattern', [0, 0, 0], [3, 3, 3]],
    ['90 000 like last year’s 1/1/2', 90000, 'revenue', 'pattern', [1000, 1000, 2000], [22500, 22500, 45000]],
  ] as const)('%s', (_name, target, metric, mode, history, months) => {
    const parts = splitQuarter(target, metric, mode, history);
    expect(parts).toEqual(months);
    expect(parts.reduce((a, b) => a + b, 0)).toBeCloseTo(target, 2);
  });
});
