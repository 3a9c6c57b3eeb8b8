import type { Member } from '../../generated/sqlite/client.js';
import type { LocalDay } from '../../time/local-time.js';

type NudgeState = Pick<Member, 'kind' | 'nudgesOptIn' | 'awayUntil' | 'snoozedDay'>;

/**
 * Why `member` must not be nudged on local `day`, or undefined when they may be. Independent reps'
 * agreements make logging voluntary, so they are only nudged after opting in.
 */
export function nudgeBlocker(member: NudgeState, day: LocalDay): string | undefined {
  if (member.kind === 'independent' && !member.nudgesOptIn) return 'independent rep has not opted in';
  if (member.awayUntil !== null && member.awayUntil >= day) return 'out of office';
  if (member.snoozedDay === day) return 'snoozed today';
  return undefined;
}

/** True when a rep below `daily` with `sentThisWeek` nudges so far may get another one. */
export function needsNudge(options: { done: number; daily: number; sentThisWeek: number; weeklyCap: number }): boolean {
  return options.daily > 0 && options.done < options.daily && options.sentThisWeek < options.weeklyCap;
}
