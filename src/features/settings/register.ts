import type { Feature } from '../feature.js';
import { onSetup, onSetupSubmit } from './handlers.js';
import { SETUP_MODAL, SETUP_SUBCOMMAND } from './ids.js';

/** Workspace settings: `/outfield setup` and its modal. */
export const settingsFeature: Feature = {
  commands: [],
  outfieldSubcommands: (deps) => ({ [SETUP_SUBCOMMAND]: onSetup(deps) }),
  register(routes, deps) {
    routes.view(SETUP_MODAL, onSetupSubmit(deps));
  },
};
