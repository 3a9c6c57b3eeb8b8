import type { Db } from '../../db/client.js';
import type { Member, Workspace } from '../../generated/sqlite/client.js';
import { languageOf, translator } from '../../i18n/index.js';
import type { OutboxKind } from '../../outbox/outbox-kind.js';
import { payloadOf } from '../../outbox/outbox-kind.js';
import type { Clock } from '../../clock.js';
import { localDayOf } from '../../time/local-time.js';
import { DIGEST_KIND, NUDGE_KIND, RECAP_KIND } from './ids.js';
import { needsNudge, nudgeBlocker } from './nudge-rules.js';
import { callCounts, effectiveQuotas, nudgesSentInWeek } from './quota-queries.js';
import { digestMessage, nudgeMessage, recapMessage, type TeamRow } from './views.js';

type KindDeps = { db: Db; clock: Clock };
type Payload = { memberId: string; day: string };
type Loaded = Member & { workspace: Workspace };

const tOf = (member: Loaded) => translator(languageOf(member.locale, member.workspace.defaultLocale));

async function load(db: Db, memberId: string): Promise<Loaded | null> {
  return db.member.findUnique({ where: { id: memberId }, include: { workspace: true } });
}

/** The nudge is re-decided when it is sent: a rep who reached quota, snoozed or left since is not nudged. */
function nudgeKind({ db, clock }: KindDeps): OutboxKind {
  return {
    kind: NUDGE_KIND,
    async prepare(row) {
      const { memberId, day } = payloadOf<Payload>(row);
      const member = await load(db, memberId);
      if (!member) return { skip: 'member no longer exists' };
      const blocker = nudgeBlocker(member, day);
      if (blocker) return { skip: blocker };
      const quota = (await effectiveQuotas(db, [member])).get(member.id);
      const done = (await callCounts(db, [member], clock.now())).get(member.id)?.today ?? 0;
      const sentThisWeek = (await nudgesSentInWeek(db, [member.id], day)).get(member.id) ?? 0;
      const daily = quota?.daily ?? 0;
      if (!needsNudge({ done, daily, sentThisWeek, weeklyCap: member.workspace.weeklyNudgeCap })) {
        return { skip: done >= daily ? 'quota reached' : 'weekly nudge cap reached' };
      }
      const personal = member.kind === 'independent';
      return { channel: member.slackUserId, ...nudgeMessage(tOf(member), { done, daily, personal, day }) };
    },
  };
}

function recapKind({ db, clock }: KindDeps): OutboxKind {
  return {
    kind: RECAP_KIND,
    async prepare(row) {
      const { memberId, day } = payloadOf<Payload>(row);
      const member = await load(db, memberId);
      if (!member) return { skip: 'member no longer exists' };
      const blocker = nudgeBlocker({ ...member, snoozedDay: null }, day);
      if (blocker) return { skip: blocker };
      const weekly = (await effectiveQuotas(db, [member])).get(member.id)?.weekly ?? 0;
      if (weekly === 0) return { skip: 'no weekly quota' };
      const done = (await callCounts(db, [member], clock.now())).get(member.id)?.week ?? 0;
      return { channel: member.slackUserId, ...recapMessage(tOf(member), { done, weekly, personal: member.kind === 'independent' }) };
    },
  };
}

/** Employees of the manager's team below their daily quota in their own local day; nothing is sent when nobody is behind. */
function digestKind({ db, clock }: KindDeps): OutboxKind {
  return {
    kind: DIGEST_KIND,
    async prepare(row) {
      const manager = await load(db, payloadOf<Payload>(row).memberId);
      if (!manager) return { skip: 'manager no longer exists' };
      const now = clock.now();
      const team = await db.member.findMany({ where: { managerId: manager.id, kind: 'employee' }, orderBy: { slackUserId: 'asc' } });
      const [quotas, counts] = await Promise.all([effectiveQuotas(db, team), callCounts(db, team, now)]);
      const behind: TeamRow[] = team.flatMap((rep) => {
        const quota = quotas.get(rep.id);
        const repCounts = counts.get(rep.id) ?? { today: 0, week: 0 };
        const away = rep.awayUntil !== null && rep.awayUntil >= localDayOf(now, rep.tz);
        if (!quota || away || repCounts.today >= quota.daily) return [];
        return [{ slackUserId: rep.slackUserId, counts: repCounts, quota, independent: false }];
      });
      if (behind.length === 0) return { skip: 'nobody behind' };
      return { channel: manager.slackUserId, ...digestMessage(tOf(manager), behind) };
    },
  };
}

export function quotaOutboxKinds(deps: KindDeps): OutboxKind[] {
  return [nudgeKind(deps), recapKind(deps), digestKind(deps)];
}
