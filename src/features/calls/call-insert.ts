import type { Db } from '../../db/client.js';
import type { DatabaseProvider } from '../../db/provider.js';
import { newRecordId } from '../../db/record-id.js';
import { typedParam } from '../../db/sql-casts.js';
import { Prisma, type Call } from '../../generated/sqlite/client.js';
import type { Actor } from '../../members/member-service.js';
import { columnsOf, type CallFields, type LoggedCall } from './call-service.js';

export type FastInsertDeps = { db: Db; provider: DatabaseProvider; now: Date };

/**
 * Logs a call on an account found by its normalized name in ONE statement, the whole cost of a
 * `/call` on the hot path (SPEC §6): the account lookup is a join, `lastCallAt` is kept by a trigger,
 * and the statement inserts nothing unless the actor's member and workspace rows still have the
 * versions the cached actor was read at (a role, team or profile change bumps them on any
 * instance). `undefined` means nothing was stored: no such account, a stale actor, or a replayed
 * sourceKey; the caller then takes the ordinary path, which tells these apart.
 */
export async function insertCallFast(deps: FastInsertDeps, actor: Actor, normalizedName: string, fields: CallFields, sourceKey: string): Promise<LoggedCall | undefined> {
  const { db, provider, now } = deps;
  const id = newRecordId();
  const c = columnsOf(fields, actor.member.tz);
  const cast = (value: unknown, pgType: string) => typedParam(provider, value, pgType);
  const rows = await db.$queryRaw<{ accountId: string; accountName: string }[]>`
    INSERT INTO "Call" ("id", "workspaceId", "repId", "accountId", "contact", "type", "occurredAt", "localDay", "localWeek",
      "outcome", "value", "stage", "nextStep", "nextStepDate", "notes", "sourceKey", "createdAt", "updatedAt")
    SELECT ${id}, a."workspaceId", m."id", a."id", ${c.contact}, ${cast(c.type, '"CallType"')}, ${cast(c.occurredAt, 'TIMESTAMP(3)')},
      ${c.localDay}, ${c.localWeek}, ${cast(c.outcome, '"CallOutcome"')}, ${cast(c.value, 'DECIMAL(65,30)')}, ${cast(c.stage, '"DealStage"')},
      ${c.nextStep}, ${c.nextStepDate}, ${c.notes}, ${sourceKey}, ${cast(now, 'TIMESTAMP(3)')}, ${cast(now, 'TIMESTAMP(3)')}
    FROM "Account" a
    JOIN "Member" m ON m."id" = ${actor.member.id} AND m."workspaceId" = a."workspaceId" AND m."version" = ${actor.member.version}
    JOIN "Workspace" w ON w."id" = a."workspaceId" AND w."version" = ${actor.workspace.version}
    WHERE a."workspaceId" = ${actor.workspace.id} AND a."normalizedName" = ${normalizedName}
    ON CONFLICT ("sourceKey") DO NOTHING
    RETURNING "accountId", (SELECT "name" FROM "Account" WHERE "id" = "accountId") AS "accountName"`;
  const row = rows[0];
  if (!row) return undefined;
  const call: Call = {
    ...c,
    id,
    workspaceId: actor.workspace.id,
    repId: actor.member.id,
    accountId: row.accountId,
    value: c.value === null ? null : new Prisma.Decimal(c.value),
    sourceKey,
    createdAt: now,
    updatedAt: now,
  };
  return { ...call, account: { id: row.accountId, name: row.accountName } };
}
