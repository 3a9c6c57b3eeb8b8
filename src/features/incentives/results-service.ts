import type { RankedRow } from '../../activity/ranked-activity.js';
import type { Db } from '../../db/client.js';
import type { IncentiveProgram } from '../../generated/sqlite/client.js';
import type { Outbox } from '../../outbox/outbox.js';
import type { OutboxItem } from '../../outbox/outbox-kind.js';
import { CELEBRATION_KIND, FINAL_KIND, FINAL_SLOT } from './ids.js';
import { programExpiry } from './rules.js';
import { standingsOf } from './standings-service.js';
import { isUniqueViolation } from '../../db/unique-violation.js';

/** Winners are the top three ranks (ties share them); a rep with nothing to show wins nothing. */
export const WINNING_RANKS = 3;
/** Celebrations and final results wait this long for a channel the bot cannot post in. */
export const WAIT_DAYS = 30;

/** Stores each award once (the unique (program, member, kind) decides); returns the rows newly awarded. */
export async function award(db: Db, program: IncentiveProgram, kind: 'target_reached' | 'winner', rows: readonly RankedRow[]): Promise<RankedRow[]> {
  if (rows.length === 0) return [];
  const existing = await db.incentiveAward.findMany({ where: { programId: program.id, kind, memberId: { in: rows.map((row) => row.repId) } }, select: { memberId: true } });
  const known = new Set(existing.map((row) => row.memberId));
  const fresh: RankedRow[] = [];
  for (const row of rows.filter((r) => !known.has(r.repId))) {
    try {
      await db.incentiveAward.create({ data: { programId: program.id, memberId: row.repId, kind, rank: row.rank, value: row.value } });
      fresh.push(row);
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
  return fresh;
}

/** The celebration of a rep who reached the target: one per rep per program (slot = rep id). */
export function celebrationItem(program: IncentiveProgram, repId: string, now: Date): OutboxItem {
  return {
    workspaceId: program.workspaceId, kind: CELEBRATION_KIND, target: program.id, slot: repId,
    payload: { programId: program.id, repId }, dueAt: now, expiresAt: programExpiry(program, WAIT_DAYS),
  };
}

/**
 * Freezes an ended program's results (winners and who reached the target, as awards) and enqueues the
 * final post once. Safe to repeat: awards and the final post are unique per program.
 */
export async function finishProgram(deps: { db: Db; outbox: Pick<Outbox, 'enqueue'> }, program: IncentiveProgram, now: Date): Promise<void> {
  const standings = await standingsOf(deps.db, program, now, { places: WINNING_RANKS, alsoReached: true });
  const winners = standings.rows.filter((row) => row.rank <= WINNING_RANKS && row.value > 0);
  await award(deps.db, program, 'winner', winners);
  const reached = await award(deps.db, program, 'target_reached', standings.rows.filter((row) => row.reached));
  await deps.outbox.enqueue([
    ...reached.map((row) => celebrationItem(program, row.repId, now)),
    {
      workspaceId: program.workspaceId, kind: FINAL_KIND, target: program.id, slot: FINAL_SLOT,
      payload: { programId: program.id }, dueAt: now, expiresAt: programExpiry(program, WAIT_DAYS),
    },
  ]);
}
