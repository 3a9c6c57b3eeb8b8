import type { Clock } from '../../clock.js';
import type { Db } from '../../db/client.js';
import type { Member, OutboxMessage, Workspace } from '../../generated/sqlite/client.js';
import { languageOf, translator } from '../../i18n/index.js';
import { z } from 'zod';
import { defineOutboxKind, type OutboxKind, type Prepared, type Preparation } from '../../outbox/outbox-kind.js';
import { chunksOf } from '../../scheduler/due-zones.js';
import { DIGEST_KIND, NUDGE_KIND, RECAP_KIND } from './ids.js';
import { isBehindToday, needsNudge, nudgeBlocker } from './nudge-rules.js';
import { rowsOf } from './quota-service.js';
import { callCounts, effectiveQuotas, nudgesSentByDay, type CallCounts, type EffectiveQuota } from './quota-queries.js';
import type { Message } from '../../slack/blocks.js';
import { digestMessage, nudgeMessage, recapMessage } from './views.js';

type KindDeps = { db: Db; clock: Clock };
const payloadSchema = z.object({ memberId: z.string(), day: z.string() });
type Payload = z.infer<typeof payloadSchema>;
type Item = Prepared<Payload>;
type Loaded = Member & { workspace: Workspace };
type Context = { row: OutboxMessage; day: string; member: Loaded; quota?: EffectiveQuota; counts: CallCounts };

const tOf = (member: Loaded) => translator(languageOf(member.locale, member.workspace.defaultLocale));
const dm = (c: Context, message: Message): Preparation => ({ method: 'chat.postMessage', channel: c.member.slackUserId, ...message });

/** Loads each row's member with quota and call counts in a few queries for the whole batch. */
async function loadBatch({ db, clock }: KindDeps, items: readonly Item[]): Promise<(Context | undefined)[]> {
  const payloads = items.map((item) => item.payload);
  const members = new Map<string, Loaded>();
  for (const ids of chunksOf([...new Set(payloads.map((p) => p.memberId))])) {
    for (const m of await db.member.findMany({ where: { id: { in: ids } }, include: { workspace: true } })) members.set(m.id, m);
  }
  const found = [...members.values()];
  const [quotas, counts] = await Promise.all([effectiveQuotas(db, found), callCounts(db, found, clock.now())]);
  return items.map(({ row, payload: { memberId, day } }) => {
    const member = members.get(memberId);
    if (!member) return undefined;
    return { row, day, member, quota: quotas.get(memberId), counts: counts.get(memberId) ?? { today: 0, week: 0 } };
  });
}

/** The nudge is re-decided when it is sent: a rep who reached quota, snoozed or left since is not nudged. */
function nudgeKind(deps: KindDeps): OutboxKind<Payload> {
  return defineOutboxKind({
    kind: NUDGE_KIND,
    payload: payloadSchema,
    async prepare(rows) {
      const batch = await loadBatch(deps, rows);
      const sent = await nudgesSentByDay(deps.db, batch.flatMap((c) => (c ? [{ id: c.member.id, day: c.day }] : [])));
      return batch.map((c): Preparation => {
        if (!c) return { skip: 'member no longer exists' };
        const blocker = nudgeBlocker(c.member, c.day);
        if (blocker) return { skip: blocker };
        const daily = c.quota?.daily ?? 0;
        const done = c.counts.today;
        if (!needsNudge({ done, daily, sentThisWeek: sent.get(c.member.id) ?? 0, weeklyCap: c.member.workspace.weeklyNudgeCap })) {
          return { skip: done >= daily ? 'quota reached' : 'weekly nudge cap reached' };
        }
        const personal = c.member.kind === 'independent';
        return dm(c, nudgeMessage(tOf(c.member), { done, daily, personal, day: c.day }));
      });
    },
  });
}

function recapKind(deps: KindDeps): OutboxKind<Payload> {
  return defineOutboxKind({
    kind: RECAP_KIND,
    payload: payloadSchema,
    async prepare(rows) {
      return (await loadBatch(deps, rows)).map((c): Preparation => {
        if (!c) return { skip: 'member no longer exists' };
        const blocker = nudgeBlocker({ ...c.member, snoozedDay: null }, c.day);
        if (blocker) return { skip: blocker };
        const weekly = c.quota?.weekly ?? 0;
        if (weekly === 0) return { skip: 'no weekly quota' };
        const personal = c.member.kind === 'independent';
        return dm(c, recapMessage(tOf(c.member), { done: c.counts.week, weekly, personal }));
      });
    },
  });
}

/** Employees of the manager's team below their daily quota in their own local day; nothing is sent when nobody is behind. */
function digestKind(deps: KindDeps): OutboxKind<Payload> {
  const prepareOne = async (c: Context | undefined): Promise<Preparation> => {
    if (!c) return { skip: 'manager no longer exists' };
    const team = await deps.db.member.findMany({ where: { managerId: c.member.id, kind: 'employee' }, orderBy: { slackUserId: 'asc' } });
    const behind = (await rowsOf(deps, team)).filter(isBehindToday);
    if (behind.length === 0) return { skip: 'nobody behind' };
    return dm(c, digestMessage(tOf(c.member), behind));
  };
  return defineOutboxKind({
    kind: DIGEST_KIND,
    payload: payloadSchema,
    async prepare(rows) {
      const batch = await loadBatch(deps, rows);
      const prepared: Preparation[] = [];
      for (const c of batch) prepared.push(await prepareOne(c));
      return prepared;
    },
  });
}

export function quotaOutboxKinds(deps: KindDeps): OutboxKind<Payload>[] {
  return [nudgeKind(deps), recapKind(deps), digestKind(deps)];
}
