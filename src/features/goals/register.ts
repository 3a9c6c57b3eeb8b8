import type { Feature } from '../feature.js';
import { goalHomeSection } from './home-section.js';
import { onGoalCommand, onSetGoalsSubmit } from './handlers.js';
import { GOAL_COMMAND, SET_GOALS_MODAL } from './ids.js';

/** `/goal`, the Set goals modal and the goals part of the App Home (SPEC §3, §4.3). */
export const goalsFeature: Feature = {
  commands: [GOAL_COMMAND],
  home: (deps) => [goalHomeSection(deps)],
  register(routes, deps) {
    routes.command(GOAL_COMMAND, onGoalCommand(deps));
    routes.view(SET_GOALS_MODAL, onSetGoalsSubmit(deps));
  },
};
