import { describe, expect, it } from 'vitest';
import { keyAccounts, neglectOf, ownerOf } from '../../../src/features/reports/key-account-rules.js';

const accounts = (...pairs: [string, number][]) => pairs.map(([name, revenue]) => ({ accountId: `id-${name}`, name, revenue }));
const names = (list: { name: string }[]) => list.map((a) => a.name);

describe('key accounts (80/20)', () => {
  it.each([
    ['stops as soon as 80% is reached', accounts(['A', 500], ['B', 300], ['C', 100], ['D', 100]), ['A', 'B']],
    ['one account over 80% is enough alone', accounts(['B', 100], ['A', 900]), ['A']],
    // 400 + 200 + 200 = 80%: B and C tie with D, ordered by name; D is not needed and stays out.
    ['ties at the boundary by name, the set stays smallest', accounts(['D', 200], ['A', 400], ['C', 200], ['B', 200]), ['A', 'B', 'C']],
    ['equal accounts: as many as 80% takes', accounts(['E', 1], ['D', 1], ['C', 1], ['B', 1], ['A', 1]), ['A', 'B', 'C', 'D']],
    ['0.1 + 0.7 counts as 80%', accounts(['A', 0.7], ['B', 0.1], ['C', 0.2]), ['A', 'C']],
    ['no revenue, no key accounts', accounts(['A', 0], ['B', 0]), []],
    ['accounts with a refund (negative) never count', accounts(['A', 100], ['B', -50]), ['A']],
  ])('%s', (_name, input, expected) => {
    expect(names(keyAccounts(input))).toEqual(expected);
  });

  it('gives each key account its share and the running share', () => {
    expect(keyAccounts(accounts(['A', 500], ['B', 300], ['C', 200]))).toMatchObject([
      { name: 'A', share: 0.5, cumulativeShare: 0.5 },
      { name: 'B', share: 0.3, cumulativeShare: 0.8 },
    ]);
  });
});

describe('account owner', () => {
  it.each([
    ['the assigned rep wins', 'R9', [{ repId: 'R1', revenue: 10 }], 'R9'],
    ['else the rep with most won revenue', null, [{ repId: 'R1', revenue: 10 }, { repId: 'R2', revenue: 30 }], 'R2'],
    ['a tie goes to the lowest id', null, [{ repId: 'R2', revenue: 30 }, { repId: 'R1', revenue: 30 }], 'R1'],
    ['nobody without revenue', null, [{ repId: 'R1', revenue: 0 }], undefined],
  ])('%s', (_name, assigned, byRep, owner) => {
    expect(ownerOf(assigned, byRep)).toBe(owner);
  });
});

describe('key-account neglect', () => {
  it.each([
    ['13 days after the last call: not yet', '2026-11-14', undefined],
    ['14 days after: due, the gap named by its first day', '2026-11-15', { slot: '2026-11-01', dueDay: '2026-11-15' }],
    ['still the same gap later on', '2026-11-20', { slot: '2026-11-01', dueDay: '2026-11-15' }],
  ])('%s', (_name, today, expected) => {
    expect(neglectOf({ lastContactDay: '2026-11-01', gapDays: 14, today })).toEqual(expected);
  });
});
