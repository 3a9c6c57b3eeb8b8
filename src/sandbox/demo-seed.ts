/**
 * `--demo`: a team with a few weeks of activity, typed and submitted through the app's own commands
 * and modals while the sandbox clock is set back in time, so the sandbox knows nothing of the app's
 * tables: settings, quotas, goals, an incentive program with standings, calls, and a disclosure
 * waiting for review.
 */
import { DISCLOSE_BLOCKS } from '../features/disclosures/ids.js';
import { PROGRAM_BLOCKS } from '../features/incentives/ids.js';
import { FIELDS } from '../features/settings/ids.js';
import { stateValue } from '../slack-standin/slack-driver.js';
import { instantAt, isoWeekdayOf, addDays, localDayOf } from '../time/local-time.js';
import { ADMIN, CHANNELS, MANAGER, REPS, type Person } from './cast.js';
import { submitModal } from './demo-forms.js';
import type { SandboxClock } from './sandbox-clock.js';
import type { SandboxSlack } from './standin.js';
import { dmChannelFor } from './workspace.js';

const DAYS_BACK = 20;
/** The program ends a few days from now, so "End of the program" is a short jump. */
const PROGRAM_DAYS_LEFT = 3;
export const DEMO_PROGRAM = 'Winter call sprint';
const ACCOUNTS = ['Acme Hardware', 'Borneo Supplies', 'Citra Retail', 'Delta Farm Co', 'Evergreen Foods', 'Fajar Motors', 'Granite Builders'];
const NOTES = [
  'met the buyer, demo booked #visit stage:qualification',
  'phone check-in, sending price list #phone',
  'walked the store with the owner #visit stage:proposal value:4200',
  'closed the spring order #visit stage:won outcome:won value:12500',
  'video call with purchasing #video stage:negotiation value:8000',
];
const CALL_TIMES = ['09:30', '11:00', '14:15', '15:40'];

const channelId = (name: string): string => CHANNELS.find((channel) => channel.name === name)?.id ?? '';

/** A deterministic, varied number of calls per rep and day (0–4), so standings differ. */
const callsOn = (repIndex: number, dayIndex: number): number => (repIndex * 7 + dayIndex * 3) % 5;

/** The admin's `/outfield setup`: disclosures are reviewed in #sales-managers, leaderboards go to #sales-leaderboard. */
const setUpWorkspace = (slack: SandboxSlack) =>
  submitModal(slack, ADMIN, '/outfield setup', {
    [FIELDS.reviewChannelId.block]: stateValue.conversation(channelId('sales-managers')),
    [FIELDS.leaderboardChannelId.block]: stateValue.conversation(channelId('sales-leaderboard')),
  });

/** The manager's New incentive program, from `start` (today on the seed's clock) to a few days from now. */
const startProgram = (slack: SandboxSlack, start: string, end: string) =>
  submitModal(slack, MANAGER, '/incentive new', {
    [PROGRAM_BLOCKS.name]: stateValue.text(DEMO_PROGRAM),
    [PROGRAM_BLOCKS.metric]: stateValue.select('calls'),
    [PROGRAM_BLOCKS.startDate]: stateValue.date(start),
    [PROGRAM_BLOCKS.endDate]: stateValue.date(end),
    [PROGRAM_BLOCKS.prize]: stateValue.text('Team dinner, and a day off for the winner'),
    [PROGRAM_BLOCKS.channel]: stateValue.conversation(channelId('sales-leaderboard')),
  });

/** A rep's Disclose an outside line, left pending for the managers. */
const discloseOutsideLine = (slack: SandboxSlack, rep: Person) =>
  submitModal(slack, rep, '/disclose', {
    [DISCLOSE_BLOCKS.principal]: stateValue.text('Harbor Paint Co'),
    [DISCLOSE_BLOCKS.products]: stateValue.text('Marine coatings, sold to boatyards on weekends'),
    [DISCLOSE_BLOCKS.competes]: stateValue.select('not_sure'),
  });

export async function seedDemo(slack: SandboxSlack, clock: SandboxClock): Promise<void> {
  const as = async (person: Person, text: string) => slack.compose(person.id, dmChannelFor(person.id), text, { quiet: true });
  await setUpWorkspace(slack);
  const today = localDayOf(clock.now(), MANAGER.tz);
  const month = today.slice(0, 7);
  await as(MANAGER, '/quota set team daily 3 weekly 15');
  for (const [index, rep] of REPS.entries()) {
    if (index === 0) await as(MANAGER, `/quota set @${rep.name} daily 4 weekly 20`);
    await as(MANAGER, `/goal set @${rep.name} ${month} revenue ${40_000 + index * 5_000}`);
  }
  const start = addDays(today, -DAYS_BACK);
  clock.set(instantAt(start, '08:00', MANAGER.tz));
  await startProgram(slack, start, addDays(today, PROGRAM_DAYS_LEFT));
  for (let back = DAYS_BACK; back >= 1; back -= 1) {
    const day = addDays(today, -back);
    if (isoWeekdayOf(day) > 5) continue;
    for (const [repIndex, rep] of REPS.entries()) {
      for (let n = 0; n < callsOn(repIndex, back); n += 1) {
        clock.set(instantAt(day, CALL_TIMES[n] ?? '16:00', rep.tz));
        await as(rep, `/call ${ACCOUNTS[(repIndex + n + back) % ACCOUNTS.length]}: ${NOTES[(repIndex + n) % NOTES.length]}`);
      }
    }
  }
  clock.backToNow();
  await as(MANAGER, `/leaderboard post ${DEMO_PROGRAM}`);
  await discloseOutsideLine(slack, REPS[0] as Person);
}
