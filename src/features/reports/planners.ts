import type { Clock } from '../../clock.js';
import type { Db } from '../../db/client.js';
import type { OutboxItem } from '../../outbox/outbox-kind.js';
import { isWorkingDayOf } from '../../scheduler/member-slots.js';
import type { Planner } from '../../scheduler/planner.js';
import { QUIET_STARTS, CATCH_UP_MS, isSendableTime } from '../../scheduler/slots.js';
import { instantAt, localDayOf, localTimeOf } from '../../time/local-time.js';
import { KEY_ACCOUNT_NEGLECT_KIND } from './ids.js';
import { neglectOf } from './key-account-rules.js';
import { listKeyAccounts } from './key-account-service.js';

/** 80/20 is recomputed at most this often per workspace; a gap is measured in days. */
const KEY_ACCOUNTS_TTL_MS = 15 * 60_000;

/**
 * The key-account neglect DM: when a key account's owner has not called it for the workspace's gap
 * days, on the owner's working day outside quiet hours (else at the next such time). The outbox slot
 * is `<first day of the gap>:<local day>`, and a gap already DMed (or on its way) is never planned
 * again, so one DM per gap however long it lasts; a DM whose day expired is planned the next day.
 */
export function neglectPlanner({ db, clock }: { db: Db; clock: Clock }): Planner {
  const cache = new Map<string, { at: number; list: Awaited<ReturnType<typeof listKeyAccounts>> }>();
  const keyAccountsOf = async (workspaceId: string, now: Date) => {
    const hit = cache.get(workspaceId);
    if (hit && now.getTime() - hit.at < KEY_ACCOUNTS_TTL_MS && now.getTime() >= hit.at) return hit.list;
    const list = await listKeyAccounts({ db, clock }, workspaceId, localDayOf(now, 'UTC'));
    cache.set(workspaceId, { at: now.getTime(), list });
    return list;
  };
  return {
    name: 'key-account neglect',
    async plan(now) {
      const items: OutboxItem[] = [];
      const workspaces = await db.workspace.findMany({ include: { holidays: { select: { date: true } } } });
      for (const ws of workspaces) {
        const keys = (await keyAccountsOf(ws.id, now)).filter((k) => k.ownerId && k.lastContactDay);
        if (keys.length === 0) continue;
        const owners = new Map((await db.member.findMany({ where: { id: { in: [...new Set(keys.map((k) => k.ownerId as string))] } } })).map((m) => [m.id, m]));
        for (const key of keys) {
          const owner = owners.get(key.ownerId as string);
          if (!owner) continue;
          const today = localDayOf(now, owner.tz);
          const gap = neglectOf({ lastContactDay: key.lastContactDay as string, gapDays: ws.keyAccountGapDays, today });
          if (!gap || !isWorkingDayOf(ws, today) || !isSendableTime(localTimeOf(now, owner.tz))) continue;
          const planned = await db.outboxMessage.count({
            where: { kind: KEY_ACCOUNT_NEGLECT_KIND, target: key.accountId, slot: { startsWith: `${gap.slot}:` }, status: { notIn: ['expired', 'failed'] } },
          });
          if (planned > 0) continue;
          const quiet = instantAt(today, QUIET_STARTS, owner.tz);
          items.push({
            workspaceId: ws.id,
            kind: KEY_ACCOUNT_NEGLECT_KIND,
            target: key.accountId,
            slot: `${gap.slot}:${today}`,
            payload: { accountId: key.accountId, ownerId: owner.id, lastContactDay: gap.slot },
            dueAt: now,
            expiresAt: new Date(Math.min(now.getTime() + CATCH_UP_MS, quiet.getTime())),
          });
        }
      }
      return items;
    },
  };
}
