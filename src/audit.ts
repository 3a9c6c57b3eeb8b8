import type { Db } from './db/client.js';

export type AuditInput = {
  workspaceId: string;
  actorSlackId: string;
  entity: string;
  entityId: string;
  action: string;
  before?: unknown;
  after?: unknown;
};

type AuditWriter = Pick<Db, 'auditEntry'>;

/** Appends to the audit trail; pass the transaction client to record a change atomically with it. */
export async function recordAudit(db: AuditWriter, entry: AuditInput): Promise<void> {
  await db.auditEntry.create({
    data: {
      ...entry,
      before: entry.before === undefined ? null : JSON.stringify(entry.before),
      after: entry.after === undefined ? null : JSON.stringify(entry.after),
    },
  });
}
