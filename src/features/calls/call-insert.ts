import type { Db } from '../../db/client.js';
import { hotSqliteOf } from '../../db/hot-sqlite.js';
import type { DatabaseProvider } from '../../db/provider.js';
import { newRecordId } from '../../db/record-id.js';
import { Prisma, type Call } from '../../generated/sqlite/client.js';
import type { Actor } from '../../members/member-service.js';
import { columnsOf, type CallFields, type LoggedCall } from './call-service.js';

export type FastInsertDeps = { db: Db; provider: DatabaseProvider; now: Date };
type Row = { accountId: string; accountName: string };

/**
 * The statement, with `?` (SQLite) or `$n` placeholders in the order of `paramsOf`. PostgreSQL
 * types the parameters of an INSERT … SELECT as text, so enums, decimals and timestamps are cast.
 */
function insertSql(provider: DatabaseProvider): string {
  let n = 0;
  const p = () => (provider === 'sqlite' ? '?' : `$${(n += 1)}`);
  const cast = (pgType: string) => (provider === 'sqlite' ? p() : `CAST(${p()} AS ${pgType})`);
  return `INSERT INTO "Call" ("id", "workspaceId", "repId", "accountId", "contact", "type", "occurredAt", "localDay", "localWeek",
      "outcome", "value", "stage", "nextStep", "nextStepDate", "notes", "sourceKey", "createdAt", "updatedAt")
    SELECT ${p()}, a."workspaceId", m."id", a."id", ${p()}, ${cast('"CallType"')}, ${cast('TIMESTAMP(3)')}, ${p()}, ${p()},
      ${cast('"CallOutcome"')}, ${cast('DECIMAL(65,30)')}, ${cast('"DealStage"')}, ${p()}, ${p()}, ${p()}, ${p()}, ${cast('TIMESTAMP(3)')}, ${cast('TIMESTAMP(3)')}
    FROM "Account" a
    JOIN "Member" m ON m."id" = ${p()} AND m."workspaceId" = a."workspaceId" AND m."version" = ${p()}
    JOIN "Workspace" w ON w."id" = a."workspaceId" AND w."version" = ${p()}
    WHERE a."workspaceId" = ${p()} AND a."normalizedName" = ${p()}
    ON CONFLICT ("sourceKey") DO NOTHING
    RETURNING "accountId", (SELECT "name" FROM "Account" WHERE "id" = "accountId") AS "accountName"`;
}
const SQL = { sqlite: insertSql('sqlite'), postgresql: insertSql('postgresql') };

/**
 * Logs a call on an account found by its normalized name in ONE statement, the whole database cost
 * of a `/call` on the hot path (SPEC §6): the account lookup is a join, `lastCallAt` is kept by a
 * trigger, and nothing is inserted unless the actor's member and workspace rows still have the
 * versions the cached actor was read at (any update bumps them, on any instance). `undefined` means
 * nothing was stored — no such account, a stale actor, a replayed sourceKey, a busy SQLite — and the
 * caller takes the ordinary path, which tells these apart.
 */
export async function insertCallFast(deps: FastInsertDeps, actor: Actor, normalizedName: string, fields: CallFields, sourceKey: string): Promise<LoggedCall | undefined> {
  const { db, provider, now } = deps;
  const id = newRecordId(now);
  const c = columnsOf(fields, actor.member.tz);
  // SQLite keeps DateTime as the text Prisma's adapter writes: ISO with "+00:00".
  const at = (date: Date) => (provider === 'sqlite' ? date.toISOString().replace('Z', '+00:00') : date);
  const params = [
    id, c.contact, c.type, at(c.occurredAt), c.localDay, c.localWeek, c.outcome, c.value, c.stage, c.nextStep, c.nextStepDate, c.notes,
    sourceKey, at(now), at(now), actor.member.id, actor.member.version, actor.workspace.version, actor.workspace.id, normalizedName,
  ];
  const hot = provider === 'sqlite' ? hotSqliteOf(db) : undefined;
  const row = hot ? hot.get<Row>(SQL.sqlite, params) : (await db.$queryRawUnsafe<Row[]>(SQL[provider], ...params))[0];
  if (!row) return undefined;
  const call: Call = {
    ...c, id, workspaceId: actor.workspace.id, repId: actor.member.id, accountId: row.accountId,
    value: c.value === null ? null : new Prisma.Decimal(c.value), sourceKey, createdAt: now, updatedAt: now,
  };
  return { ...call, account: { id: row.accountId, name: row.accountName } };
}
