import type { DatabaseProvider } from '../../db/provider.js';
import type { Account } from '../../generated/sqlite/client.js';
import type { ActorSource } from '../../members/actor-cache.js';
import type { Actor } from '../../members/member-service.js';
import type { Metrics } from '../../metrics/metrics.js';
import { findAccountByName, findLikelyDuplicates } from './account-service.js';
import { insertCallFast } from './call-insert.js';
import { insertCallOnce, type CallDeps, type CallFields, type Logged } from './call-service.js';
import type { PendingCall } from './pending-call.js';
import type { QuickCall } from './rules.js';
import { normalizeAccountName } from './text-rules.js';
import { resolveOccurredAt } from './when-rules.js';

export type QuickCallDeps = CallDeps & { provider: DatabaseProvider; metrics: Metrics };

export type QuickResult =
  | ({ kind: 'logged' } & Logged)
  | { kind: 'ambiguous'; duplicates: Account[]; pending: PendingCall };

export function fieldsOfQuickCall(quick: QuickCall, now: Date, tz: string): CallFields {
  const { accountName: _name, date, ...rest } = quick;
  return { ...rest, occurredAt: resolveOccurredAt({ day: date, now, tz }) };
}

/**
 * `/call <account>: …` on an existing account is one statement with the (possibly cached) actor;
 * anything else — a new or misspelt account, a replay, an actor changed since it was cached — goes
 * the ordinary way with a freshly read actor. The result says which actor to answer as.
 */
export async function logQuickCall(deps: QuickCallDeps, actors: ActorSource, quick: QuickCall, sourceKey: string): Promise<QuickResult & { actor: Actor }> {
  const cached = actors.current;
  const now = deps.clock.now();
  const fields = fieldsOfQuickCall(quick, now, cached.member.tz);
  const fast = await insertCallFast({ db: deps.db, provider: deps.provider, now }, cached, normalizeAccountName(quick.accountName), fields, sourceKey);
  if (fast) {
    deps.metrics.callsLogged.inc({ path: 'one_statement' });
    deps.log.info({ feature: 'calls', userId: cached.member.slackUserId, callId: fast.id }, 'call logged');
    return { kind: 'logged', call: fast, created: true, actor: cached };
  }
  const actor = await actors.verified();
  const result = await logQuickCallChecked(deps, actor, quick, sourceKey);
  if (result.kind === 'logged' && result.created) deps.metrics.callsLogged.inc({ path: 'ordinary' });
  return { ...result, actor };
}

/**
 * Logs at once (a replayed trigger_id is settled by the unique sourceKey) when the account exists or is clearly new; when the name is
 * close to existing accounts ("Acme" vs "Acme Corporation") nothing is stored and the rep chooses.
 */
async function logQuickCallChecked(deps: CallDeps, actor: Actor, quick: QuickCall, sourceKey: string): Promise<QuickResult> {
  const fields = fieldsOfQuickCall(quick, deps.clock.now(), actor.member.tz);
  const workspaceId = actor.workspace.id;
  const exact = await findAccountByName(deps.db, workspaceId, quick.accountName);
  if (exact) return { kind: 'logged', ...(await insertCallOnce(deps, actor, { ...fields, account: { account: exact } }, sourceKey)) };
  // A replay of a call that created its account finds that account above; only a first request gets here.
  const duplicates = await findLikelyDuplicates(deps.db, workspaceId, quick.accountName);
  if (duplicates.length > 0) return { kind: 'ambiguous', duplicates, pending: { sourceKey, name: quick.accountName, fields } };
  return { kind: 'logged', ...(await insertCallOnce(deps, actor, { ...fields, account: { newName: quick.accountName } }, sourceKey)) };
}
