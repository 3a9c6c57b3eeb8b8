import { isRecordId } from '../../db/record-id.js';
import { recordAudit } from '../../audit.js';
import type { Clock } from '../../clock.js';
import type { Db } from '../../db/client.js';
import { ForbiddenError, UserError } from '../../errors.js';
import type { Account, Call, Member } from '../../generated/sqlite/client.js';
import type { Log } from '../../log.js';
import type { Actor } from '../../members/member-service.js';
import { localDayOf, localWeekOf } from '../../time/local-time.js';
import { accountFor, type AccountChoice } from './account-service.js';
import type { CallOutcome, CallType, DealStage } from './rules.js';
import { isUniqueViolation } from '../../db/unique-violation.js';

export type CallDeps = { db: Db; clock: Clock; log: Log };

export type CallFields = {
  contact?: string;
  type?: CallType;
  occurredAt: Date;
  outcome?: CallOutcome;
  value?: string;
  stage?: DealStage;
  nextStep?: string;
  nextStepDate?: string;
  notes?: string;
};

export type CallInput = CallFields & { account: AccountChoice };
export type CallWithAccount = Call & { account: Account };
export type CallWithRep = CallWithAccount & { rep: Member };
/** What a confirmation shows: the call and its account's name (the hot path reads no more). */
export type LoggedCall = Call & { account: Pick<Account, 'id' | 'name'> };
export type Logged = { call: LoggedCall; created: boolean };

const UNDO_WINDOW_MS = 10 * 60 * 1000;
const LIST_SIZE = 10;

export function columnsOf(fields: CallFields, tz: string) {
  return {
    contact: fields.contact ?? null,
    type: fields.type ?? null,
    occurredAt: fields.occurredAt,
    localDay: localDayOf(fields.occurredAt, tz),
    localWeek: localWeekOf(fields.occurredAt, tz),
    outcome: fields.outcome ?? null,
    value: fields.value ?? null,
    stage: fields.stage ?? null,
    nextStep: fields.nextStep ?? null,
    nextStepDate: fields.nextStepDate ?? null,
    notes: fields.notes ?? null,
  };
}

/** What the audit trail keeps of a call. */
export function snapshotOf(call: Call & { account?: Account; rep?: Member }) {
  const { createdAt: _c, updatedAt: _u, sourceKey: _s, account: _a, rep: _r, ...rest } = call;
  return { ...rest, value: call.value?.toString() ?? null, occurredAt: call.occurredAt.toISOString() };
}

export async function callBySourceKey(deps: CallDeps, actor: Actor, sourceKey: string): Promise<CallWithAccount | null> {
  const call = await deps.db.call.findUnique({ where: { sourceKey }, include: { account: true } });
  return call && call.repId === actor.member.id ? call : null;
}

/**
 * Stores a call once per Slack request: `sourceKey` (trigger_id or view id) is unique, so a replay
 * or a double submission finds the call already stored instead of logging a second one.
 */
export async function logCall(deps: CallDeps, actor: Actor, input: CallInput, sourceKey: string): Promise<Logged> {
  const existing = await callBySourceKey(deps, actor, sourceKey);
  if (existing) return { call: existing, created: false };
  return insertCallOnce(deps, actor, input, sourceKey);
}

/** For callers that already looked for `sourceKey`: a replay racing this insert is settled by the unique index. */
export async function insertCallOnce(deps: CallDeps, actor: Actor, input: CallInput, sourceKey: string): Promise<Logged> {
  try {
    return { call: await insertCall(deps, actor, input, sourceKey), created: true };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const raced = await callBySourceKey(deps, actor, sourceKey);
    if (raced) return { call: raced, created: false };
    // Someone else created the same new account a moment ago: it exists now, so once more.
    return { call: await insertCall(deps, actor, input, sourceKey), created: true };
  }
}

/**
 * A call on an account that exists needs no transaction: one insert (a trigger moves the account's
 * lastCallAt forward). Only a new account is created in a transaction with its first call.
 */
