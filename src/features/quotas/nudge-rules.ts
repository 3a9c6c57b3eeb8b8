import type { Member } from '../../generated/sqlite/client.js';
import type { LocalDay } from '../../time/local-time.js';

type NudgeState = Pick<Member, 'kind' | 'nudgesOptIn' | 'awayUntil' | 'snoozedDay'>;

/** Out of office on local `day` (awayUntil is inclusive). */
export function isAwayOn(member: Pick<Member, 'awayUntil'>, day: LocalDay): boolean {
  return member.awayUntil !== null && member.awayUntil >= day;
}

/**
 * Why `member` must not be nudged on local `day`, or undefined when they may be. Independent reps'
 * agreements make logging voluntary, so they are only nudged after opting in.
 */
export function nudgeBlocker(member: NudgeState, day: LocalDay): string | undefined {
  if (member.kind === 'independent' && !member.nudgesOptIn) return 'independent rep has not opted in';
  if (isAwayOn(member, day)) return 'out of office';
  if (member.snoozedDay === day) return 'snoozed today';
  return undefined;
}

/** True when a rep below `daily` with `sentThisWeek` nudges so far may get another one. */
export function needsNudge(options: { done: number; daily: number; sentThisWeek: number; weeklyCap: number }): boolean {
  return options.daily > 0 && options.done < options.daily && options.sentThisWeek < options.weeklyCap;
}

/** Behind today, as the manager's digest and Home list them: an employee with a daily quota, not away, below it. */
export function isBehindToday(row: { independent: boolean; away: boolean; quota?: { daily: number }; counts: { today: number } }): boolean {
  return !row.independent && !row.away && row.quota !== undefined && row.counts.today < row.quota.daily;
}
