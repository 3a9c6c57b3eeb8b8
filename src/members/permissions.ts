import { ForbiddenError } from '../errors.js';
import type { Member } from '../generated/sqlite/client.js';
import type { Actor } from './member-service.js';

export function requireAdmin(actor: Actor): void {
  if (!actor.isAdmin) throw new ForbiddenError('common.forbidden_admin_only');
}

export function requireManager(actor: Actor): void {
  if (!actor.isManager) throw new ForbiddenError('common.forbidden_manager_only');
}

/** Admins act on everyone; a manager only on the reps of their own team. */
export function canManage(actor: Actor, target: Member): boolean {
  if (actor.isAdmin) return true;
  return actor.member.role === 'manager' && target.managerId === actor.member.id;
}

export function requireCanManage(actor: Actor, target: Member): void {
  requireManager(actor);
  if (!canManage(actor, target)) throw new ForbiddenError('common.forbidden_not_your_team', { user: target.slackUserId });
}

/**
 * Call details (notes, contacts) are for the rep, the rep's manager and admins. Independent reps'
 * agreements exempt them from reporting to a manager, so their manager sees counts and values only.
 */
export function canReadCallNotes(actor: Actor, rep: Member): boolean {
  if (actor.member.id === rep.id || actor.isAdmin) return true;
  return rep.kind === 'employee' && canManage(actor, rep);
}
