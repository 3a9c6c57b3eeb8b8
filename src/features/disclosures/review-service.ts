import { isRecordId } from '../../db/record-id.js';
import { ForbiddenError, UserError } from '../../errors.js';
import type { Disclosure, Member } from '../../generated/sqlite/client.js';
import type { Actor } from '../../members/member-service.js';
import type { FeatureDeps } from '../feature.js';
import { appendEvent, disclosureInWorkspace, type DisclosureWithRep } from './disclosure-store.js';
import { followUpItems } from './outbox-items.js';
import { decisionRight, isOpen, OPEN_STATUSES } from './rules.js';
import { slackDate } from './slack-date.js';

type Deps = Pick<FeatureDeps, 'db' | 'clock' | 'outbox'>;
export type Decision = { action: 'approved' | 'rejected' | 'asked'; note?: string };

/** The refusal says who can decide: the rep's manager, else an admin. */
async function refusal(deps: Deps, rep: Member, right: 'own' | 'not_reviewer'): Promise<ForbiddenError> {
  const manager = rep.managerId ? await deps.db.member.findUnique({ where: { id: rep.managerId } }) : null;
  const key = right === 'own'
    ? (manager ? 'disclosures.forbidden_own_manager' : 'disclosures.forbidden_own_admin')
    : (manager ? 'disclosures.forbidden_not_reviewer_manager' : 'disclosures.forbidden_not_reviewer_admin');
  return new ForbiddenError(key, { manager: manager?.slackUserId ?? '', rep: rep.slackUserId });
}

/** Why nothing can be decided any more: who decided and when, withdrawn, or amended since. */
export function closedError(disclosure: Disclosure): UserError {
  if (disclosure.supersededById) return new UserError('disclosures.not_current');
  if (disclosure.status === 'withdrawn') return new UserError('disclosures.closed_withdrawn');
  const key = disclosure.status === 'approved' ? 'disclosures.already_approved' : 'disclosures.already_rejected';
  return new UserError(key, { user: disclosure.decidedBy ?? '', when: slackDate(disclosure.decidedAt ?? disclosure.updatedAt) });
}

/** The disclosure a reviewer may act on now, or the refusal / "already decided" error. */
export async function reviewable(deps: Deps, actor: Actor, disclosureId: string): Promise<DisclosureWithRep> {
  const disclosure = await disclosureInWorkspace(deps.db, actor.workspace.id, disclosureId);
  const right = decisionRight(actor, disclosure.rep);
  if (right !== 'allowed') throw await refusal(deps, disclosure.rep, right);
  if (!isOpen(disclosure.status) || disclosure.supersededById) throw closedError(disclosure);
  return disclosure;
}

/**
 * Approve, reject or ask. The status change is a conditional update on an open, current version:
 * of two clicks (or two reviewers) at once exactly one matches, the other hears who decided.
 */
export async function decide(deps: Deps, actor: Actor, disclosureId: string, decision: Decision) {
  const now = deps.clock.now();
  const disclosure = await reviewable(deps, actor, disclosureId);
  const who = actor.member.slackUserId;
  const data = decision.action === 'asked' ? { status: 'needs_details' as const } : { status: decision.action, decidedBy: who, decidedAt: now };
  const event = await deps.db.$transaction(async (tx) => {
    const changed = await tx.disclosure.updateMany({ where: { id: disclosure.id, status: { in: [...OPEN_STATUSES] }, supersededById: null }, data });
    if (changed.count === 0) return undefined;
    return appendEvent(tx, { disclosureId: disclosure.id, actorSlackId: who, action: decision.action, note: decision.note ?? null, createdAt: now });
  });
  if (!event) throw closedError(await deps.db.disclosure.findUniqueOrThrow({ where: { id: disclosure.id } }));
  await deps.outbox.enqueue(followUpItems(disclosure, event.id, now, { dmRep: true }));
  return { disclosure, event };
}

/** The question an Answer button names, if it is the actor's own and still waiting. */
export async function openQuestion(deps: Pick<Deps, 'db'>, actor: Actor, questionId: string) {
  const question = isRecordId(questionId)
    ? await deps.db.disclosureEvent.findFirst({ where: { id: questionId, action: 'asked', disclosure: { workspaceId: actor.workspace.id } }, include: { disclosure: true } })
    : null;
  if (!question) throw new UserError('disclosures.not_found');
  if (question.disclosure.repId !== actor.member.id) throw new ForbiddenError('disclosures.answer_not_yours');
  if (!isOpen(question.disclosure.status) || question.disclosure.supersededById) throw closedError(question.disclosure);
  if ((await deps.db.disclosureEvent.count({ where: { questionId } })) > 0) throw new UserError('disclosures.already_answered');
  return question;
}

/** The rep's answer: kept in the trail (once per question), back to pending review, told in the thread. */
export async function answerQuestion(deps: Deps, actor: Actor, questionId: string, answer: string) {
  const now = deps.clock.now();
  const question = await openQuestion(deps, actor, questionId);
  const disclosure = question.disclosure;
  const event = await deps.db.$transaction(async (tx) => {
    const created = await appendEvent(tx, { disclosureId: disclosure.id, actorSlackId: actor.member.slackUserId, action: 'answered', note: answer, questionId, createdAt: now });
    await tx.disclosure.updateMany({ where: { id: disclosure.id, status: 'needs_details' }, data: { status: 'pending' } });
    return created;
  });
  await deps.outbox.enqueue(followUpItems(disclosure, event.id, now, { dmRep: false }));
  return { disclosure, event };
}
