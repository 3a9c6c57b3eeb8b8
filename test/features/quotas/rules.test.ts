import { describe, expect, it } from 'vitest';
import { needsNudge, nudgeBlocker } from '../../../src/features/quotas/nudge-rules.js';
import { parseQuotaCommand, progressBar, validateAwayUntil } from '../../../src/features/quotas/rules.js';

describe('parseQuotaCommand', () => {
  it.each([
    ['', { action: 'show' }],
    ['HELP', { action: 'help' }],
    ['set <@U0R1> daily 8 weekly 40', { action: 'set_rep', repSlackId: 'U0R1', values: { daily: 8, weekly: 40 } }],
    ['set team daily 0 weekly 0', { action: 'set_team', values: { daily: 0, weekly: 0 } }],
    ['set team <@U0M2|ana> weekly 30 daily 6', { action: 'set_team', managerSlackId: 'U0M2', values: { daily: 6, weekly: 30 } }],
    ['team', { action: 'team' }],
    ['team <@U0M2>', { action: 'team', managerSlackId: 'U0M2' }],
    ['away until 2026-12-24', { action: 'away', until: '2026-12-24' }],
    ['away off', { action: 'away', until: null }],
    ['nudges ON', { action: 'nudges', on: true }],
  ])('reads `%s`', (text, command) => {
    expect(parseQuotaCommand(text.split(' ').filter(Boolean))).toEqual(command);
  });

  it.each([
    ['set <@U0R1> daily 8 weekly 40 extra', 'quotas.set_usage'],
    ['team <@U0M2> <@U0M3>', 'quotas.team_usage'],
    ['nudges maybe', 'quotas.nudges_usage'],
    ['away until 2026-12-24 please', 'quotas.away_usage'],
  ])('rejects `%s` with %s', (text, key) => {
    expect(() => parseQuotaCommand(text.split(' '))).toThrow(expect.objectContaining({ key }));
  });
});

describe('validateAwayUntil', () => {
  it.each([
    ['2026-11-25', '2026-11-25', undefined],
    ['2027-11-25', '2026-11-25', undefined],
    ['2027-11-26', '2026-11-25', 'quotas.away_too_far'],
    ['2026-11-24', '2026-11-25', 'quotas.away_past'],
    ['2026-13-01', '2026-11-25', 'quotas.away_bad_date'],
  ])('%s with today %s → %s', (day, today, key) => {
    if (key) expect(() => validateAwayUntil(day, today)).toThrow(expect.objectContaining({ key }));
    else expect(validateAwayUntil(day, today)).toBe(day);
  });
});

describe('nudge rules', () => {
  const employee = { kind: 'employee' as const, nudgesOptIn: false, awayUntil: null, snoozedDay: null };
  it.each([
    [employee, undefined],
    [{ ...employee, kind: 'independent' as const }, 'independent rep has not opted in'],
    [{ ...employee, kind: 'independent' as const, nudgesOptIn: true }, undefined],
    [{ ...employee, awayUntil: '2026-11-24' }, 'out of office'],
    [{ ...employee, awayUntil: '2026-11-23' }, undefined],
    [{ ...employee, snoozedDay: '2026-11-24' }, 'snoozed today'],
  ])('blocker on 2026-11-24 of %o: %s', (member, reason) => {
    expect(nudgeBlocker(member, '2026-11-24')).toBe(reason);
  });

  it.each([
    [{ done: 2, daily: 3, sentThisWeek: 0, weeklyCap: 3 }, true],
    [{ done: 3, daily: 3, sentThisWeek: 0, weeklyCap: 3 }, false],
    [{ done: 0, daily: 0, sentThisWeek: 0, weeklyCap: 3 }, false],
    [{ done: 0, daily: 3, sentThisWeek: 3, weeklyCap: 3 }, false],
    [{ done: 0, daily: 3, sentThisWeek: 0, weeklyCap: 0 }, false],
  ])('needsNudge(%o) is %s', (input, expected) => {
    expect(needsNudge(input)).toBe(expected);
  });

  it.each([[0, 8, '▱▱▱▱▱▱▱▱▱▱'], [4, 8, '▰▰▰▰▰▱▱▱▱▱'], [9, 8, '▰▰▰▰▰▰▰▰▰▰'], [3, 0, '']])('progressBar(%i, %i)', (done, target, bar) => {
    expect(progressBar(done, target)).toBe(bar);
  });
});
