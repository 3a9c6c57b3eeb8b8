import { describe, expect, it } from 'vitest';
import { dueSlot, isSendableTime } from '../../src/scheduler/slots.js';

describe('dueSlot', () => {
  it.each([
    ['2026-11-24T15:59:00Z', 'Europe/London', '16:00', undefined],
    ['2026-11-24T16:00:00Z', 'Europe/London', '16:00', '2026-11-24T16:00:00.000Z'],
    ['2026-11-24T17:59:00Z', 'Europe/London', '16:00', '2026-11-24T16:00:00.000Z'],
    ['2026-11-24T18:00:00Z', 'Europe/London', '16:00', undefined], // two hours late: missed
    ['2026-11-24T19:59:00Z', 'Europe/London', '19:00', '2026-11-24T19:00:00.000Z'],
    ['2026-11-24T20:00:00Z', 'Europe/London', '19:00', undefined], // quiet hours start at 20:00
    ['2026-10-30T20:00:00Z', 'America/New_York', '16:00', '2026-10-30T20:00:00.000Z'], // EDT
    ['2026-11-02T20:30:00Z', 'America/New_York', '16:00', undefined], // EST: not yet
    ['2026-11-02T21:00:00Z', 'America/New_York', '16:00', '2026-11-02T21:00:00.000Z'],
    ['2026-11-24T09:00:00Z', 'Asia/Jakarta', '16:00', '2026-11-24T09:00:00.000Z'],
    ['2026-11-24T10:30:00Z', 'Asia/Kolkata', '16:00', '2026-11-24T10:30:00.000Z'],
    ['2026-11-24T21:00:00Z', 'UTC', '21:00', undefined], // a configured time in quiet hours is never due
  ])('at %s in %s, %s is due at %s', (now, tz, time, dueAt) => {
    expect(dueSlot(new Date(now), tz, time)?.dueAt.toISOString()).toBe(dueAt);
  });

  it('expires two hours after the slot, or at 20:00 local when that comes first', () => {
    expect(dueSlot(new Date('2026-11-24T16:00:00Z'), 'UTC', '16:00')?.expiresAt.toISOString()).toBe('2026-11-24T18:00:00.000Z');
    expect(dueSlot(new Date('2026-11-24T19:00:00Z'), 'UTC', '19:00')?.expiresAt.toISOString()).toBe('2026-11-24T20:00:00.000Z');
  });

  it.each([['07:59', false], ['08:00', true], ['19:59', true], ['20:00', false], ['24:00', false], ['8:00', false]])(
    '%s is sendable: %s',
    (time, expected) => {
      expect(isSendableTime(time)).toBe(expected);
    },
  );
});
