import type { ActivityTotals } from './activity-totals.js';

/** What a leaderboard ranks by (the names of ProgramMetric and GoalMetric). */
export type RankMetric = 'calls' | 'deals' | 'revenue';

export type Ranked = ActivityTotals & { rank: number; value: number };

/**
 * Standard competition ranking: equal values share a rank and the next rank skips (1, 2, 2, 4).
 * Ties are listed by repId so the same data always prints in the same order.
 */
export function rankBy(totals: readonly ActivityTotals[], metric: RankMetric): Ranked[] {
  const sorted = [...totals].sort((a, b) => b[metric] - a[metric] || (a.repId < b.repId ? -1 : a.repId > b.repId ? 1 : 0));
  let rank = 0;
  return sorted.map((row, index) => {
    const previous = sorted[index - 1];
    if (previous === undefined || previous[metric] !== row[metric]) rank = index + 1;
    return { ...row, rank, value: row[metric] };
  });
}

/** The first `places` ranks; everyone tied on the last place shown is shown too. */
export function topPlaces(ranked: readonly Ranked[], places: number): Ranked[] {
  return ranked.filter((row) => row.rank <= places);
}

/** The team line of a manager report: the sum of its reps' totals. */
export function sumTotals(totals: readonly ActivityTotals[]): Omit<ActivityTotals, 'repId'> {
  return totals.reduce(
    (sum, row) => ({ calls: sum.calls + row.calls, deals: sum.deals + row.deals, revenue: sum.revenue + row.revenue }),
    { calls: 0, deals: 0, revenue: 0 },
  );
}
