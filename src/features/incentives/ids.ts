/** Slack ids of the incentives feature: defined once, imported by views, handlers and tests. */
export const INCENTIVE_COMMAND = '/incentive';
export const LEADERBOARD_COMMAND = '/leaderboard';

export const PROGRAM_MODAL = 'incentives_program_modal';

/** Block ids of the New incentive program modal; each input's action_id equals its block_id. */
export const PROGRAM_BLOCKS = {
  name: 'incentives_name',
  metric: 'incentives_metric',
  startDate: 'incentives_start',
  endDate: 'incentives_end',
  prize: 'incentives_prize',
  targetKind: 'incentives_target_kind',
  target: 'incentives_target',
  channel: 'incentives_channel',
  cadence: 'incentives_cadence',
  weekday: 'incentives_weekday',
  time: 'incentives_time',
  timeZone: 'incentives_time_zone',
  places: 'incentives_places',
  visibility: 'incentives_visibility',
  showInactive: 'incentives_show_inactive',
  team: 'incentives_team',
} as const;

export type ProgramBlock = (typeof PROGRAM_BLOCKS)[keyof typeof PROGRAM_BLOCKS];

/** The checkbox option of "list reps with no activity". */
export const SHOW_INACTIVE_VALUE = 'show_inactive';

/** Outbox kinds (the first part of each dedupe key). */
export const STANDINGS_KIND = 'incentives.standings';
export const CELEBRATION_KIND = 'incentives.celebration';
export const FINAL_KIND = 'incentives.final';
export const CHANNEL_NOTICE_KIND = 'incentives.channel_notice';
/** The slot of a program's final results post: there is one per program. */
export const FINAL_SLOT = 'final';
/** The slot of a manual `/leaderboard post` is `manual:<request id>`, so a replayed request posts once. */
export const MANUAL_SLOT_PREFIX = 'manual:';
