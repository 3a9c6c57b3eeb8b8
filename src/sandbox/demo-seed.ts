/**
 * `--demo`: a team with a few weeks of activity, typed through the app's own commands while the
 * sandbox clock is set back in time, so the sandbox knows nothing of the app's tables. Commands of
 * features that are not built yet answer "coming soon" and simply leave nothing behind.
 */
import { instantAt, isoWeekdayOf, addDays, localDayOf } from '../time/local-time.js';
import { MANAGER, REPS, type Person } from './cast.js';
import type { SandboxClock } from './sandbox-clock.js';
import type { SandboxSlack } from './standin.js';
import { dmChannelFor } from './workspace.js';

const DAYS_BACK = 20;
const ACCOUNTS = ['Acme Hardware', 'Borneo Supplies', 'Citra Retail', 'Delta Farm Co', 'Evergreen Foods', 'Fajar Motors', 'Granite Builders'];
const NOTES = [
  'met the buyer, demo booked #visit stage:qualification',
  'phone check-in, sending price list #phone',
  'walked the store with the owner #visit stage:proposal value:4200',
  'closed the spring order #visit stage:won outcome:won value:12500',
  'video call with purchasing #video stage:negotiation value:8000',
];
const CALL_TIMES = ['09:30', '11:00', '14:15', '15:40'];

/** A deterministic, varied number of calls per rep and day (0–4), so standings differ. */
const callsOn = (repIndex: number, dayIndex: number): number => (repIndex * 7 + dayIndex * 3) % 5;

export async function seedDemo(slack: SandboxSlack, clock: SandboxClock): Promise<void> {
  const as = async (person: Person, text: string) => slack.compose(person.id, dmChannelFor(person.id), text, { quiet: true });
  const month = localDayOf(clock.now(), MANAGER.tz).slice(0, 7);
  await as(MANAGER, '/quota set team daily 3 weekly 15');
  for (const [index, rep] of REPS.entries()) {
    if (index === 0) await as(MANAGER, `/quota set @${rep.name} daily 4 weekly 20`);
    await as(MANAGER, `/goal set @${rep.name} ${month} revenue ${40_000 + index * 5_000}`);
  }
  const today = localDayOf(clock.now(), MANAGER.tz);
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
}
