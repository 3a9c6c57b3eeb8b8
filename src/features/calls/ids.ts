/** Slack ids of the calls feature: defined once, imported by views, handlers and tests. */
export const CALL_COMMAND = '/call';

/** "Log a call" buttons anywhere in the app (nudges, App Home) open the Log a call modal. */
export const LOG_CALL_ACTION = 'calls_open_log_modal';

export const CALL_MODAL = 'calls_log_modal';
export const EDIT_CALL_ACTION = 'calls_edit';
export const DELETE_CALL_ACTION = 'calls_delete';
/** Buttons of the "did you mean…?" prompt are `calls_choose_account:<n>` (ids must differ within a block). */
export const CHOOSE_ACCOUNT_ACTION = 'calls_choose_account';
export const ACCOUNT_SELECT_ACTION = 'calls_account_select';

/** Block ids of the modal's inputs; each input's action_id equals its block_id (but the account select). */
export const CALL_BLOCKS = {
  account: 'calls_account',
  contact: 'calls_contact',
  type: 'calls_type',
  day: 'calls_when_day',
  time: 'calls_when_time',
  outcome: 'calls_outcome',
  value: 'calls_value',
  stage: 'calls_stage',
  nextStep: 'calls_next_step',
  nextStepDate: 'calls_next_step_date',
  notes: 'calls_notes',
} as const;

export type CallBlock = (typeof CALL_BLOCKS)[keyof typeof CALL_BLOCKS];

/** The App Home's button row of the calls feature. */
export const HOME_ACTIONS_BLOCK = 'calls_home_actions';
