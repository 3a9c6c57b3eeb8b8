import { Prisma } from '../generated/sqlite/client.js';
import type { DatabaseProvider } from './provider.js';

/**
 * A parameter of a raw statement with the column type it is written to. PostgreSQL infers
 * parameters of an INSERT … SELECT as text, so enums, decimals and timestamps need a cast there;
 * SQLite takes them as they are (Prisma binds a Date as the same ISO text its ORM stores).
 */
export function typedParam(provider: DatabaseProvider, value: unknown, pgType: string): Prisma.Sql {
  if (provider === 'sqlite') return Prisma.sql`${value}`;
  return Prisma.sql`CAST(${value} AS ${Prisma.raw(pgType)})`;
}
