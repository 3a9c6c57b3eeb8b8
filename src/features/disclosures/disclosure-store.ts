import type { Db } from '../../db/client.js';
import type { Disclosure, DisclosureEvent, Member, Prisma, Workspace } from '../../generated/sqlite/client.js';
import { isRecordId } from '../../db/record-id.js';
import { UserError } from '../../errors.js';
import { isUniqueViolation } from '../../db/unique-violation.js';

export type Tx = Prisma.TransactionClient;
export type DisclosureWithRep = Disclosure & { rep: Member };
export type ReviewContext = DisclosureWithRep & {
  workspace: Workspace;
  events: DisclosureEvent[];
  /** The rep's other disclosures (every version), newest first, with their events. */
  earlier: (Disclosure & { events: DisclosureEvent[] })[];
};

const EARLIER_SHOWN = 8;
const byTime = { orderBy: { createdAt: 'asc' as const } };

/** A disclosure of the workspace, or a clear error (forged or stale button values end here). */
export async function disclosureInWorkspace(db: Pick<Db, 'disclosure'>, workspaceId: string, id: string): Promise<DisclosureWithRep> {
  const found = isRecordId(id) ? await db.disclosure.findFirst({ where: { id, workspaceId }, include: { rep: true } }) : null;
  if (!found) throw new UserError('disclosures.not_found');
  return found;
}

/** Appends one history entry; the history is never updated or deleted (see the append-only test). */
export async function appendEvent(tx: Pick<Tx, 'disclosureEvent'>, event: Omit<Prisma.DisclosureEventUncheckedCreateInput, 'id'>): Promise<DisclosureEvent> {
  try {
    return await tx.disclosureEvent.create({ data: event });
  } catch (error) {
    if (isUniqueViolation(error)) throw new UserError('disclosures.already_answered');
    throw error;
  }
}

/** Everything the review post shows: the disclosure, its history and the rep's earlier disclosures. */
export async function reviewContextOf(db: Db, disclosureId: string): Promise<ReviewContext | undefined> {
  const found = await db.disclosure.findUnique({ where: { id: disclosureId }, include: { rep: { include: { workspace: true } }, events: byTime } });
  if (!found) return undefined;
  const earlier = await db.disclosure.findMany({
    where: { repId: found.repId, id: { not: found.id }, createdAt: { lte: found.createdAt } },
    orderBy: { createdAt: 'desc' },
    take: EARLIER_SHOWN,
    include: { events: byTime },
  });
  const { workspace, ...rep } = found.rep;
  return { ...found, rep, workspace, earlier };
}

export async function eventWithDisclosure(db: Db, eventId: string) {
  return db.disclosureEvent.findUnique({ where: { id: eventId }, include: { disclosure: { include: { rep: { include: { workspace: true } } } } } });
}
