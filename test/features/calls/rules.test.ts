import { describe, expect, it } from 'vitest';
import { UserError } from '../../../src/errors.js';
import { parseCallText } from '../../../src/features/calls/rules.js';

const errorKeyOf = (text: string): string | undefined => {
  try {
    parseCallText(text);
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
    ['Acme: $99.999', { accountName: 'Acme', value: '100' }],
    ['Acme: booked, $12,500.', { accountName: 'Acme', notes: 'booked,', value: '12500' }],
    ['Acme: #PHONE Stage:Won outcome:won', { accountName: 'Acme', type: 'phone', stage: 'won', outcome: 'won' }],
    ['Acme: date:yesterday called back', { accountName: 'Acme', date: 'yesterday', notes: 'called back' }],
    ['Acme: date:2026-11-20', { accountName: 'Acme', date: '2026-11-20' }],
    ['Acme: meeting at 10:30, #1 priority', { accountName: 'Acme', notes: 'meeting at 10:30, #1 priority' }],
    ['Acme: line one\nline two #email', { accountName: 'Acme', notes: 'line one\nline two', type: 'email' }],
    ['Acme &amp; Sons: &lt;script&gt;', { accountName: 'Acme & Sons', notes: '<script>' }],
    ["Robert'); DROP TABLE Call;--: x", { accountName: "Robert'); DROP TABLE Call;--", notes: 'x' }],
  ])('reads %j', (text, expected) => {
    expect(parseCallText(text)).toEqual(expected);
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
