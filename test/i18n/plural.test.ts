import { describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n/index.js';
import { formatPlurals } from '../../src/i18n/plural.js';

const en = new Intl.PluralRules('en-US');
const id = new Intl.PluralRules('id-ID');

describe('formatPlurals', () => {
  it.each([
    [en, 1, '*1* call today'],
    [en, 0, '*0* calls today'],
    [en, 2, '*2* calls today'],
    [en, 1.5, '*1.5* calls today'],
    [id, 1, '*1* calls today'],
  ])('%o with %d', (rules, n, expected) => {
    expect(formatPlurals('{n, plural, one {*#* call} other {*#* calls}} today', { n }, rules)).toBe(expected);
  });

  it('prefers an exact branch, keeps other placeholders for the translator, and leaves a missing count visible', () => {
    const message = '{n, plural, =0 {no calls yet} one {# call of {target}} other {# calls of {target}}}';
    expect(formatPlurals(message, { n: 0 }, en)).toBe('no calls yet');
    expect(formatPlurals(message, { n: 1 }, en)).toBe('1 call of {target}');
    expect(formatPlurals(message, {}, en)).toBe('{n}');
  });

  it('refuses a plural without an other branch', () => {
    expect(() => formatPlurals('{n, plural, one {x}}', { n: 1 }, en)).toThrow(/other/);
  });
});

describe('counted messages', () => {
  const t = translator('en');
  it('never says “1 calls” or “1 of your reps are”', () => {
    expect(t('quotas.status_today_plain', { done: 1 })).toBe('Today: *1* call');
    expect(t('quotas.status_week_plain', { done: 3 })).toBe('This week: *3* calls');
    expect(t('quotas.rep_set', { user: 'U1', daily: 1, weekly: 5 })).toBe('Quota of <@U1>: *1* call a day, *5* a week.');
    expect(t('quotas.digest_title', { count: 1 })).toBe('*1 of your reps is behind today*');
    expect(t('quotas.nudge', { done: 0, daily: 1, left: 1 })).toContain('of 1 call today: 1 to go. Log it now');
    expect(t('quotas.recap_behind', { done: 1, weekly: 5, left: 4 })).toBe('Your week: *1* call against a quota of 5: 4 short.');
  });
});
