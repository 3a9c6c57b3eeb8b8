import { UserError } from '../../errors.js';
import { addDays, instantAt, localDayOf, type LocalDay } from '../../time/local-time.js';

export const BACKDATE_DAYS = 7;
/** A back-dated call without a time is placed at local noon, safely inside its day whatever the DST. */
const DEFAULT_PAST_TIME = '12:00';

export type WhenInput = { day?: LocalDay | 'today' | 'yesterday'; time?: string; now: Date; tz: string };

/**
 * When a call happened, in the rep's time zone: default now; a past day up to 7 local days back,
 * at the given time or local noon; never after now.
 */
export function resolveOccurredAt({ day, time, now, tz }: WhenInput): Date {
  const today = localDayOf(now, tz);
  const localDay = day === undefined || day === 'today' ? today : day === 'yesterday' ? addDays(today, -1) : day;
  if (localDay > today) throw new UserError('calls.date_future');
  if (localDay < addDays(today, -BACKDATE_DAYS)) throw new UserError('calls.date_too_old', { days: BACKDATE_DAYS });
  if (time === undefined) return localDay === today ? now : instantAt(localDay, DEFAULT_PAST_TIME, tz);
  const at = instantAt(localDay, time, tz);
  if (at.getTime() > now.getTime()) throw new UserError('calls.date_future');
  return at;
}
