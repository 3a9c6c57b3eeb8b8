import { describe, expect, it } from 'vitest';
import { UserError } from '../../../src/errors.js';
import { parseCallText, type AmountLocale } from '../../../src/features/calls/rules.js';

const EN_USD = { language: 'en', currency: 'USD' } as const;
const ID_IDR = { language: 'id', currency: 'IDR' } as const;

const errorKeyOf = (text: string, locale: AmountLocale = EN_USD): string | undefined => {
  try {
    parseCallText(text, locale);
    return undefined;
  } catch (error) {
    return error instanceof UserError ? error.key : `not a UserError: ${String(error)}`;
  }
};

describe('parseCallText', () => {
  it.each([
    ['Acme Corp: met the buyer, demo booked', { accountName: 'Acme Corp', notes: 'met the buyer, demo booked' }],
    ['Acme Corp', { accountName: 'Acme Corp' }],
    ['  Acme   Corp  :  ', { accountName: 'Acme Corp' }],
    ['Acme: demo #visit $12,500 stage:proposal', { accountName: 'Acme', notes: 'demo', type: 'visit', value: '12500', stage: 'proposal' }],
    ['Acme: value:12500 good talk', { accountName: 'Acme', notes: 'good talk', value: '12500' }],
    ['Acme: $12.5k', { accountName: 'Acme', value: '12500' }],
    ['Acme: value:1.2M', { accountName: 'Acme', value: '1200000' }],
    ['Acme: $0 just a hello', { accountName: 'Acme', value: '0', notes: 'just a hello' }],
    ['Acme: booked, $12,500.', { accountName: 'Acme', notes: 'booked,', value: '12500' }],
    ['Acme: #PHONE Stage:Won outcome:won', { accountName: 'Acme', type: 'phone', stage: 'won', outcome: 'won' }],
    ['Acme: date:yesterday called back', { accountName: 'Acme', date: 'yesterday', notes: 'called back' }],
    ['Acme: date:2026-11-20', { accountName: 'Acme', date: '2026-11-20' }],
    ['Acme: meeting at 10:30, #1 priority', { accountName: 'Acme', notes: 'meeting at 10:30, #1 priority' }],
    ['Acme: line one\nline two #email', { accountName: 'Acme', notes: 'line one\nline two', type: 'email' }],
    ['Acme &amp; Sons: &lt;script&gt;', { accountName: 'Acme & Sons', notes: '<script>' }],
    ["Robert'); DROP TABLE Call;--: x", { accountName: "Robert'); DROP TABLE Call;--", notes: 'x' }],
  ])('reads %j', (text, expected) => {
    expect(parseCallText(text, EN_USD)).toEqual(expected);
  });

  it.each([
    [': no account', 'calls.account_required'],
    ['   ', 'calls.account_required'],
    ['<@U0REP1>: met', 'calls.account_mention'],
    ['<#C123|general>: met', 'calls.account_mention'],
    ['...: met', 'calls.account_no_letters'],
    [`${'A'.repeat(101)}: met`, 'calls.account_too_long'],
    [`Acme: ${'x'.repeat(3001)}`, 'calls.text_too_long'],
    ['Acme: bell\u0007', 'calls.control_characters'],
    ['Ac\u0000me: x', 'calls.control_characters'],
    ['Acme: value:abc', 'calls.value_invalid'],
    ['Acme: $abc', 'calls.value_invalid'],
    ['Acme: value:', 'calls.value_invalid'],
    ['Acme: $1,2,3', 'calls.value_invalid'],
    ['Acme: value:-5', 'calls.value_negative'],
    ['Acme: $-5', 'calls.value_negative'],
    ['Acme: $2000000000000', 'calls.value_too_large'],
    ['Acme: #fax', 'calls.type_invalid'],
    ['Acme: stage:maybe', 'calls.stage_invalid'],
    ['Acme: outcome:great', 'calls.outcome_invalid'],
    ['Acme: date:tomorrowish', 'calls.date_invalid'],
    ['Acme: date:2026-02-30', 'calls.date_invalid'],
    ['Acme: #visit #phone', 'calls.token_twice'],
    ['Acme: $5 value:6', 'calls.token_twice'],
  ])('refuses %j with %s', (text, key) => {
    expect(errorKeyOf(text)).toBe(key);
  });
});

