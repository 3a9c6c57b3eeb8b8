import { recordAudit } from '../../audit.js';
import type { Db } from '../../db/client.js';
import { ForbiddenError, UserError } from '../../errors.js';
import type { IncentiveProgram } from '../../generated/sqlite/client.js';
import type { Actor } from '../../members/member-service.js';
import { requireManager } from '../../members/permissions.js';
import { normalizeProgramName, type ProgramMetric, type Visibility } from './rules.js';
import { isUniqueViolation } from '../../db/unique-violation.js';

export type ProgramInput = {
  name: string;
  metric: ProgramMetric;
  startDate: string;
  endDate: string;
  prize: string;
  target: { value: number; percentOfGoal: boolean } | null;
  channelId: string;
  cadence: 'daily' | 'weekly';
  cadenceWeekday: number;
  cadenceTime: string;
  timeZone: string;
  places: number;
  visibility: Visibility;
  showInactive: boolean;
  /** Admins: a manager's team (their member id) or null for everyone; managers always get their own team. */
  scopeManagerId: string | null;
};

type Deps = { db: Db };

/** Creates a program (managers and admins); a name already used in the workspace is refused. */
export async function createProgram({ db }: Deps, actor: Actor, input: ProgramInput): Promise<IncentiveProgram> {
  requireManager(actor);
  const { target, ...fields } = input;
  const scopeManagerId = actor.isAdmin ? input.scopeManagerId : actor.member.id;
  if (await findProgram({ db }, actor.workspace.id, input.name)) throw new UserError('incentives.name_taken', { name: input.name });
  try {
    return await db.$transaction(async (tx) => {
      const program = await tx.incentiveProgram.create({
        data: {
          ...fields, scopeManagerId, workspaceId: actor.workspace.id, createdById: actor.member.id,
          target: target?.value ?? null, targetIsPercentOfGoal: target?.percentOfGoal ?? false,
        },
      });
      await recordAudit(tx, auditOf(actor, program, 'program_created', undefined, { ...input }));
      return program;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new UserError('incentives.name_taken', { name: input.name });
    throw error;
  }
}

/** A program by name, case-insensitively (names are unique per workspace). */
export async function findProgram({ db }: Deps, workspaceId: string, name: string): Promise<IncentiveProgram | undefined> {
  const wanted = normalizeProgramName(name);
  const programs = await db.incentiveProgram.findMany({ where: { workspaceId }, orderBy: { createdAt: 'desc' } });
  return programs.find((program) => normalizeProgramName(program.name) === wanted);
}

export async function requireProgram(deps: Deps, workspaceId: string, name: string): Promise<IncentiveProgram> {
  const program = await findProgram(deps, workspaceId, name);
  if (!program) throw new UserError('incentives.not_found', { name: name.slice(0, 80) });
  return program;
}

/** Admins run every program; a manager the ones they created or whose team takes part. */
export function runsProgram(actor: Actor, program: IncentiveProgram): boolean {
  if (actor.isAdmin) return true;
  return actor.isManager && (program.createdById === actor.member.id || program.scopeManagerId === actor.member.id);
}

export function requireRunsProgram(actor: Actor, program: IncentiveProgram): void {
  requireManager(actor);
  if (!runsProgram(actor, program)) throw new ForbiddenError('incentives.not_your_program', { name: program.name });
}

/** Programs a viewer sees: active ones they run or take part in, newest first. */
export async function programsFor({ db }: Deps, actor: Actor, status?: 'active'): Promise<IncentiveProgram[]> {
  const { member } = actor;
  const mine = actor.isAdmin
    ? {}
    : { OR: [{ createdById: member.id }, { scopeManagerId: member.id }, ...(member.role === 'rep' ? [{ scopeManagerId: null }, { scopeManagerId: member.managerId ?? '' }] : [])] };
  return db.incentiveProgram.findMany({ where: { workspaceId: actor.workspace.id, ...(status ? { status } : {}), ...mine }, orderBy: [{ status: 'asc' }, { endDate: 'asc' }], take: 50 });
}

/**
 * Ends an active program now (at most once: the status change is the claim). Returns the program when
 * this call ended it, undefined when it had already ended.
 */
export async function closeProgram({ db }: Deps, program: IncentiveProgram, now: Date, actor?: Actor): Promise<IncentiveProgram | undefined> {
  const { count } = await db.incentiveProgram.updateMany({ where: { id: program.id, status: 'active' }, data: { status: 'ended', endedAt: now } });
  if (count === 0) return undefined;
  const ended = { ...program, status: 'ended' as const, endedAt: now };
  if (actor) await recordAudit(db, auditOf(actor, program, 'program_ended', { status: 'active' }, { status: 'ended' }));
  return ended;
}

function auditOf(actor: Actor, program: IncentiveProgram, action: string, before: unknown, after: unknown) {
  return { workspaceId: actor.workspace.id, actorSlackId: actor.member.slackUserId, entity: 'incentive_program', entityId: program.id, action, before, after };
}