async function insertCall(deps: CallDeps, actor: Actor, input: CallInput, sourceKey: string): Promise<CallWithAccount> {
  const now = deps.clock.now();
  const workspaceId = actor.workspace.id;
  const write = async (db: Pick<Db, 'account' | 'call'>) => {
    const account = await accountFor(db, workspaceId, input.account, now);
    const created = await db.call.create({
      data: { workspaceId, repId: actor.member.id, accountId: account.id, sourceKey, createdAt: now, ...columnsOf(input, actor.member.tz) },
    });
    return { ...created, account };
  };
  const call = 'newName' in input.account ? await deps.db.$transaction(write) : await write(deps.db);
  deps.log.info({ feature: 'calls', userId: actor.member.slackUserId, callId: call.id }, 'call logged');
  return call;
}

/** A call the actor may change: only its author, or an admin (a manager may read but not rewrite it). */
export async function callToChange(deps: Pick<CallDeps, 'db'>, actor: Actor, callId: string): Promise<CallWithRep> {
  const where = { id: callId, workspaceId: actor.workspace.id };
  const call = isRecordId(callId) ? await deps.db.call.findFirst({ where, include: { account: true, rep: true } }) : null;
  if (!call) throw new UserError('calls.not_found');
  if (call.repId !== actor.member.id && !actor.isAdmin) throw new ForbiddenError('calls.forbidden_change');
  return call;
}

/** Rewrites a call (author or admin), keeping its before and after in the audit trail. */
export async function updateCall(deps: CallDeps, actor: Actor, before: CallWithRep, input: CallInput): Promise<CallWithAccount> {
  const callId = before.id;
  return deps.db.$transaction(async (tx) => {
    const account = await accountFor(tx, actor.workspace.id, input.account, deps.clock.now());
    const after = await tx.call.update({
      where: { id: callId },
      data: { accountId: account.id, updatedAt: deps.clock.now(), ...columnsOf(input, before.rep.tz) },
      include: { account: true },
    });
    await auditCall(tx, actor, after.id, 'updated', { before: snapshotOf(before), after: snapshotOf(after) });
    return after;
  });
}

export async function deleteCall(deps: CallDeps, actor: Actor, callId: string, undoKey?: string): Promise<CallWithAccount> {
  const call = await callToChange(deps, actor, callId);
  await deps.db.$transaction(async (tx) => {
    await tx.call.delete({ where: { id: call.id } });
    const action = undoKey ? 'undone' : 'deleted';
    await auditCall(tx, actor, call.id, action, { before: snapshotOf(call), ...(undoKey ? { after: { undoKey } } : {}) });
  });
  return call;
}

/**
 * Deletes my newest call if I logged it in the last 10 minutes. The command's trigger_id is kept in
 * the audit entry, so a replayed `/call undo` does not delete the call before it too.
 */
export async function undoLastCall(deps: CallDeps, actor: Actor, undoKey: string): Promise<CallWithAccount> {
  const replayed = await deps.db.auditEntry.findFirst({
    where: { workspaceId: actor.workspace.id, entity: 'call', action: 'undone', after: JSON.stringify({ undoKey }) },
  });
  if (replayed) throw new UserError('calls.undo_replayed');
  const since = new Date(deps.clock.now().getTime() - UNDO_WINDOW_MS);
  const last = await deps.db.call.findFirst({
    where: { repId: actor.member.id, createdAt: { gte: since } },
    orderBy: { createdAt: 'desc' },
  });
  if (!last) throw new UserError('calls.undo_nothing');
  return deleteCall(deps, actor, last.id, undoKey);
}

export async function listMyCalls(deps: Pick<CallDeps, 'db'>, actor: Actor): Promise<CallWithAccount[]> {
  return deps.db.call.findMany({
    // The workspace makes the (workspaceId, repId, …) index usable: without it a rep's list scans every call.
    where: { workspaceId: actor.workspace.id, repId: actor.member.id },
    orderBy: [{ occurredAt: 'desc' }, { createdAt: 'desc' }],
    take: LIST_SIZE,
    include: { account: true },
  });
}

function auditCall(tx: Pick<Db, 'auditEntry'>, actor: Actor, callId: string, action: string, change: { before?: unknown; after?: unknown }) {
  return recordAudit(tx, { workspaceId: actor.workspace.id, actorSlackId: actor.member.slackUserId, entity: 'call', entityId: callId, action, ...change });
}
