import type { Db } from '../../db/client.js';
import type { Outbox } from '../../outbox/outbox.js';
import type { OutboxItem } from '../../outbox/outbox-kind.js';
import type { Planner } from '../../scheduler/planner.js';
import { STANDINGS_KIND } from './ids.js';
import { closeProgram } from './program-service.js';
import { award, celebrationItem, finishProgram } from './results-service.js';
import { isPastEnd, programExpiry, standingsSlot } from './rules.js';
import { standingsOf } from './standings-service.js';

/**
 * Every minute, for each active program: end it once its last day is over (final results), plan the
 * standings post of a due cadence slot, and celebrate reps who reached the target since the last tick.
 * Celebrations are decided here rather than when a call is logged so that every way a call arrives
 * (quick /call, the modal, an edit, an import) counts, without the calls feature knowing of programs;
 * the award's unique key and the slot (the rep's id) make each one happen once.
 */
export function programPlanner(deps: { db: Db; outbox: Pick<Outbox, 'enqueue'> }): Planner {
  return {
    name: 'incentive programs',
    async plan(now) {
      const items: OutboxItem[] = [];
      for (const program of await deps.db.incentiveProgram.findMany({ where: { status: 'active' } })) {
        if (isPastEnd(program, now)) {
          const ended = await closeProgram(deps, program, now);
          if (ended) await finishProgram(deps, ended, now);
          continue;
        }
        const slot = standingsSlot(program, now);
        if (slot) {
          items.push({
            workspaceId: program.workspaceId, kind: STANDINGS_KIND, target: program.id, slot: slot.slot,
            payload: { programId: program.id }, dueAt: slot.dueAt, expiresAt: programExpiry(program, 0),
          });
        }
        if (program.target === null) continue;
        const standings = await standingsOf(deps.db, program, now, { places: 0, alsoReached: true });
        const reached = await award(deps.db, program, 'target_reached', standings.rows.filter((row) => row.reached));
        items.push(...reached.map((row) => celebrationItem(program, row.repId, now)));
      }
      return items;
    },
  };
}
