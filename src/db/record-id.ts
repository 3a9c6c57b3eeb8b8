/**
 * Ids of our rows are cuids. Ids that come back from Slack (button values, option values) are checked
 * against this before they reach a query: a forged value is then simply "not found".
 */
export function isRecordId(value: string): boolean {
  return /^[a-z0-9]{20,40}$/.test(value);
}
