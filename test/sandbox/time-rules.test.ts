import { describe, expect, it } from 'vitest';
import { TRAVEL_STEP_MS, nextWallClock, travelStops, wallClockStops } from '../../src/sandbox/time-rules.js';
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
});
