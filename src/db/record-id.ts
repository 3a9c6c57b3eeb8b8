import { randomUUID } from 'node:crypto';

/**
 * Ids of our rows are cuids. Ids that come back from Slack (button values, option values) are checked
 * against this before they reach a query: a forged value is then simply "not found".
 */
export function isRecordId(value: string): boolean {
  return /^[a-z0-9]{20,40}$/.test(value);
}

/**
 * A new row id shaped like Prisma's cuid() ("c", a time part, randomness), for rows written by raw
 * SQL. randomUUID draws from a pooled entropy cache: a fresh randomBytes per id cost ~4% of a /call.
 */
export function newRecordId(now: Date): string {
  return `c${now.getTime().toString(36)}${randomUUID().replace(/-/g, '').slice(0, 16)}`;
}
