import { stringify } from 'csv-stringify/sync';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../members/member-service.js';
import { canReadCallNotes } from '../../members/permissions.js';
import { localTimeOf } from '../../time/local-time.js';
import type { DayRange } from './command-rules.js';

export const CALL_CSV_COLUMNS = [
  'date', 'time', 'rep', 'rep_name', 'account', 'type', 'outcome', 'value', 'stage', 'contact', 'next_step', 'next_step_date', 'notes',
];

/** Whose calls an export holds: a rep's own, a manager's and their team's, an admin's everyone's. */
function scopeOf(actor: Actor) {
  if (actor.isAdmin) return {};
  if (actor.member.role === 'manager') return { OR: [{ repId: actor.member.id }, { rep: { managerId: actor.member.id } }] };
  return { repId: actor.member.id };
}

/**
 * The calls of `range` (the reps' local days) as RFC 4180 CSV with a header row. Contacts, next steps
 * and notes are left empty where the requester may not read them (an independent rep's, for their
 * manager); counts and values stay. Returns the number of calls too.
 */
export async function exportCallsCsv(db: Db, actor: Actor, range: DayRange): Promise<{ csv: string; count: number }> {
  const calls = await db.call.findMany({
    where: { workspaceId: actor.workspace.id, localDay: { gte: range.from, lte: range.to }, ...scopeOf(actor) },
    include: { account: { select: { name: true } }, rep: true },
    orderBy: [{ occurredAt: 'asc' }, { id: 'asc' }],
  });
  const rows = calls.map((call) => {
    const details = canReadCallNotes(actor, call.rep);
    return [
      call.localDay, localTimeOf(call.occurredAt, call.rep.tz), call.rep.slackUserId, call.rep.displayName ?? '', call.account.name,
      call.type ?? '', call.outcome ?? '', call.value === null ? '' : String(call.value), call.stage ?? '',
      details ? call.contact ?? '' : '', details ? call.nextStep ?? '' : '', details ? call.nextStepDate ?? '' : '', details ? call.notes ?? '' : '',
    ];
  });
  // A formula-looking cell (=, +, -, @) opened in a spreadsheet would run; a leading apostrophe keeps it text.
  const safe = rows.map((row) => row.map((cell) => (/^[=+\-@\t\r]/.test(cell) && !/^-?\d/.test(cell) ? `'${cell}` : cell)));
  return { csv: stringify([CALL_CSV_COLUMNS, ...safe], { record_delimiter: 'windows' }), count: calls.length };
}
