import { describe, expect, it } from 'vitest';
import { neutralizeFormula } from '../../../src/features/disclosures/audit-export.js';
import { attestationPeriodOf, decisionRight, isAcceptableSince, promptWindow } from '../../../src/features/disclosures/rules.js';

describe('attestationPeriodOf', () => {
  it.each([
    ['2026-11-23', 3, '2026-Q4'],
    ['2026-01-01', 3, '2026-Q1'],
    ['2026-03-31', 3, '2026-Q1'],
    ['2026-04-01', 3, '2026-Q2'],
    ['2026-06-30', 6, '2026-H1'],
    ['2026-07-01', 6, '2026-H2'],
    ['2026-12-31', 12, '2026'],
    ['2026-02-14', 1, '2026-02'],
    ['2026-05-01', 4, '2026-P2of3'],
    ['2026-12-01', 2, '2026-P6of6'],
    ['2026-05-01', 5, '2026-Q2'],
    ['2026-05-01', 0, '2026-Q2'],
  ])('%s with %i months → %s', (day, months, period) => {
    expect(attestationPeriodOf(day, months)).toBe(period);
  });
});

describe('decisionRight', () => {
  const rep = { id: 'rep', managerId: 'mgr' };
  it.each([
    ['the rep’s manager', { member: { id: 'mgr', role: 'manager' as const }, isAdmin: false }, 'allowed'],
    ['an admin', { member: { id: 'adm', role: 'rep' as const }, isAdmin: true }, 'allowed'],
    ['the rep', { member: { id: 'rep', role: 'rep' as const }, isAdmin: false }, 'own'],
    ['the rep, even as admin', { member: { id: 'rep', role: 'manager' as const }, isAdmin: true }, 'own'],
    ['another team’s manager', { member: { id: 'mgr2', role: 'manager' as const }, isAdmin: false }, 'not_reviewer'],
    ['another rep', { member: { id: 'rep2', role: 'rep' as const }, isAdmin: false }, 'not_reviewer'],
    ['a former manager (now a rep) still named as manager', { member: { id: 'mgr', role: 'rep' as const }, isAdmin: false }, 'not_reviewer'],
  ])('%s → %s', (_who, reviewer, right) => {
    expect(decisionRight(reviewer, rep)).toBe(right);
  });
});

describe('promptWindow', () => {
  it.each([
    ['2026-11-23T13:59:00Z', 'America/New_York', undefined],
    ['2026-11-23T14:00:00Z', 'America/New_York', '2026-11-23T22:00:00.000Z'],
    ['2026-11-23T21:59:00Z', 'America/New_York', '2026-11-23T22:00:00.000Z'],
    ['2026-11-23T22:00:00Z', 'America/New_York', undefined],
    ['2026-11-23T02:00:00Z', 'Asia/Jakarta', '2026-11-23T10:00:00.000Z'],
    ['2026-03-08T13:30:00Z', 'America/New_York', '2026-03-08T21:00:00.000Z'], // DST starts: 09:30 EDT
  ])('%s in %s → until %s', (now, tz, until) => {
    expect(promptWindow(new Date(now), tz)?.expiresAt.toISOString()).toBe(until);
  });
});

describe('isAcceptableSince', () => {
  it.each([
    ['2026-11-23', true],
    ['2026-11-24', false],
    ['1950-01-01', true],
    ['1949-12-31', false],
  ])('%s → %s (today 2026-11-23)', (day, ok) => {
    expect(isAcceptableSince(day, '2026-11-23')).toBe(ok);
  });
});

describe('neutralizeFormula', () => {
  it.each([
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@cmd', "'@cmd"],
    ['\tx', "'\tx"],
    ['Acme', 'Acme'],
    ['', ''],
  ])('%j → %j', (cell, safe) => {
    expect(neutralizeFormula(cell)).toBe(safe);
  });
});
