import { recordAudit } from '../../audit.js';
import { ForbiddenError, UserError } from '../../errors.js';
import type { Member } from '../../generated/sqlite/client.js';
import type { Actor } from '../../members/member-service.js';
import { requireCanManage } from '../../members/permissions.js';
import { localDayOf, type LocalDay } from '../../time/local-time.js';
import type { QuotaDeps } from './quota-service.js';
import { knownMember } from './quota-service.js';
import { validateAwayUntil } from './rules.js';

export const todayOf = (deps: QuotaDeps, member: Member): LocalDay => localDayOf(deps.clock.now(), member.tz);

/** Out of office up to and including `until` (validated against the member's local today), or back when null. */
export async function setAway(deps: QuotaDeps, member: Member, until: string | null): Promise<LocalDay | null> {
  const awayUntil = until === null ? null : validateAwayUntil(until, todayOf(deps, member));
  await deps.db.member.update({ where: { id: member.id }, data: { awayUntil } });
  return awayUntil;
}

export async function snoozeToday(deps: QuotaDeps, member: Member): Promise<void> {
  await deps.db.member.update({ where: { id: member.id }, data: { snoozedDay: todayOf(deps, member) } });
}

/**
 * Independent reps choose whether to be nudged. Employees cannot opt out: nudges are part of their
 * call-report routine, and Snooze today / out of office cover the legitimate breaks.
 */
export async function setNudges(deps: QuotaDeps, member: Member, on: boolean): Promise<void> {
  if (member.kind === 'employee') {
    if (on) return;
    throw new UserError('quotas.nudges_employee');
  }
  await deps.db.member.update({ where: { id: member.id }, data: { nudgesOptIn: on } });
}

/** Admins and the rep's manager decide whether a rep is an employee or an independent contractor. */
export async function setKind(deps: QuotaDeps, actor: Actor, slackUserId: string, kind: 'employee' | 'independent'): Promise<void> {
  const rep = await knownMember(deps, actor, slackUserId);
  if (rep.id === actor.member.id && !actor.isAdmin) throw new ForbiddenError('common.forbidden_manager_only');
  requireCanManage(actor, rep);
  if (rep.kind === kind) return;
  await deps.db.$transaction(async (tx) => {
    // A new independent rep starts with nudges off until they opt in themselves.
    await tx.member.update({ where: { id: rep.id }, data: { kind, nudgesOptIn: false } });
    await recordAudit(tx, {
      workspaceId: actor.workspace.id,
      actorSlackId: actor.member.slackUserId,
      entity: 'member',
      entityId: rep.id,
      action: 'kind_changed',
      before: { kind: rep.kind },
      after: { kind },
    });
  });
}
