import type { Feature } from '../feature.js';
import { quotasHomeSections } from './home-section.js';
import { onAwaySubmit, onKind, onOpenAwayModal, onQuotaCommand, onSnoozeToday } from './handlers.js';
import { AWAY_MODAL, OPEN_AWAY_MODAL_ACTION, QUOTA_COMMAND, SNOOZE_TODAY_ACTION } from './ids.js';
import { quotaOutboxKinds } from './outbox-kinds.js';
import { digestPlanner, nudgePlanner, recapPlanner } from './planners.js';

/** `/quota`, the nudge buttons, out of office, and the nudge, recap and digest schedules. */
export const quotasFeature: Feature = {
  commands: [QUOTA_COMMAND],
  outfieldSubcommands: (deps) => ({ kind: onKind(deps) }),
  home: quotasHomeSections,
  scheduled: (deps) => ({
    planners: [nudgePlanner(deps), recapPlanner(deps), digestPlanner(deps)],
    kinds: quotaOutboxKinds(deps),
  }),
  register(routes, deps) {
    routes.command(QUOTA_COMMAND, onQuotaCommand(deps));
    routes.action(SNOOZE_TODAY_ACTION, onSnoozeToday(deps));
    routes.action(OPEN_AWAY_MODAL_ACTION, onOpenAwayModal(deps));
    routes.view(AWAY_MODAL, onAwaySubmit(deps));
  },
};
