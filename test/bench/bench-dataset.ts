/**
 * The aggregation bench's data: one workspace, reps in teams of 50 under managers, accounts, and calls
 * spread over the local days of 2026 (about one in ten won, with a value). Deterministic, so every
 * run and both providers see the same rows.
 */

export const BENCH_WORKSPACE = 'TBENCH';
export const TEAM_SIZE = 50;
const ACCOUNTS = 2_000;
const YEAR = 2026;

export type DatasetSize = { calls: number; reps: number };

export type MemberRow = { id: string; slackUserId: string; role: 'rep' | 'manager'; managerId: string | null };
export type AccountRow = { id: string; name: string; normalizedName: string };
/** Column order of `CALL_COLUMNS`. */
export type CallRow = [string, string, string, string, string, string, string, string | null, number | null, string, string];

export const CALL_COLUMNS = [
  'id', 'workspaceId', 'repId', 'accountId', 'occurredAt', 'localDay', 'localWeek', 'outcome', 'value', 'createdAt', 'updatedAt',
] as const;

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

export function members(size: DatasetSize): MemberRow[] {
  const managers = Math.ceil(size.reps / TEAM_SIZE);
  const rows: MemberRow[] = [];
  for (let m = 0; m < managers; m += 1) rows.push({ id: `mgr${pad(m, 6)}`, slackUserId: `UM${pad(m, 6)}`, role: 'manager', managerId: null });
  for (let r = 0; r < size.reps; r += 1) {
    rows.push({ id: `rep${pad(r, 6)}`, slackUserId: `UR${pad(r, 6)}`, role: 'rep', managerId: `mgr${pad(Math.floor(r / TEAM_SIZE), 6)}` });
  }
  return rows;
}

export function accounts(): AccountRow[] {
  return Array.from({ length: ACCOUNTS }, (_, a) => ({ id: `acc${pad(a, 6)}`, name: `Account ${a}`, normalizedName: `account ${a}` }));
}

/** A small linear congruential generator: fast and the same on every machine. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

const DAY_MS = 86_400_000;
const YEAR_START = Date.UTC(YEAR, 0, 1);

/** Calls in order; `first` lets a seeder ask for one batch at a time. */
export function* calls(size: DatasetSize, first = 0, count = size.calls): Generator<CallRow> {
  for (let n = first; n < Math.min(size.calls, first + count); n += 1) {
    const next = random(n + 1);
    const dayOfYear = Math.floor(next() * 365);
    const occurredAt = new Date(YEAR_START + dayOfYear * DAY_MS + 8 * 3_600_000 + Math.floor(next() * 10 * 3_600_000));
    const localDay = occurredAt.toISOString().slice(0, 10);
    const roll = next();
    const outcome = roll < 0.1 ? 'won' : roll < 0.2 ? 'lost' : roll < 0.6 ? 'follow_up' : null;
    const value = outcome === 'won' ? Math.round(next() * 50_000) : null;
    const at = occurredAt.toISOString().replace('Z', '+00:00');
    yield [
      `call${pad(n, 8)}`, BENCH_WORKSPACE, `rep${pad(Math.floor(next() * size.reps), 6)}`, `acc${pad(Math.floor(next() * ACCOUNTS), 6)}`,
      at, localDay, `${YEAR}-W${pad(Math.floor(dayOfYear / 7) + 1, 2)}`, outcome, value, at, at,
    ];
  }
}
