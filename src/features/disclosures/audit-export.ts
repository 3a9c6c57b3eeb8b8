import { stringify } from 'csv-stringify/sync';
import { z } from 'zod';
import type { Clock } from '../../clock.js';
import type { Db } from '../../db/client.js';
import { languageOf, translator } from '../../i18n/index.js';
import { pluralOf } from '../../i18n/plural.js';
import { defineOutboxKind, type OutboxItem, type OutboxKind, type Preparation } from '../../outbox/outbox-kind.js';
import { AUDIT_EXPORT_KIND, DISCLOSURE_ENTITY } from './ids.js';

export const AUDIT_COLUMNS = ['at', 'actor', 'entity', 'entity_id', 'action', 'subject', 'details'] as const;
type Row = Record<(typeof AUDIT_COLUMNS)[number], string>;

/** A cell a spreadsheet would run as a formula (=, +, -, @, tab, CR) is prefixed with ' (OWASP CSV injection). */
export function neutralizeFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/**
 * The workspace's whole trail, oldest first: every disclosure event (submitted, amended, asked,
 * answered, approved, rejected, withdrawn) and every audit entry (attestations, call edits, roles…).
 */
export async function auditRows(db: Db, workspaceId: string): Promise<Row[]> {
  const [events, entries] = await Promise.all([
    db.disclosureEvent.findMany({ where: { disclosure: { workspaceId } }, include: { disclosure: { include: { rep: true } } }, orderBy: { createdAt: 'asc' } }),
    db.auditEntry.findMany({ where: { workspaceId }, orderBy: { createdAt: 'asc' } }),
  ]);
  const rows: (Row & { time: number })[] = [
    ...events.map(({ disclosure: d, ...e }) => ({
      time: e.createdAt.getTime(), at: e.createdAt.toISOString(), actor: e.actorSlackId, entity: DISCLOSURE_ENTITY, entity_id: d.id, action: e.action,
      subject: d.rep.slackUserId,
      details: e.action === 'submitted'
        ? JSON.stringify({ principal: d.principal, products: d.products, competes: d.competes, since: d.since, territory: d.territory, notes: d.notes, amends: d.amendsId })
        : (e.note ?? ''),
    })),
    ...entries.map((a) => ({
      time: a.createdAt.getTime(), at: a.createdAt.toISOString(), actor: a.actorSlackId, entity: a.entity, entity_id: a.entityId, action: a.action,
      subject: '', details: JSON.stringify({ before: a.before === null ? null : JSON.parse(a.before), after: a.after === null ? null : JSON.parse(a.after) }),
    })),
  ];
  return rows.sort((a, b) => a.time - b.time).map(({ time: _, ...row }) => row);
}

/** RFC 4180: a header row, CRLF line ends, quotes where needed. */
export function auditCsv(rows: readonly Row[]): string {
  const safe = rows.map((row) => AUDIT_COLUMNS.map((column) => neutralizeFormula(row[column])));
  return stringify(safe, { header: true, columns: [...AUDIT_COLUMNS], record_delimiter: 'windows' });
}

export function auditExportItem(workspaceId: string, requesterSlackId: string, requestKey: string, now: Date): OutboxItem {
  return {
    workspaceId, kind: AUDIT_EXPORT_KIND, target: requesterSlackId, slot: requestKey,
    payload: { requesterSlackId }, dueAt: now, expiresAt: new Date(now.getTime() + 60 * 60_000),
  };
}

const payloadSchema = z.object({ requesterSlackId: z.string() });

/** The CSV is built when it is sent, so it holds the trail up to that moment; it goes to the admin's DM. */
export function auditExportKind({ db, clock }: { db: Db; clock: Clock }): OutboxKind<z.infer<typeof payloadSchema>> {
  return defineOutboxKind({
    kind: AUDIT_EXPORT_KIND,
    payload: payloadSchema,
    prepare: (items) => Promise.all(items.map(async ({ row, payload }): Promise<Preparation> => {
      const ws = await db.workspace.findUnique({ where: { id: row.workspaceId } });
      if (!ws) return { skip: 'workspace no longer exists' };
      const admin = await db.member.findUnique({ where: { workspaceId_slackUserId: { workspaceId: ws.id, slackUserId: payload.requesterSlackId } } });
      const language = languageOf(admin?.locale, ws.defaultLocale);
      const t = translator(language);
      const rows = await auditRows(db, ws.id);
      const day = clock.now().toISOString().slice(0, 10);
      return {
        method: 'files.upload', channel: payload.requesterSlackId, filename: `outfield-audit-${day}.csv`, title: t('disclosures.export_title', { day }),
        content: auditCsv(rows), initialComment: t(`disclosures.export_comment_${pluralOf(rows.length, language)}`, { count: rows.length }),
      };
    })),
  });
}
