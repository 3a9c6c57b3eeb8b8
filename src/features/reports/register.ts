import type { Feature } from '../feature.js';
import { onAccountOwner, onExportCalls, onKeyAccounts, onOpenRepCalls, onReport } from './handlers.js';
import { ACCOUNT_OWNER_SUBCOMMAND, EXPORT_CALLS_SUBCOMMAND, KEY_ACCOUNTS_SUBCOMMAND, OPEN_REP_CALLS_ACTION, REPORT_SUBCOMMAND } from './ids.js';
import { reportOutboxKinds } from './outbox-kinds.js';
import { neglectPlanner } from './planners.js';

/** `/outfield report`, key accounts (80/20) and their neglect DM, CSV exports (SPEC §3, §4.3, §4.5). */
export const reportsFeature: Feature = {
  commands: [],
  outfieldSubcommands: (deps) => ({
    [REPORT_SUBCOMMAND]: onReport(deps),
    [KEY_ACCOUNTS_SUBCOMMAND]: onKeyAccounts(deps),
    [ACCOUNT_OWNER_SUBCOMMAND]: onAccountOwner(deps),
    [EXPORT_CALLS_SUBCOMMAND]: onExportCalls(deps),
  }),
  scheduled: (deps) => ({ planners: [neglectPlanner(deps)], kinds: reportOutboxKinds(deps) }),
  register(routes, deps) {
    routes.action(OPEN_REP_CALLS_ACTION, onOpenRepCalls(deps));
  },
};
