/** Slack ids of the workspace settings modal (`/outfield setup`). */
export const SETUP_SUBCOMMAND = 'setup';
export const SETUP_MODAL = 'settings_setup_modal';

/** block_id → action_id of each input; the block id is where Slack shows a field's error. */
export const FIELDS = {
  workingDays: { block: 'settings_working_days', action: 'settings_working_days_input' },
  holidays: { block: 'settings_holidays', action: 'settings_holidays_input' },
  nudgeTime: { block: 'settings_nudge_time', action: 'settings_nudge_time_input' },
  recapWeekday: { block: 'settings_recap_weekday', action: 'settings_recap_weekday_input' },
  recapTime: { block: 'settings_recap_time', action: 'settings_recap_time_input' },
  digestTime: { block: 'settings_digest_time', action: 'settings_digest_time_input' },
  weeklyNudgeCap: { block: 'settings_weekly_cap', action: 'settings_weekly_cap_input' },
  currency: { block: 'settings_currency', action: 'settings_currency_input' },
  defaultLocale: { block: 'settings_language', action: 'settings_language_input' },
  reviewChannelId: { block: 'settings_review_channel', action: 'settings_review_channel_input' },
  leaderboardChannelId: { block: 'settings_leaderboard_channel', action: 'settings_leaderboard_channel_input' },
  attestationMonths: { block: 'settings_attestation_months', action: 'settings_attestation_months_input' },
} as const;

export type FieldName = keyof typeof FIELDS;
