import { describe, expect, it } from 'vitest';
import { splitByPeriods } from '../../src/activity/period-split.js';

describe('splitByPeriods', () => {
  it.each([
    ['one whole month', '2026-11-01', '2026-11-30', { periods: ['2026-11'], edges: [] }],
    ['a quarter', '2026-04-01', '2026-06-30', { periods: ['2026-Q2'], edges: [] }],
    ['a year', '2026-01-01', '2026-12-31', { periods: ['2026'], edges: [] }],
    ['a leap February', '2028-02-01', '2028-02-29', { periods: ['2028-02'], edges: [] }],
    ['months around a quarter', '2026-02-01', '2026-07-31', { periods: ['2026-02', '2026-03', '2026-Q2', '2026-07'], edges: [] }],
    ['a year and a quarter', '2026-01-01', '2027-03-31', { periods: ['2026', '2027-Q1'], edges: [] }],
    ['edges on both sides', '2026-10-15', '2026-12-10', {
      periods: ['2026-11'],
      edges: [{ fromDay: '2026-10-15', toDay: '2026-10-31' }, { fromDay: '2026-12-01', toDay: '2026-12-10' }],
    }],
    ['across a new year', '2026-12-31', '2027-03-31', { periods: ['2027-Q1'], edges: [{ fromDay: '2026-12-31', toDay: '2026-12-31' }] }],
    ['a week', '2026-11-23', '2026-11-29', { periods: [], edges: [{ fromDay: '2026-11-23', toDay: '2026-11-29' }] }],
    ['two part months', '2026-10-02', '2026-11-29', { periods: [], edges: [{ fromDay: '2026-10-02', toDay: '2026-11-29' }] }],
    ['a month cut short', '2026-11-01', '2026-11-29', { periods: [], edges: [{ fromDay: '2026-11-01', toDay: '2026-11-29' }] }],
    ['one day', '2026-11-30', '2026-11-30', { periods: [], edges: [{ fromDay: '2026-11-30', toDay: '2026-11-30' }] }],
    ['an empty range', '2026-11-30', '2026-11-01', { periods: [], edges: [] }],
  ])('%s: %s .. %s', (_name, fromDay, toDay, expected) => {
    expect(splitByPeriods({ fromDay, toDay })).toEqual(expected);
  });
});
