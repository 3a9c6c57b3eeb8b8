import { CATCH_UP_MS } from '../scheduler/slots.js';
import { addDays, instantAt, localDayOf } from '../time/local-time.js';

/**
 * A jump is walked in steps shorter than the scheduler's catch-up window, so every nudge, recap and
 * digest due on the way is still due at some step (a single long jump would let them expire).
 */
export const TRAVEL_STEP_MS = CATCH_UP_MS / 2;

/** The first instant strictly after `after` at which the wall clock in `tz` shows `time` ("HH:mm"). */
export function nextWallClock(after: Date, time: string, tz: string): Date {
  const today = localDayOf(after, tz);
  const candidate = instantAt(today, time, tz);
  return candidate > after ? candidate : instantAt(addDays(today, 1), time, tz);
}

/** The stops of a jump from `from` to `to`: every TRAVEL_STEP_MS, then `to` itself. */
export function travelStops(from: Date, to: Date, stepMs = TRAVEL_STEP_MS): Date[] {
  const stops: Date[] = [];
  for (let at = from.getTime() + stepMs; at < to.getTime(); at += stepMs) stops.push(new Date(at));
  if (to > from) stops.push(to);
  return stops;
}

/** "16:00 in each rep's zone": the next such instant per distinct zone, earliest first. */
export function wallClockStops(after: Date, time: string, zones: readonly string[]): Date[] {
  return [...new Set(zones)].map((tz) => nextWallClock(after, time, tz)).sort((a, b) => a.getTime() - b.getTime());
}

/** Where "End of the program" lands: 09:00 on the day after `endDate` in the program's zone (its last day is over). */
export const dayAfterEnd = (endDate: string, tz: string): Date => instantAt(addDays(endDate, 1), '09:00', tz);