describe('parseCallText reads Slack’s escaped text back (should_escape: true)', () => {
  it.each([
    ['<http://Tokopedia.com|Tokopedia.com>: met buyer', { accountName: 'Tokopedia.com', notes: 'met buyer' }],
    ['<http://tokopedia.co.id|tokopedia.co.id>', { accountName: 'tokopedia.co.id' }],
    ['Acme: sent deck to <mailto:a@b.co|a@b.co>', { accountName: 'Acme', notes: 'sent deck to a@b.co' }],
    ['Acme: <#C0123|email> sent deck', { accountName: 'Acme', type: 'email', notes: 'sent deck' }],
    ['Acme: told <!here> and <!channel|channel>', { accountName: 'Acme', notes: 'told @here and @channel' }],
    ['Acme: met <@U0123|maria> at <https://x.co/a?b=1&amp;c=2|x.co>', { accountName: 'Acme', notes: 'met <@U0123> at x.co' }],
    ['Acme: see <https://x.co/deck>', { accountName: 'Acme', notes: 'see https://x.co/deck' }],
  ])('reads %j', (text, expected) => {
    expect(parseCallText(text, EN_USD)).toEqual(expected);
  });

  it.each([
    ['<!here>: met', 'calls.account_mention'],
    ['<@U0123|maria>: met', 'calls.account_mention'],
    ['<!subteam^S1|@sales>: met', 'calls.account_mention'],
  ])('refuses %j as an account (%s)', (text, key) => {
    expect(errorKeyOf(text)).toBe(key);
  });
});

describe('amounts follow the rep’s language', () => {
  it.each([
    [EN_USD, '$12,500', '12500'],
    [EN_USD, '$12.5k', '12500'],
    [EN_USD, 'value:1.2m', '1200000'],
    [EN_USD, '$12,500.50', '12500.5'],
    [EN_USD, 'value:0', '0'],
    [ID_IDR, 'value:12.500.000', '12500000'],
    [ID_IDR, 'Rp12.500.000', '12500000'],
    [ID_IDR, 'rp12,5jt', '12500000'],
    [ID_IDR, 'value:12,5jt', '12500000'],
    [ID_IDR, 'value:250rb', '250000'],
    [ID_IDR, 'value:1,5k', '1500'],
    [ID_IDR, 'value:12.500', '12500'],
    [{ language: 'id', currency: 'USD' }, '$12,50', '12.5'],
  ] as const)('%j reads %s as %s', (locale, token, value) => {
    expect(parseCallText(`Acme: ${token}`, locale).value).toBe(value);
  });

  it.each([
    [EN_USD, '$12.500', 'calls.value_ambiguous'],
    [EN_USD, 'value:12.500.000', 'calls.value_ambiguous'],
    [EN_USD, '$12,5', 'calls.value_ambiguous'],
    [EN_USD, '$1.500k', 'calls.value_ambiguous'],
    [EN_USD, '$99.999', 'calls.value_ambiguous'],
    [EN_USD, '$12.3456', 'calls.value_too_precise'],
    [EN_USD, 'Rp12.500.000', 'calls.value_currency'],
    [ID_IDR, 'value:12,500', 'calls.value_ambiguous'],
    [ID_IDR, 'value:12,500,000', 'calls.value_ambiguous'],
    [ID_IDR, 'value:1,2m', 'calls.value_ambiguous'],
    [ID_IDR, 'Rp12,5', 'calls.value_too_precise'],
    [ID_IDR, '$12,500', 'calls.value_currency'],
    [ID_IDR, 'value:12jtt', 'calls.value_invalid'],
  ] as const)('%j refuses %s (%s)', (locale, token, key) => {
    expect(errorKeyOf(`Acme: ${token}`, locale)).toBe(key);
  });
});
