import type { Db } from './db/client.js';

export type AuditInput = {
  workspaceId: string;
  actorSlackId: string;
  entity: string;
  entityId: string;
  action: string;
  before?: unknown;
  after?: unknown;
  /** When it happened (the injected clock); the database's now() when omitted. */
  at?: Date;
};

type AuditWriter = Pick<Db, 'auditEntry'>;

/** Appends to the audit trail; pass the transaction client to record a change atomically with it. */
export async function recordAudit(db: AuditWriter, entry: AuditInput): Promise<void> {
  const { at, ...fields } = entry;
  await db.auditEntry.create({
    data: {
      ...fields,
      ...(at ? { createdAt: at } : {}),
      before: fields.before === undefined ? null : JSON.stringify(fields.before),
      after: fields.after === undefined ? null : JSON.stringify(fields.after),
    },
  });
}
