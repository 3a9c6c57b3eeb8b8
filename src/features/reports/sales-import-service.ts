import { createHash } from 'node:crypto';
import type { Db } from '../../db/client.js';
import { chunksOf } from '../../scheduler/due-zones.js';
import type { BadLine, SaleRow } from './sales-import-rules.js';

export type ImportResult = { imported: number; alreadyImported: number; bad: BadLine[] };

const INSERT_ROWS = 100;
const TRANSACTION_MS = 10 * 60_000;

/** Each row's member id, or a bad line: a rep is a known member's Slack ID or email. */
async function resolveReps(db: Db, workspaceId: string, rows: readonly SaleRow[]): Promise<{ repIds: string[]; bad: BadLine[] }> {
  const members = await db.member.findMany({ where: { workspaceId }, select: { id: true, slackUserId: true, email: true } });
  const bySlack = new Map(members.map((m) => [m.slackUserId, m.id]));
  const byEmail = new Map(members.flatMap((m) => (m.email ? [[m.email.toLowerCase(), m.id] as const] : [])));
  const bad: BadLine[] = [];
  const repIds = rows.map((row) => {
    const id = 'slackUserId' in row.rep ? bySlack.get(row.rep.slackUserId) : byEmail.get(row.rep.email);
    if (!id) bad.push({ line: row.line, reason: `rep ${'slackUserId' in row.rep ? row.rep.slackUserId : row.rep.email} is not a member Outfield knows in this workspace` });
    return id ?? '';
  });
  return { repIds, bad };
}

/**
 * The key that makes a re-import add nothing: the row's content plus how many identical rows came
 * before it in the file, so two equal sales on one day both count once, and only once.
 */
function importKeysOf(workspaceId: string, rows: readonly SaleRow[], repIds: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return rows.map((row, i) => {
    const content = [workspaceId, row.day, repIds[i], row.normalizedAccount, row.amount.toFixed(2)].join('|');
    const n = (seen.get(content) ?? 0) + 1;
    seen.set(content, n);
    return createHash('sha256').update(`${content}|${n}`).digest('hex');
  });
}

/**
 * Imports validated sales all or nothing: any unknown rep makes it import nothing; rows already
 * imported are skipped; new accounts are created (matched like calls' accounts, case-insensitively).
 */
export async function importSales(db: Db, workspaceId: string, rows: readonly SaleRow[]): Promise<ImportResult> {
  const { repIds, bad } = await resolveReps(db, workspaceId, rows);
  if (bad.length > 0) return { imported: 0, alreadyImported: 0, bad };
  const keys = importKeysOf(workspaceId, rows, repIds);
  return db.$transaction(async (tx) => {
    const existing = new Set<string>();
    for (const chunk of chunksOf(keys)) {
      for (const row of await tx.importedSale.findMany({ where: { importKey: { in: chunk } }, select: { importKey: true } })) existing.add(row.importKey);
    }
    const accountIds = new Map<string, string>();
    const names = new Map(rows.map((row) => [row.normalizedAccount, row.account]));
    for (const chunk of chunksOf([...names.keys()])) {
      for (const a of await tx.account.findMany({ where: { workspaceId, normalizedName: { in: chunk } }, select: { id: true, normalizedName: true } })) accountIds.set(a.normalizedName, a.id);
    }
    for (const [normalizedName, name] of names) {
      if (!accountIds.has(normalizedName)) accountIds.set(normalizedName, (await tx.account.create({ data: { workspaceId, name, normalizedName } })).id);
    }
    const fresh = rows.flatMap((row, i) => (existing.has(keys[i] as string) ? [] : [{
      workspaceId, repId: repIds[i] as string, accountId: accountIds.get(row.normalizedAccount) as string, day: row.day, amount: row.amount, importKey: keys[i] as string,
    }]));
    for (const chunk of chunksOf(fresh, INSERT_ROWS)) await tx.importedSale.createMany({ data: chunk });
    return { imported: fresh.length, alreadyImported: rows.length - fresh.length, bad: [] };
  }, { timeout: TRANSACTION_MS, maxWait: TRANSACTION_MS });
}
