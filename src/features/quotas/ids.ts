/** Slack ids of the quotas feature: defined once, imported by views, handlers and tests. */
export const QUOTA_COMMAND = '/quota';

export const NUDGE_ACTIONS_BLOCK = 'quotas_nudge_actions';
export const SNOOZE_TODAY_ACTION = 'quotas_snooze_today';
export const OPEN_AWAY_MODAL_ACTION = 'quotas_open_away_modal';

export const AWAY_MODAL = 'quotas_away_modal';
export const AWAY_DATE_BLOCK = 'quotas_away_date';
export const AWAY_DATE_ACTION = 'quotas_away_date_input';

/** Outbox kinds (the first part of each dedupe key). */
export const NUDGE_KIND = 'nudge';
export const RECAP_KIND = 'recap';
export const DIGEST_KIND = 'digest';

/** App Home blocks of the quotas sections. */
export const HOME_ACTIONS_BLOCK = 'quotas_home_actions';
export const HOME_TEAM_ACTIONS_BLOCK = 'quotas_home_team_actions';
