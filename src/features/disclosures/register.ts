import type { Feature } from '../feature.js';
import { auditExportKind } from './audit-export.js';
import { onAmend, onDiscloseCommand, onDiscloseSubmit, onExportAudit, onNothingToDisclose, onOpenDisclose, onWithdraw } from './handlers.js';
import { disclosureHomeSections } from './home.js';
import {
  AMEND_ACTION, ANSWER_ACTION, ANSWER_MODAL, APPROVE_ACTION, ASK_ACTION, ASK_MODAL, DISCLOSE_COMMAND, DISCLOSE_MODAL,
  EXPORT_AUDIT_SUBCOMMAND, NOTHING_TO_DISCLOSE_ACTION, OPEN_DISCLOSE_ACTION, REJECT_ACTION, REJECT_MODAL, WITHDRAW_ACTION,
} from './ids.js';
import { disclosureOutboxKinds } from './outbox-kinds.js';
import { reviewPostPlanner } from './planners.js';
import { promptKind, promptPlanner } from './prompts.js';
import { onAnswer, onAnswerSubmit, onApprove, onAsk, onAskSubmit, onReject, onRejectSubmit } from './review-handlers.js';

/** `/disclose`, the review post and its thread, prompts, and `/outfield export audit` (SPEC §3, §4.6). */
export const disclosuresFeature: Feature = {
  commands: [DISCLOSE_COMMAND],
  outfieldSubcommands: (deps) => ({ [EXPORT_AUDIT_SUBCOMMAND]: onExportAudit(deps) }),
  scheduled: (deps) => ({
    planners: [reviewPostPlanner(deps), promptPlanner(deps)],
    kinds: [...disclosureOutboxKinds(deps), promptKind(deps), auditExportKind(deps)],
  }),
  home: (deps) => disclosureHomeSections(deps),
  register(routes, deps) {
    routes.command(DISCLOSE_COMMAND, onDiscloseCommand(deps));
    routes.view(DISCLOSE_MODAL, onDiscloseSubmit(deps));
    routes.action(OPEN_DISCLOSE_ACTION, onOpenDisclose());
    routes.action(NOTHING_TO_DISCLOSE_ACTION, onNothingToDisclose(deps));
    routes.action(AMEND_ACTION, onAmend(deps));
    routes.action(WITHDRAW_ACTION, onWithdraw(deps));
    routes.action(APPROVE_ACTION, onApprove(deps));
    routes.action(REJECT_ACTION, onReject(deps));
    routes.action(ASK_ACTION, onAsk(deps));
    routes.view(REJECT_MODAL, onRejectSubmit(deps));
    routes.view(ASK_MODAL, onAskSubmit(deps));
    routes.action(ANSWER_ACTION, onAnswer(deps));
    routes.view(ANSWER_MODAL, onAnswerSubmit(deps));
  },
};
