import { describe, expect, it } from 'vitest';
import type { ActivityTotals } from '../../src/activity/activity-totals.js';
import { rankBy, sumTotals, topPlaces } from '../../src/activity/ranking.js';

const rep = (repId: string, calls: number, deals = 0, revenue = 0): ActivityTotals => ({ repId, calls, deals, revenue });

describe('rankBy', () => {
  it.each([
    { name: 'distinct values', rows: [rep('a', 3), rep('b', 9), rep('c', 5)], expected: [['b', 1], ['c', 2], ['a', 3]] },
    { name: 'a tie shares a rank and the next rank skips', rows: [rep('a', 5), rep('b', 9), rep('c', 5), rep('d', 1)], expected: [['b', 1], ['a', 2], ['c', 2], ['d', 4]] },
    { name: 'a tie at the top', rows: [rep('b', 7), rep('a', 7), rep('c', 2)], expected: [['a', 1], ['b', 1], ['c', 3]] },
    { name: 'everyone tied at zero', rows: [rep('c', 0), rep('a', 0), rep('b', 0)], expected: [['a', 1], ['b', 1], ['c', 1]] },
    { name: 'one rep', rows: [rep('a', 1)], expected: [['a', 1]] },
    { name: 'nobody', rows: [], expected: [] },
  ])('ranks by calls: $name', ({ rows, expected }) => {
    expect(rankBy(rows, 'calls').map((r) => [r.repId, r.rank])).toEqual(expected);
  });

  it('ranks by the chosen metric and reports its value', () => {
    const rows = [rep('a', 50, 1, 900), rep('b', 2, 2, 12_500.5), rep('c', 9, 2, 900)];
    expect(rankBy(rows, 'revenue').map((r) => [r.repId, r.rank, r.value])).toEqual([['b', 1, 12_500.5], ['a', 2, 900], ['c', 2, 900]]);
    expect(rankBy(rows, 'deals').map((r) => [r.repId, r.rank])).toEqual([['b', 1], ['c', 1], ['a', 3]]);
  });
});

describe('topPlaces', () => {
  const ranked = rankBy([rep('a', 9), rep('b', 8), rep('c', 8), rep('d', 8), rep('e', 1)], 'calls');

  it.each([
    { places: 1, expected: ['a'] },
    { places: 2, expected: ['a', 'b', 'c', 'd'] },
    { places: 3, expected: ['a', 'b', 'c', 'd'] },
    { places: 5, expected: ['a', 'b', 'c', 'd', 'e'] },
    { places: 0, expected: [] },
  ])('shows $places place(s), with everyone tied on the last one', ({ places, expected }) => {
    expect(topPlaces(ranked, places).map((r) => r.repId)).toEqual(expected);
  });
});

describe('sumTotals', () => {
  it('adds up a team, and is zero for an empty team', () => {
    expect(sumTotals([rep('a', 3, 1, 100), rep('b', 4, 2, 250.25)])).toEqual({ calls: 7, deals: 3, revenue: 350.25 });
    expect(sumTotals([])).toEqual({ calls: 0, deals: 0, revenue: 0 });
  });
});
