import type { Member } from '../../generated/sqlite/client.js';
import type { Translate } from '../../i18n/index.js';
import { ephemeral } from '../../slack/blocks.js';

export function teamMessage(t: Translate, manager: Member, team: readonly Member[]) {
  if (team.length === 0) return ephemeral(t('admin.team_empty', { manager: manager.slackUserId }));
  const reps = team.map((rep) => `<@${rep.slackUserId}>`).join(', ');
  return ephemeral(t('admin.team_listing', { manager: manager.slackUserId, count: team.length, reps }));
}

export function roleMessage(t: Translate, slackUserId: string, role: 'manager' | 'rep', changed: boolean) {
  const roleName = t(role === 'manager' ? 'admin.role_name_manager' : 'admin.role_name_rep');
  return ephemeral(t(changed ? 'admin.role_set' : 'admin.role_unchanged', { user: slackUserId, role: roleName }));
}
