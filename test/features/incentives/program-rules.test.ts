import { describe, expect, it } from 'vitest';
import { PROGRAM_BLOCKS as B } from '../../../src/features/incentives/ids.js';
import { readProgramModal } from '../../../src/features/incentives/modal-input.js';
import { daysLeft, goalPeriodOf, parseIncentiveCommand, parseLeaderboardCommand, standingsSlot } from '../../../src/features/incentives/rules.js';
import { translator } from '../../../src/i18n/index.js';
import { stateValue } from '../../../src/slack-standin/slack-driver.js';
import { programValues } from './incentive-kit.js';

const t = translator('en');
const now = new Date('2026-11-01T12:00:00Z');
const errorsOf = (overrides: Parameters<typeof programValues>[0]) => {
  const form = readProgramModal(programValues(overrides), { t, now });
  return 'errors' in form ? form.errors : {};
};

describe('commands', () => {
  it.each([
    ['', { action: 'help' }], ['new', { action: 'new' }], ['LIST', { action: 'list' }], ['end Q4  Push', { action: 'end', name: 'Q4 Push' }],
  ])('/incentive %s', (text, expected) => expect(parseIncentiveCommand(text.split(/\s+/).filter(Boolean))).toEqual(expected));
  it.each([
    ['', { action: 'show' }], ['Q4 Push', { action: 'show', name: 'Q4 Push' }], ['post', { action: 'post' }],
    ['anonymous on', { action: 'anonymous', on: true }], ['help', { action: 'help' }],
  ])('/leaderboard %s', (text, expected) => expect(parseLeaderboardCommand(text.split(/\s+/).filter(Boolean))).toEqual(expected));
  it('refuses /incentive end without a name and /leaderboard anonymous maybe', () => {
    expect(() => parseIncentiveCommand(['end'])).toThrow('incentives.usage');
    expect(() => parseLeaderboardCommand(['anonymous', 'maybe'])).toThrow('incentives.anonymous_usage');
  });
});

describe('schedule rules', () => {
  const program = { cadence: 'weekly' as const, cadenceTime: '09:00', cadenceWeekday: 1, timeZone: 'Asia/Jakarta', startDate: '2026-11-02', endDate: '2026-11-30' };
  it.each([
    ['2026-11-02T02:00:00Z', '2026-W45'], ['2026-11-02T01:59:00Z', undefined], ['2026-11-03T02:00:00Z', undefined], ['2026-12-07T02:00:00Z', undefined],
  ])('weekly 09:00 Jakarta on Mondays at %s → %s', (at, slot) => expect(standingsSlot(program, new Date(at))?.slot).toBe(slot));
  it.each([
    ['2026-11-01', '2026-11-02', '2026-11-30', 29], ['2026-11-30', '2026-11-02', '2026-11-30', 1], ['2026-12-01', '2026-11-02', '2026-11-30', 0],
  ])('days left on %s of %s…%s is %i', (today, start, end, left) => expect(daysLeft(today, start, end)).toBe(left));
  it.each([['2026-11-02', '2026-11-30', '2026-11'], ['2026-10-01', '2026-12-31', '2026-Q4'], ['2026-11-02', '2027-01-10', undefined]])(
    'goal period of %s…%s is %s', (start, end, period) => expect(goalPeriodOf(start, end)).toBe(period));
});

describe('New incentive program form', () => {
  it('reads a valid form', () => {
    expect(readProgramModal(programValues(), { t, now })).toMatchObject({ input: { name: 'November Blitz', target: { value: 3, percentOfGoal: false }, places: 10 } });
  });
  it.each([
    ['end before start', { endDate: stateValue.date('2026-11-01'), startDate: stateValue.date('2026-11-05') }, B.endDate, 'The end must be on or after the start.'],
    ['a past start', { startDate: stateValue.date('2026-10-30') }, B.startDate, 'The start cannot be in the past. Pick today or a later day.'],
    ['no name', { name: stateValue.text('  ') }, B.name, 'Please fill this in.'],
    ['a mention in the prize', { prize: stateValue.text('<!channel> a trip') }, B.prize, 'Use plain text here, without mentions or control characters.'],
    ['a forged metric', { metric: stateValue.select('bananas') }, B.metric, 'Pick one of the options offered.'],
    ['a negative target', { target: stateValue.number('-5') }, B.target, 'Enter a number from 1 to 1000000000.'],
    ['a target without a kind', { targetKind: stateValue.select('none') }, B.target, 'Choose what kind of target this is, or leave the value empty.'],
    ['a user as channel', { channel: stateValue.conversation('U0ANA') }, B.channel, 'Pick a channel, not a person or a DM.'],
    ['a quiet-hours time', { time: stateValue.time('21:00') }, B.time, 'Posts go out between 08:00 and 19:59. Pick a time in that range.'],
    ['an unknown zone', { timeZone: stateValue.text('Mars/Olympus') }, B.timeZone, '“Mars/Olympus” is not a time zone. Use a name like Asia/Jakarta or America/New_York.'],
    ['zero places', { places: stateValue.number('0') }, B.places, 'Enter a number from 1 to 100.'],
  ])('refuses %s inline', (_case, overrides, block, message) => expect(errorsOf(overrides)).toEqual({ [block]: message }));
});
