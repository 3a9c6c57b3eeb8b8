import type { KnownBlock } from '@slack/types';
import { describe, expect, it } from 'vitest';
import { fitSections, slackErrorOf } from '../../../src/features/home/rules.js';
import { isBehindToday } from '../../../src/features/quotas/nudge-rules.js';
import { teamTotals } from '../../../src/features/quotas/rules.js';
import { translator } from '../../../src/i18n/index.js';
import { plural } from '../../../src/i18n/plural.js';
import { context, section } from '../../../src/slack/blocks.js';

const blocks = (n: number, label = 's'): KnownBlock[] => Array.from({ length: n }, (_, i) => section(`${label}${i}`));
const note = context('cut');
const head = [section('head')];

describe('fitSections', () => {
  it.each([
    ['two small sections, a divider before each', [2, 3], {}, 1 + 1 + 2 + 1 + 3, false],
    ['empty sections are skipped without a divider', [0, 2, 0], {}, 1 + 1 + 2, false],
    ['a section over the per-section cap is cut and the note added', [40], { perSection: 30 }, 1 + 1 + 30 + 1, true],
    ['a section that no longer fits is left out with the rest', [30, 30, 30, 30], {}, 1 + 3 * 31 + 1, true],
    ['exactly at the limit minus the reserved note', [97], { perSection: 100 }, 1 + 1 + 97, false],
    ['one block more does not fit', [98], { perSection: 100 }, 1 + 1, true],
  ])('%s', (_name, sizes, options, length, isCut) => {
    const fitted = fitSections(sizes.map((n, i) => blocks(n, `p${i}-`)), { head, note, ...options });
    expect(fitted).toHaveLength(length);
    expect(fitted.length).toBeLessThanOrEqual(100);
    expect(fitted.at(-1) === note).toBe(isCut);
  });
});

describe('isBehindToday', () => {
  const row = { independent: false, away: false, quota: { daily: 4 }, counts: { today: 1 } };
  it.each([
    ['an employee below the daily quota', row, true],
    ['at the quota', { ...row, counts: { today: 4 } }, false],
    ['without a quota', { ...row, quota: undefined }, false],
    ['out of office', { ...row, away: true }, false],
    ['an independent rep (personal targets, not reported)', { ...row, independent: true }, false],
    ['a zero quota', { ...row, quota: { daily: 0 }, counts: { today: 0 } }, false],
  ])('%s → %s', (_name, input, expected) => expect(isBehindToday(input)).toBe(expected));
});

describe('teamTotals', () => {
  it('sums calls and the quotas there are', () => {
    const rows = [
      { counts: { today: 2, week: 9 }, quota: { daily: 4, weekly: 20 } },
      { counts: { today: 1, week: 3 } },
    ];
    expect(teamTotals(rows)).toEqual({ today: 3, week: 12, daily: 4, weekly: 20 });
    expect(teamTotals([])).toEqual({ today: 0, week: 0, daily: 0, weekly: 0 });
  });
});

describe('plural', () => {
  it.each([
    ['en', 1, '1 rep'],
    ['en', 0, '0 reps'],
    ['en', 60, '60 reps'],
    ['id', 1, '1 sales'],
    ['id', 60, '60 sales'],
  ] as const)('%s %d → %s', (language, count, expected) => {
    expect(plural(translator(language), language, 'quotas.home_team_reps', count)).toBe(expected);
  });
});

describe('slackErrorOf', () => {
  it('reads the Web API error code, and nothing from other errors', () => {
    expect(slackErrorOf({ code: 'slack_webapi_platform_error', data: { ok: false, error: 'hash_conflict' } })).toBe('hash_conflict');
    expect(slackErrorOf(new Error('boom'))).toBeUndefined();
    expect(slackErrorOf(undefined)).toBeUndefined();
  });
});
