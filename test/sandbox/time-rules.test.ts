import { describe, expect, it } from 'vitest';
import { TRAVEL_STEP_MS, dayAfterEnd, nextWallClock, travelStops, wallClockStops } from '../../src/sandbox/time-rules.js';
import { CATCH_UP_MS } from '../../src/scheduler/slots.js';

describe('sandbox time rules', () => {
  it.each([
    ['2026-12-01T14:00:00Z', '16:00', 'America/New_York', '2026-12-01T21:00:00.000Z'],
    ['2026-12-01T21:00:00Z', '16:00', 'America/New_York', '2026-12-02T21:00:00.000Z'],
    ['2026-12-01T10:00:00Z', '16:00', 'Asia/Jakarta', '2026-12-02T09:00:00.000Z'],
    ['2026-03-08T06:00:00Z', '09:00', 'America/New_York', '2026-03-08T13:00:00.000Z'],
  ])('after %s the next %s in %s is %s (strictly later, DST-aware)', (after, time, tz, expected) => {
    expect(nextWallClock(new Date(after), time, tz).toISOString()).toBe(expected);
  });

  it('walks a jump in steps shorter than the catch-up window and ends on the target', () => {
    const stops = travelStops(new Date('2026-12-01T00:00:00Z'), new Date('2026-12-01T02:30:00Z'));
    expect(stops.map((stop) => stop.toISOString())).toEqual(['2026-12-01T01:00:00.000Z', '2026-12-01T02:00:00.000Z', '2026-12-01T02:30:00.000Z']);
    expect(TRAVEL_STEP_MS).toBeLessThan(CATCH_UP_MS);
    expect(travelStops(new Date('2026-12-01T02:00:00Z'), new Date('2026-12-01T01:00:00Z'))).toEqual([]);
  });

  it("orders 16:00 of each rep's zone, one stop per zone", () => {
    const stops = wallClockStops(new Date('2026-12-01T12:00:00Z'), '16:00', ['America/New_York', 'Asia/Jakarta', 'America/New_York']);
    expect(stops.map((stop) => stop.toISOString())).toEqual(['2026-12-01T21:00:00.000Z', '2026-12-02T09:00:00.000Z']);
  });

  it.each([
    ['2026-12-04', 'America/New_York', '2026-12-05T14:00:00.000Z'],
    ['2026-12-31', 'Asia/Jakarta', '2027-01-01T02:00:00.000Z'],
    ['2026-03-07', 'America/New_York', '2026-03-08T13:00:00.000Z'],
  ])('"End of the program" for an end date of %s in %s lands at 09:00 the next day: %s', (endDate, tz, expected) => {
    expect(dayAfterEnd(endDate, tz).toISOString()).toBe(expected);
  });
});
