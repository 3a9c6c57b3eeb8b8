import { recordAudit } from '../../audit.js';
import type { Db } from '../../db/client.js';
import type { AttestationKind, Member, Workspace } from '../../generated/sqlite/client.js';
import type { Actor } from '../../members/member-service.js';
import type { Clock } from '../../clock.js';
import { localDayOf } from '../../time/local-time.js';
import { ATTESTATION_ENTITY } from './ids.js';
import { attestationPeriodOf } from './rules.js';
import { isUniqueViolation } from '../../db/unique-violation.js';

type Deps = { db: Db; clock: Clock };

/** The member's current re-attestation period, from their own local day and the workspace setting. */
export function currentPeriodOf(member: Pick<Member, 'tz'>, workspace: Pick<Workspace, 'attestationMonths'>, now: Date): string {
  return attestationPeriodOf(localDayOf(now, member.tz), workspace.attestationMonths);
}

/**
 * Records that the member attested for the current period (a disclosure, or "nothing to
 * disclose"), once per period: a second one (a double click, a second disclosure) changes nothing.
 */
export async function recordAttestation(deps: Deps, actor: Actor, kind: AttestationKind): Promise<{ created: boolean; period: string }> {
  const now = deps.clock.now();
  const period = currentPeriodOf(actor.member, actor.workspace, now);
  try {
    await deps.db.$transaction(async (tx) => {
      const attestation = await tx.attestation.create({ data: { memberId: actor.member.id, period, kind, at: now } });
      await recordAudit(tx, {
        workspaceId: actor.workspace.id, actorSlackId: actor.member.slackUserId, entity: ATTESTATION_ENTITY,
        entityId: attestation.id, action: kind, after: { period, kind }, at: now,
      });
    });
    return { created: true, period };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return { created: false, period };
  }
}

export async function hasAttested(db: Db, member: Member, workspace: Workspace, now: Date): Promise<boolean> {
  const period = currentPeriodOf(member, workspace, now);
  return (await db.attestation.count({ where: { memberId: member.id, period } })) > 0;
}
