import { recordAudit, type AuditInput } from '../../audit.js';
import { UserError } from '../../errors.js';
import type { Member } from '../../generated/sqlite/client.js';
import { ensureMember, type Actor, type MemberDeps } from '../../members/member-service.js';
import { requireAdmin } from '../../members/permissions.js';
import type { RoleChange, TeamChange } from './rules.js';

/** Admins make managers and reps. Demoting a manager leaves their reps without a manager. */
export async function setRole(deps: MemberDeps, actor: Actor, change: RoleChange): Promise<{ changed: boolean }> {
  requireAdmin(actor);
  const target = await ensureMember(deps, actor.workspace.id, change.slackUserId);
  if (target.role === change.role) return { changed: false };
  await deps.db.$transaction(async (tx) => {
    await tx.member.update({ where: { id: target.id }, data: { role: change.role } });
    if (change.role === 'rep') await tx.member.updateMany({ where: { managerId: target.id }, data: { managerId: null } });
    await recordAudit(tx, memberChange(actor, target, 'role_changed', { role: target.role }, { role: change.role }));
  });
  return { changed: true };
}

/** Puts reps on a manager's team (moving them from any other team). */
export async function setTeam(deps: MemberDeps, actor: Actor, change: TeamChange): Promise<Member[]> {
  requireAdmin(actor);
  const manager = await ensureMember(deps, actor.workspace.id, change.managerSlackId);
  if (manager.role !== 'manager') throw new UserError('admin.team_not_manager', { user: manager.slackUserId });
  if (change.repSlackIds.includes(manager.slackUserId)) throw new UserError('admin.team_self', { user: manager.slackUserId });
  const reps: Member[] = [];
  for (const slackUserId of change.repSlackIds) reps.push(await ensureMember(deps, actor.workspace.id, slackUserId));
  await deps.db.$transaction(async (tx) => {
    for (const rep of reps) {
      await tx.member.update({ where: { id: rep.id }, data: { managerId: manager.id } });
      await recordAudit(tx, memberChange(actor, rep, 'manager_changed', { managerId: rep.managerId }, { managerId: manager.id }));
    }
  });
  return teamOf(deps, manager);
}

export async function teamOf(deps: Pick<MemberDeps, 'db'>, manager: Member): Promise<Member[]> {
  return deps.db.member.findMany({ where: { managerId: manager.id }, orderBy: { slackUserId: 'asc' } });
}

function memberChange(actor: Actor, target: Member, action: string, before: object, after: object): AuditInput {
  return { workspaceId: actor.workspace.id, actorSlackId: actor.member.slackUserId, entity: 'member', entityId: target.id, action, before, after };
}
