import { recordAudit } from '../../audit.js';
import type { Clock } from '../../clock.js';
import type { Db } from '../../db/client.js';
import { UserError } from '../../errors.js';
import type { Account, Member } from '../../generated/sqlite/client.js';
import type { Actor } from '../../members/member-service.js';
import { requireCanManage, requireManager } from '../../members/permissions.js';
import { chunksOf } from '../../scheduler/due-zones.js';
import { addDays, localDayOf } from '../../time/local-time.js';
import { normalizeAccountName } from '../calls/text-rules.js';
import { knownMember } from '../quotas/quota-service.js';
import { keyAccounts, ownerOf, type KeyAccount } from './key-account-rules.js';

export const KEY_ACCOUNT_WINDOW_DAYS = 365;

export type KeyAccountRow = KeyAccount & { account: Account; ownerId?: string; ownerAssigned: boolean; lastContactDay?: string; imported: number };
type Deps = { db: Db; clock: Clock };
type ByAccountRep = { accountId: string; repId: string; revenue: number; lastDay: string };

/** Won revenue per account and rep over the window: logged won calls plus imported sales. */
async function revenueByAccountAndRep(db: Db, workspaceId: string, fromDay: string): Promise<{ logged: ByAccountRep[]; imported: ByAccountRep[] }> {
  const [logged, imported] = await Promise.all([
    db.call.groupBy({ by: ['accountId', 'repId'], where: { workspaceId, outcome: 'won', localDay: { gte: fromDay } }, _sum: { value: true }, _max: { localDay: true } }),
    db.importedSale.groupBy({ by: ['accountId', 'repId'], where: { workspaceId, day: { gte: fromDay } }, _sum: { amount: true }, _max: { day: true } }),
  ]);
  return {
    logged: logged.map((r) => ({ accountId: r.accountId, repId: r.repId, revenue: Number(r._sum.value ?? 0), lastDay: r._max.localDay ?? '' })),
    imported: imported.map((r) => ({ accountId: r.accountId, repId: r.repId, revenue: Number(r._sum.amount ?? 0), lastDay: r._max.day ?? '' })),
  };
}

/**
 * The 80/20 key accounts of the last 12 months with share, owner (assigned, else the rep with the
 * most won revenue on it) and the day of the last contact (last call, else last imported sale).
 */
export async function listKeyAccounts(deps: Deps, workspaceId: string, today = localDayOf(deps.clock.now(), 'UTC')): Promise<KeyAccountRow[]> {
  const { logged, imported } = await revenueByAccountAndRep(deps.db, workspaceId, addDays(today, -KEY_ACCOUNT_WINDOW_DAYS));
  const perAccount = new Map<string, ByAccountRep[]>();
  for (const row of [...logged, ...imported]) perAccount.set(row.accountId, [...(perAccount.get(row.accountId) ?? []), row]);
  const accounts: Account[] = [];
  for (const ids of chunksOf([...perAccount.keys()])) accounts.push(...(await deps.db.account.findMany({ where: { id: { in: ids } } })));
  const byId = new Map(accounts.map((a) => [a.id, a]));
  const revenues = [...perAccount].flatMap(([accountId, rows]) => {
    const account = byId.get(accountId);
    return account ? [{ accountId, name: account.name, revenue: rows.reduce((s, r) => s + r.revenue, 0) }] : [];
  });
  return keyAccounts(revenues).map((key) => {
    const account = byId.get(key.accountId) as Account;
    const rows = perAccount.get(key.accountId) ?? [];
    const byRep = new Map<string, number>();
    for (const r of rows) byRep.set(r.repId, (byRep.get(r.repId) ?? 0) + r.revenue);
    const importedDays = imported.filter((r) => r.accountId === key.accountId).map((r) => r.lastDay);
    const lastCallDay = account.lastCallAt ? localDayOf(account.lastCallAt, 'UTC') : undefined;
    const lastContactDay = [lastCallDay, ...importedDays].filter((d): d is string => Boolean(d)).sort().at(-1);
    return {
      ...key,
      account,
      ownerId: ownerOf(account.ownerId, [...byRep].map(([repId, revenue]) => ({ repId, revenue }))),
      ownerAssigned: account.ownerId !== null,
      lastContactDay,
      imported: imported.filter((r) => r.accountId === key.accountId).reduce((s, r) => s + r.revenue, 0),
    };
  });
}

/** `/outfield accounts owner <account> @rep`: managers for reps of their team, admins for anyone. */
export async function assignOwner(deps: Deps, actor: Actor, accountName: string, repSlackId: string): Promise<{ account: Account; rep: Member }> {
  requireManager(actor);
  const account = await deps.db.account.findUnique({
    where: { workspaceId_normalizedName: { workspaceId: actor.workspace.id, normalizedName: normalizeAccountName(accountName) } },
  });
  if (!account) throw new UserError('reports.unknown_account', { name: accountName.slice(0, 80) });
  const rep = await knownMember(deps, actor, repSlackId);
  if (rep.id !== actor.member.id) requireCanManage(actor, rep);
  await deps.db.$transaction(async (tx) => {
    await tx.account.update({ where: { id: account.id }, data: { ownerId: rep.id } });
    await recordAudit(tx, {
      workspaceId: actor.workspace.id, actorSlackId: actor.member.slackUserId, entity: 'account', entityId: account.id,
      action: 'account_owner_set', before: { ownerId: account.ownerId }, after: { ownerId: rep.id },
    });
  });
  return { account, rep };
}
