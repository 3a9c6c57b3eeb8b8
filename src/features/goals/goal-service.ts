import { recordAudit } from '../../audit.js';
import type { Clock } from '../../clock.js';
import type { Db } from '../../db/client.js';
import { ForbiddenError } from '../../errors.js';
import type { Actor } from '../../members/member-service.js';
import { requireAdmin, requireCanManage, requireManager } from '../../members/permissions.js';
import { knownMember } from '../quotas/quota-service.js';
import type { GoalInput } from './command-rules.js';
import { monthsOf, sameLastYear } from './period-rules.js';
import { DEFAULT_STAGE_PROBABILITIES, formatStageProbabilities, parseStageProbabilities, splitQuarter } from './rules.js';
import { salesTotals } from './sales-queries.js';

type GoalDeps = { db: Db; clock: Clock };
export type SavedGoal = { period: string; target: number };

/** Last year's value of each month of a quarter, for the seasonal split. */
async function lastYearMonths(deps: GoalDeps, input: GoalInput, repId: string, workspaceId: string): Promise<number[]> {
  const months = monthsOf(sameLastYear(input.period));
  const totals = await Promise.all(months.map((m) => salesTotals(deps.db, { workspaceId, fromDay: m.first, toDay: m.last, repIds: [repId] })));
  return totals.map((t) => t.get(repId)?.[input.metric] ?? 0);
}

/**
 * Sets a rep's goal (their manager or an admin; nobody their own). A quarter goal also sets its
 * three month goals, split as asked, so each month's progress has its own target.
 */
export async function setGoal(deps: GoalDeps, actor: Actor, input: GoalInput): Promise<SavedGoal[]> {
  if (input.repSlackId === actor.member.slackUserId) throw new ForbiddenError('goals.self_set');
  requireManager(actor);
  const rep = await knownMember(deps, actor, input.repSlackId);
  requireCanManage(actor, rep);
  const goals: SavedGoal[] = [{ period: input.period.key, target: input.target }];
  if (input.period.kind === 'quarter') {
    const { split } = input;
    const parts = split.mode === 'hand'
      ? split.months
      : splitQuarter(input.target, input.metric, split.mode, split.mode === 'pattern' ? await lastYearMonths(deps, input, rep.id, rep.workspaceId) : []);
    monthsOf(input.period).forEach((month, i) => goals.push({ period: month.key, target: parts[i] as number }));
  }
  await deps.db.$transaction(async (tx) => {
    for (const goal of goals) {
      const key = { repId_period_metric: { repId: rep.id, period: goal.period, metric: input.metric } };
      const before = await tx.goal.findUnique({ where: key });
      const data = { target: goal.target, setById: actor.member.id };
      const saved = await tx.goal.upsert({ where: key, create: { workspaceId: rep.workspaceId, repId: rep.id, period: goal.period, metric: input.metric, ...data }, update: data });
      await recordAudit(tx, {
        workspaceId: rep.workspaceId,
        actorSlackId: actor.member.slackUserId,
        entity: 'goal',
        entityId: saved.id,
        action: before ? 'goal_changed' : 'goal_set',
        before: before ? { target: Number(before.target) } : undefined,
        after: { repId: rep.id, period: goal.period, metric: input.metric, target: goal.target },
      });
    }
  });
  return goals;
}

/** Admins change the pipeline's stage probabilities; stages not named keep theirs. */
export async function setStageProbabilities(deps: GoalDeps, actor: Actor, changes: Record<string, number>): Promise<Record<string, number>> {
  requireAdmin(actor);
  const workspace = await deps.db.workspace.findUniqueOrThrow({ where: { id: actor.workspace.id } });
  const before = parseStageProbabilities(workspace.stageProbabilities);
  const after = { ...before, ...changes };
  await deps.db.$transaction(async (tx) => {
    await tx.workspace.update({ where: { id: workspace.id }, data: { stageProbabilities: formatStageProbabilities(after) } });
    await recordAudit(tx, { workspaceId: workspace.id, actorSlackId: actor.member.slackUserId, entity: 'workspace', entityId: workspace.id, action: 'stage_probabilities_changed', before, after });
  });
  return after;
}

export const STAGES = Object.keys(DEFAULT_STAGE_PROBABILITIES);
