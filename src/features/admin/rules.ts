import { UserError } from '../../errors.js';
import { parseUserMention } from '../../slack/mentions.js';

export type RoleChange = { slackUserId: string; role: 'manager' | 'rep' };

/** `@user manager|rep` → the change, or the usage as a UserError. */
export function parseRoleArgs(words: readonly string[]): RoleChange {
  const [mention, role, ...rest] = words;
  const slackUserId = mention ? parseUserMention(mention) : undefined;
  const normalizedRole = role?.toLowerCase();
  if (!slackUserId || (normalizedRole !== 'manager' && normalizedRole !== 'rep') || rest.length > 0) {
    throw new UserError('admin.role_usage');
  }
  return { slackUserId, role: normalizedRole };
}

export type TeamChange = { managerSlackId: string; repSlackIds: string[] };

/** `@manager @rep1 @rep2 …` → the change; every word must be a mention. */
export function parseTeamArgs(words: readonly string[]): TeamChange {
  const ids = words.map((word) => parseUserMention(word));
  const [managerSlackId, ...repSlackIds] = ids;
  if (!managerSlackId || repSlackIds.length === 0 || ids.some((id) => id === undefined)) {
    throw new UserError('admin.team_usage');
  }
  return { managerSlackId, repSlackIds: [...new Set(repSlackIds as string[])] };
}
