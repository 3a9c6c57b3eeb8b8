import { describe, expect, it } from 'vitest';
import { UserError } from '../../../src/errors.js';
import { resolveOccurredAt, type WhenInput } from '../../../src/features/calls/when-rules.js';

// Monday 23 November 2026, 10:00 in New York.
const now = new Date('2026-11-23T15:00:00Z');
const tz = 'America/New_York';

const resolve = (input: Omit<WhenInput, 'now' | 'tz'>): string => {
  try {
    return resolveOccurredAt({ ...input, now, tz }).toISOString();
  } catch (error) {
    return (error as UserError).key;
  }
};

describe('resolveOccurredAt', () => {
  it.each<[Omit<WhenInput, 'now' | 'tz'>, string]>([
    [{}, '2026-11-23T15:00:00.000Z'],
    [{ day: 'today' }, '2026-11-23T15:00:00.000Z'],
    [{ day: '2026-11-23', time: '09:15' }, '2026-11-23T14:15:00.000Z'],
    [{ day: 'yesterday' }, '2026-11-22T17:00:00.000Z'],
    [{ day: '2026-11-16' }, '2026-11-16T17:00:00.000Z'],
    [{ day: '2026-11-16', time: '08:00' }, '2026-11-16T13:00:00.000Z'],
    [{ day: '2026-11-15' }, 'calls.date_too_old'],
    [{ day: '2026-11-24' }, 'calls.date_future'],
    [{ day: '2026-11-23', time: '10:01' }, 'calls.date_future'],
  ])('%j → %s', (input, expected) => {
    expect(resolve(input)).toBe(expected);
  });

  it('uses the rep’s own calendar day: 23:30 in Jakarta is already the next day', () => {
    const lateUtc = new Date('2026-11-23T16:30:00Z');
    const at = resolveOccurredAt({ day: '2026-11-23', time: '22:00', now: lateUtc, tz: 'Asia/Jakarta' });
    expect(at.toISOString()).toBe('2026-11-23T15:00:00.000Z');
    expect(() => resolveOccurredAt({ day: '2026-11-25', now: lateUtc, tz: 'Asia/Jakarta' })).toThrow(UserError);
  });
});
