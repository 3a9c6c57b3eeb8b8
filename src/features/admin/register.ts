import type { Feature, SubcommandHandler } from '../feature.js';
import { onHelp, onOutfieldCommand, onRole, onTeam } from './handlers.js';
import { OUTFIELD_COMMAND } from './ids.js';

/** `/outfield`: help, roles and teams here; other features add their own subcommands. */
export function adminFeature(subcommandsFromFeatures: Record<string, SubcommandHandler>): Feature {
  return {
    commands: [OUTFIELD_COMMAND],
    register(routes, deps) {
      routes.command(
        OUTFIELD_COMMAND,
        onOutfieldCommand({
          ...subcommandsFromFeatures,
          help: onHelp,
          role: onRole(deps),
          team: onTeam(deps),
        }),
      );
    },
  };
}
