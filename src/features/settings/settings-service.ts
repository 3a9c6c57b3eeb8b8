import { recordAudit } from '../../audit.js';
import type { Db } from '../../db/client.js';
import type { Workspace } from '../../generated/sqlite/client.js';
import type { Actor } from '../../members/member-service.js';
import { requireAdmin } from '../../members/permissions.js';
import type { WorkspaceSettings } from './rules.js';

export async function holidaysOf(db: Db, workspaceId: string): Promise<string[]> {
  const rows = await db.holiday.findMany({ where: { workspaceId }, orderBy: { date: 'asc' } });
  return rows.map((row) => row.date);
}

/** Saves the settings and replaces the holiday list in one transaction (admins only). */
export async function saveSettings(deps: { db: Db }, actor: Actor, settings: WorkspaceSettings): Promise<Workspace> {
  requireAdmin(actor);
  const { holidays, workingDays, ...fields } = settings;
  const workspaceId = actor.workspace.id;
  return deps.db.$transaction(async (tx) => {
    const saved = await tx.workspace.update({ where: { id: workspaceId }, data: { ...fields, workingDays: workingDays.join(',') } });
    await tx.holiday.deleteMany({ where: { workspaceId } });
    if (holidays.length > 0) await tx.holiday.createMany({ data: holidays.map((date) => ({ workspaceId, date })) });
    const { createdAt: _c, updatedAt: _u, ...before } = actor.workspace;
    await recordAudit(tx, {
      workspaceId,
      actorSlackId: actor.member.slackUserId,
      entity: 'workspace',
      entityId: workspaceId,
      action: 'settings_changed',
      before,
      after: { ...fields, workingDays: workingDays.join(','), holidays },
    });
    return saved;
  });
}
