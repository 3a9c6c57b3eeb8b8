import { addDays, type LocalDay } from '../../time/local-time.js';

export type AccountRevenue = { accountId: string; name: string; revenue: number };
export type KeyAccount = AccountRevenue & { share: number; cumulativeShare: number };

export const KEY_ACCOUNT_SHARE = 0.8;

/**
 * The smallest set of accounts making at least 80% of won revenue: accounts by revenue, largest
 * first, until the running total reaches the share. Ties are ordered by name (then id) so the list
 * is the same every time, and a tie at the boundary does not pull the tied account in (the set
 * stays the smallest). One account over 80% is a key-account list of one. Shares are fractions.
 */
export function keyAccounts(accounts: readonly AccountRevenue[], share = KEY_ACCOUNT_SHARE): KeyAccount[] {
  const positive = accounts.filter((a) => a.revenue > 0);
  const total = positive.reduce((sum, a) => sum + a.revenue, 0);
  if (total === 0) return [];
  const sorted = [...positive].sort((a, b) => b.revenue - a.revenue || a.name.localeCompare(b.name) || (a.accountId < b.accountId ? -1 : 1));
  const result: KeyAccount[] = [];
  let running = 0;
  for (const account of sorted) {
    running += account.revenue;
    result.push({ ...account, share: account.revenue / total, cumulativeShare: running / total });
    // A tiny epsilon keeps 0.8 reached by sums like 0.1 + 0.7 from reading as 0.7999….
    if (running / total >= share - 1e-9) break;
  }
  return result;
}

export type RepRevenue = { repId: string; revenue: number };

/** The owner of an account: the one a manager assigned, else the rep with the most won revenue on it (ties: lowest id). */
export function ownerOf(assignedId: string | null, byRep: readonly RepRevenue[]): string | undefined {
  if (assignedId) return assignedId;
  const best = [...byRep].filter((r) => r.revenue > 0).sort((a, b) => b.revenue - a.revenue || (a.repId < b.repId ? -1 : 1))[0];
  return best?.repId;
}

/**
 * When a key account is neglected: `gapDays` after the last contact (its last call, or for an
 * account known only from imported sales, its last sale), in the owner's local days. The slot names
 * the gap by the day it started, so the DM goes out once per gap and a new call starts a new gap.
 */
export function neglectOf(input: { lastContactDay: LocalDay; gapDays: number; today: LocalDay }): { slot: string; dueDay: LocalDay } | undefined {
  const dueDay = addDays(input.lastContactDay, input.gapDays);
  return input.today >= dueDay ? { slot: input.lastContactDay, dueDay } : undefined;
}
