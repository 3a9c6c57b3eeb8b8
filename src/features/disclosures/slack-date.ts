/**
 * A date Slack renders in each reader's own time zone and locale (a review channel has readers in
 * many zones); the fallback, shown by clients that cannot, is the UTC instant.
 */
export function slackDate(at: Date): string {
  const seconds = Math.floor(at.getTime() / 1000);
  const fallback = `${at.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  return `<!date^${seconds}^{date_short_pretty} {time}|${fallback}>`;
}
