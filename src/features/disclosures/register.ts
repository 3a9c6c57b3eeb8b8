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
  register(app, deps) {
    app.command(DISCLOSE_COMMAND, onDiscloseCommand(deps));
    app.view(DISCLOSE_MODAL, onDiscloseSubmit(deps));
    app.action(OPEN_DISCLOSE_ACTION, onOpenDisclose());
    app.action(NOTHING_TO_DISCLOSE_ACTION, onNothingToDisclose(deps));
    app.action(AMEND_ACTION, onAmend(deps));
    app.action(WITHDRAW_ACTION, onWithdraw(deps));
    app.action(APPROVE_ACTION, onApprove(deps));
    app.action(REJECT_ACTION, onReject(deps));
    app.action(ASK_ACTION, onAsk(deps));
    app.view(REJECT_MODAL, onRejectSubmit(deps));
    app.view(ASK_MODAL, onAskSubmit(deps));
    app.action(ANSWER_ACTION, onAnswer(deps));
    app.view(ANSWER_MODAL, onAnswerSubmit(deps));
  },
};
