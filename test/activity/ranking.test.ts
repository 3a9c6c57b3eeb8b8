import { describe, expect, it } from 'vitest';
import type { ActivityTotals } from '../../src/activity/activity-totals.js';
import { sumTotals } from '../../src/activity/ranking.js';

const rep = (repId: string, calls: number, deals = 0, revenue = 0): ActivityTotals => ({ repId, calls, deals, revenue });

describe('sumTotals', () => {
  it('adds up a team, and is zero for an empty team', () => {
    expect(sumTotals([rep('a', 3, 1, 100), rep('b', 4, 2, 250.25)])).toEqual({ calls: 7, deals: 3, revenue: 350.25 });
    expect(sumTotals([])).toEqual({ calls: 0, deals: 0, revenue: 0 });
  });
});
