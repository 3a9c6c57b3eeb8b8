import type { Feature } from '../feature.js';
import { onIncentiveCommand, onLeaderboardCommand } from './handlers.js';
import { programsHomeSection } from './home.js';
import { INCENTIVE_COMMAND, LEADERBOARD_COMMAND, PROGRAM_MODAL } from './ids.js';
import { onProgramSubmit } from './modal-handlers.js';
import { incentiveOutboxKinds } from './outbox-kinds.js';
import { programPlanner } from './planners.js';

/** `/incentive`, `/leaderboard`, the New incentive program modal, and the programs' posts (SPEC §3, §4.4). */
export const incentivesFeature: Feature = {
  commands: [INCENTIVE_COMMAND, LEADERBOARD_COMMAND],
  scheduled: (deps) => ({ planners: [programPlanner(deps)], kinds: incentiveOutboxKinds(deps) }),
  home: (deps) => [programsHomeSection(deps)],
  register(routes, deps) {
    routes.command(INCENTIVE_COMMAND, onIncentiveCommand(deps));
    routes.command(LEADERBOARD_COMMAND, onLeaderboardCommand(deps));
    routes.view(PROGRAM_MODAL, onProgramSubmit(deps));
  },
};
