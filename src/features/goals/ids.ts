/** Slack ids of the goals feature: defined once, imported by views, handlers and tests. */
export const GOAL_COMMAND = '/goal';

export const SET_GOALS_MODAL = 'goals_set_modal';
/** Block ids of the Set goals modal; each input's action_id equals its block_id. */
export const GOAL_BLOCKS = {
  rep: 'goals_rep',
  period: 'goals_period',
  metric: 'goals_metric',
  target: 'goals_target',
  split: 'goals_split',
  months: 'goals_months',
} as const;

export type GoalBlock = (typeof GOAL_BLOCKS)[keyof typeof GOAL_BLOCKS];
