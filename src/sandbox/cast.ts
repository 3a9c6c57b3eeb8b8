/** Who is in the sandbox workspace and which channels it has. */
import type { FakeUser } from '../slack-standin/fake-slack.js';

export type Person = Pick<FakeUser, 'id' | 'name' | 'real_name' | 'tz' | 'locale' | 'is_admin'> & {
  /** What the person switcher says they are; the app learns roles from its own commands (below). */
  part: 'admin' | 'manager' | 'rep';
};

export type Channel = { id: string; name: string; kind: 'channel' | 'dm'; members?: readonly string[] };

const NEW_YORK = 'America/New_York';
const JAKARTA = 'Asia/Jakarta';

export const PEOPLE: readonly Person[] = [
  { id: 'U0SBADMIN', name: 'dana', real_name: 'Dana Whitfield', tz: NEW_YORK, locale: 'en-US', is_admin: true, part: 'admin' },
  { id: 'U0SBMANAGER', name: 'maya', real_name: 'Maya Lindqvist', tz: NEW_YORK, locale: 'en-US', is_admin: false, part: 'manager' },
  { id: 'U0SBSAM', name: 'sam', real_name: 'Sam Carter', tz: NEW_YORK, locale: 'en-US', is_admin: false, part: 'rep' },
  { id: 'U0SBJO', name: 'jo', real_name: 'Jo Alvarez', tz: NEW_YORK, locale: 'en-US', is_admin: false, part: 'rep' },
  { id: 'U0SBRINA', name: 'rina', real_name: 'Rina Wijaya', tz: JAKARTA, locale: 'id-ID', is_admin: false, part: 'rep' },
  { id: 'U0SBBUDI', name: 'budi', real_name: 'Budi Santoso', tz: JAKARTA, locale: 'id-ID', is_admin: false, part: 'rep' },
];

export const ADMIN = PEOPLE[0] as Person;
export const MANAGER = PEOPLE[1] as Person;
export const REPS = PEOPLE.filter((person) => person.part === 'rep');

export const CHANNELS: readonly Channel[] = [
  { id: 'C0GENERAL', name: 'general', kind: 'channel' },
  { id: 'C0LEADERBOARD', name: 'sales-leaderboard', kind: 'channel' },
  { id: 'C0MANAGERS', name: 'sales-managers', kind: 'channel', members: [ADMIN.id, MANAGER.id] },
];

export const personById = (id: string): Person | undefined => PEOPLE.find((person) => person.id === id);

/**
 * What the admin types at every start so the manager really is a manager with a team: the app's own
 * commands, so the sandbox needs no knowledge of its tables.
 */
export const STAFFING_COMMANDS: readonly { as: Person; command: string; text: string }[] = [
  { as: ADMIN, command: '/outfield', text: `role @${MANAGER.name} manager` },
  { as: ADMIN, command: '/outfield', text: `team @${MANAGER.name} ${REPS.map((rep) => `@${rep.name}`).join(' ')}` },
];
