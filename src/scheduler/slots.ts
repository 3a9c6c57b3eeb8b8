import { instantAt, localDayOf, type LocalDay } from '../time/local-time.js';

/** Nothing is sent before 08:00 or from 20:00 member-local. */
export const QUIET_ENDS = '08:00';
export const QUIET_STARTS = '20:00';
/** A slot missed while the app was down is still sent this long after it was due. */
export const CATCH_UP_MS = 2 * 60 * 60_000;

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function isValidTime(time: string): boolean {
  return TIME.test(time);
}

/** True when a local "HH:mm" is outside quiet hours, i.e. from 08:00 to 19:59. */
export function isSendableTime(time: string): boolean {
  return isValidTime(time) && time >= QUIET_ENDS && time < QUIET_STARTS;
}

export type DueSlot = { day: LocalDay; dueAt: Date; expiresAt: Date };

/**
 * Today's slot at `time` in `tz`, if it is due at `now`: from the slot's instant until two hours
 * later, but never into quiet hours. Computed from the wall clock of each day, so the slot follows
 * DST changes (16:00 New York is 20:00Z in October and 21:00Z in November).
 */
export function dueSlot(now: Date, tz: string, time: string): DueSlot | undefined {
  if (!isSendableTime(time)) return undefined;
  const day = localDayOf(now, tz);
  const dueAt = instantAt(day, time, tz);
  const quietAt = instantAt(day, QUIET_STARTS, tz);
  const expiresAt = new Date(Math.min(dueAt.getTime() + CATCH_UP_MS, quietAt.getTime()));
  if (now < dueAt || now >= expiresAt) return undefined;
  return { day, dueAt, expiresAt };
}
