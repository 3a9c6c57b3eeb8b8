import { recordAudit } from '../../audit.js';
import type { Clock } from '../../clock.js';
import type { Db } from '../../db/client.js';
import { ForbiddenError, UserError } from '../../errors.js';
import type { Member } from '../../generated/sqlite/client.js';
import type { Actor } from '../../members/member-service.js';
import { requireCanManage, requireManager } from '../../members/permissions.js';
import { callCounts, effectiveQuotas, type CallCounts, type EffectiveQuota } from './quota-queries.js';
import { isAwayOn } from './nudge-rules.js';
import type { QuotaValues } from './rules.js';
import { localDayOf } from '../../time/local-time.js';
import type { TeamRow } from './views.js';

export type QuotaDeps = { db: Db; clock: Clock };

/** A member Outfield knows in the actor's workspace; quotas are never stored for strangers. */
export async function knownMember(deps: QuotaDeps, actor: Actor, slackUserId: string): Promise<Member> {
  const member = await deps.db.member.findUnique({ where: { workspaceId_slackUserId: { workspaceId: actor.workspace.id, slackUserId } } });
  if (!member) throw new UserError('quotas.unknown_rep', { user: slackUserId });
  return member;
}

/** The rep's manager or an admin sets a rep's quota; nobody sets their own unless admin. */
export async function setRepQuota(deps: QuotaDeps, actor: Actor, repSlackId: string, values: QuotaValues): Promise<void> {
  if (repSlackId === actor.member.slackUserId && !actor.isAdmin) throw new ForbiddenError('quotas.self_set');
  requireManager(actor);
  const rep = await knownMember(deps, actor, repSlackId);
  requireCanManage(actor, rep);
  await saveQuota(deps, actor, { scope: 'rep', member: rep, values });
}

/** A manager sets their own team's default; admins set any manager's. */
export async function setTeamQuota(deps: QuotaDeps, actor: Actor, managerSlackId: string | undefined, values: QuotaValues): Promise<Member> {
  requireManager(actor);
  const manager = managerSlackId ? await knownMember(deps, actor, managerSlackId) : actor.member;
  if (manager.id !== actor.member.id && !actor.isAdmin) throw new ForbiddenError('quotas.other_team', { user: manager.slackUserId });
  if (manager.role !== 'manager') throw new UserError('quotas.not_a_manager', { user: manager.slackUserId });
  await saveQuota(deps, actor, { scope: 'team', member: manager, values });
  return manager;
}

async function saveQuota(deps: QuotaDeps, actor: Actor, change: { scope: 'rep' | 'team'; member: Member; values: QuotaValues }) {
  const { scope, member, values } = change;
  await deps.db.$transaction(async (tx) => {
    const before = await tx.quota.findUnique({ where: { scope_memberId: { scope, memberId: member.id } } });
    const data = { ...values, updatedById: actor.member.id };
    const saved = await tx.quota.upsert({
      where: { scope_memberId: { scope, memberId: member.id } },
      create: { workspaceId: actor.workspace.id, scope, memberId: member.id, ...data },
      update: data,
    });
    await recordAudit(tx, {
      workspaceId: actor.workspace.id,
      actorSlackId: actor.member.slackUserId,
      entity: 'quota',
      entityId: saved.id,
      action: before ? 'quota_changed' : 'quota_set',
      before: before ? { scope, daily: before.daily, weekly: before.weekly } : undefined,
      after: { scope, memberId: member.id, ...values },
    });
  });
}

export type MyStatus = { counts: CallCounts; quota?: EffectiveQuota };

export async function statusOf(deps: QuotaDeps, member: Member): Promise<MyStatus> {
  const [quotas, counts] = await Promise.all([effectiveQuotas(deps.db, [member]), callCounts(deps.db, [member], deps.clock.now())]);
  return { counts: counts.get(member.id) ?? { today: 0, week: 0 }, quota: quotas.get(member.id) };
}

/**
 * A manager's team, or for an admin everyone (or the given manager's team). Counts and progress
 * only, so independent reps' notes are never exposed here.
 */
export async function teamRows(deps: QuotaDeps, actor: Actor, managerSlackId?: string): Promise<{ manager?: Member; rows: TeamRow[] }> {
  requireManager(actor);
  const manager = managerSlackId ? await knownMember(deps, actor, managerSlackId) : actor.isAdmin ? undefined : actor.member;
  if (manager && manager.id !== actor.member.id && !actor.isAdmin) throw new ForbiddenError('quotas.other_team', { user: manager.slackUserId });
  const reps = await deps.db.member.findMany({
    where: manager ? { managerId: manager.id } : { workspaceId: actor.workspace.id, role: 'rep' },
    orderBy: { slackUserId: 'asc' },
  });
  return { manager, rows: await rowsOf(deps, reps) };
}

/** Each rep's counts today and this week (their own local day and week), quota, kind and absence. */
export async function rowsOf(deps: QuotaDeps, reps: readonly Member[]): Promise<TeamRow[]> {
  const now = deps.clock.now();
  const [quotas, counts] = await Promise.all([effectiveQuotas(deps.db, reps), callCounts(deps.db, reps, now)]);
  return reps.map((rep) => ({
    slackUserId: rep.slackUserId,
    counts: counts.get(rep.id) ?? { today: 0, week: 0 },
    quota: quotas.get(rep.id),
    independent: rep.kind === 'independent',
    away: isAwayOn(rep, localDayOf(now, rep.tz)),
  }));
}
