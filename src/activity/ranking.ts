import type { ActivityTotals } from './activity-totals.js';

/** What a leaderboard ranks by (the names of ProgramMetric and GoalMetric). */
export type RankMetric = 'calls' | 'deals' | 'revenue';

/** The team line of a manager report: the sum of its reps' totals. */
export function sumTotals(totals: readonly ActivityTotals[]): Omit<ActivityTotals, 'repId'> {
  return totals.reduce(
    (sum, row) => ({ calls: sum.calls + row.calls, deals: sum.deals + row.deals, revenue: sum.revenue + row.revenue }),
    { calls: 0, deals: 0, revenue: 0 },
  );
}
