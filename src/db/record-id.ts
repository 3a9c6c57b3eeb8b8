import { randomBytes } from 'node:crypto';

/**
 * Ids of our rows are cuids. Ids that come back from Slack (button values, option values) are checked
 * against this before they reach a query: a forged value is then simply "not found".
 */
export function isRecordId(value: string): boolean {
  return /^[a-z0-9]{20,40}$/.test(value);
}

/** A new row id of the same shape as Prisma's cuid(), for rows written by raw SQL. */
export function newRecordId(): string {
  const random = BigInt(`0x${randomBytes(16).toString('hex')}`).toString(36).padStart(25, '0').slice(0, 24);
  return `c${random}`;
}
