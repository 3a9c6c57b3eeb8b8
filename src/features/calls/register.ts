import type { Feature } from '../feature.js';
import { callsHomeSections } from './home-section.js';
import { isQuickCallCommand, onCallCommand, onChooseAccount, onDeleteButton, onEditButton, onLogCallButton } from './handlers.js';
import { ACCOUNT_SELECT_ACTION, CALL_COMMAND, CALL_MODAL, CHOOSE_ACCOUNT_ACTION, DELETE_CALL_ACTION, EDIT_CALL_ACTION, LOG_CALL_ACTION } from './ids.js';
import { onAccountOptions, onCallModalSubmit } from './modal-handlers.js';
import { callConfirmationKind } from './outbox-kinds.js';

/** `/call`, the Log a call modal and the call buttons (SPEC §3, §4.1). */
export const callsFeature: Feature = {
  commands: [CALL_COMMAND],
  trustsCachedActor: isQuickCallCommand,
  home: callsHomeSections,
  scheduled: (deps) => ({ planners: [], kinds: [callConfirmationKind(deps.db)] }),
  register(routes, deps) {
    routes.command(CALL_COMMAND, onCallCommand(deps));
    routes.action(LOG_CALL_ACTION, onLogCallButton(deps));
    routes.action(EDIT_CALL_ACTION, onEditButton(deps));
    routes.action(DELETE_CALL_ACTION, onDeleteButton(deps));
    routes.action(new RegExp(`^${CHOOSE_ACCOUNT_ACTION}:`), onChooseAccount(deps));
    routes.view(CALL_MODAL, onCallModalSubmit(deps));
    routes.options(ACCOUNT_SELECT_ACTION, onAccountOptions(deps));
  },
};
