import type { DisclosureStatus, Member } from '../../generated/sqlite/client.js';
import { instantAt, localDayOf, localTimeOf } from '../../time/local-time.js';

export const COMPETES = ['yes', 'no', 'not_sure'] as const;
export type CompetesValue = (typeof COMPETES)[number];

export const PRINCIPAL_MAX = 120;
export const PRODUCTS_MAX = 500;
export const TERRITORY_MAX = 200;
export const NOTES_MAX = 2000;
/** Reasons, questions and answers: Slack shows them in a thread and a DM. */
export const REVIEW_TEXT_MAX = 2000;
/** "Since" earlier than this is a typo, not a line carried since the 19th century. */
export const EARLIEST_SINCE = '1950-01-01';

/** Statuses a reviewer can still decide on (a question asked waits for the answer but can still be decided). */
export const OPEN_STATUSES: readonly DisclosureStatus[] = ['pending', 'needs_details'];

export const isOpen = (status: DisclosureStatus): boolean => OPEN_STATUSES.includes(status);

/**
 * Who may decide on a rep's disclosure: never the rep (not even an admin deciding their own),
 * otherwise an admin or the rep's own manager. Managers of another team may not.
 */
export function decisionRight(reviewer: { member: Pick<Member, 'id' | 'role'>; isAdmin: boolean }, rep: Pick<Member, 'id' | 'managerId'>): 'allowed' | 'own' | 'not_reviewer' {
  if (reviewer.member.id === rep.id) return 'own';
  if (reviewer.isAdmin) return 'allowed';
  return reviewer.member.role === 'manager' && rep.managerId === reviewer.member.id ? 'allowed' : 'not_reviewer';
}

/**
 * The re-attestation period containing a local day, for a period of `months` (1, 2, 3, 4, 6 or 12):
 * "2026-Q4" for quarters, "2026-H2" for halves, "2026" for years, "2026-11" for months and
 * "2026-P3of6" otherwise. Any other length falls back to quarters.
 */
export function attestationPeriodOf(day: string, months: number): string {
  const length = [1, 2, 3, 4, 6, 12].includes(months) ? months : 3;
  const year = day.slice(0, 4);
  const month = Number(day.slice(5, 7));
  const index = Math.floor((month - 1) / length) + 1;
  if (length === 3) return `${year}-Q${index}`;
  if (length === 6) return `${year}-H${index}`;
  if (length === 12) return year;
  if (length === 1) return `${year}-${String(month).padStart(2, '0')}`;
  return `${year}-P${index}of${12 / length}`;
}

/** Prompts and reminders go out inside working hours only, 09:00–17:00 in the member's own zone. */
export const PROMPT_HOURS = { from: '09:00', to: '17:00' } as const;
/** At most one prompt or reminder per member in this many days. */
export const PROMPT_INTERVAL_DAYS = 7;

/** When `now` is inside the member's working hours: the window a prompt may be sent in (until 17:00 local). */
export function promptWindow(now: Date, tz: string): { day: string; dueAt: Date; expiresAt: Date } | undefined {
  const time = localTimeOf(now, tz);
  if (time < PROMPT_HOURS.from || time >= PROMPT_HOURS.to) return undefined;
  const day = localDayOf(now, tz);
  return { day, dueAt: now, expiresAt: instantAt(day, PROMPT_HOURS.to, tz) };
}

/** A "since" day: a real date, not in the future (the member's today), not absurdly old. */
export function isAcceptableSince(day: string, today: string): boolean {
  return day <= today && day >= EARLIEST_SINCE;
}

/** The instant before which a prompt counts as "recent" for the weekly cap. */
export function promptCapStart(now: Date): Date {
  return new Date(now.getTime() - PROMPT_INTERVAL_DAYS * 24 * 60 * 60_000);
}
