/** The "End of the program" jump reads the app's own programs (through its deps), never its own copy. */
import type { Db } from '../db/client.js';
import { dayAfterEnd } from './time-rules.js';

/** The day after the end of the active program that ends last, or undefined when none is active. */
export async function programEndOf(db: Db): Promise<Date | undefined> {
  const active = await db.incentiveProgram.findMany({ where: { status: 'active' }, select: { endDate: true, timeZone: true } });
  const ends = active.map((program) => dayAfterEnd(program.endDate, program.timeZone));
  return ends.sort((a, b) => b.getTime() - a.getTime())[0];
}
