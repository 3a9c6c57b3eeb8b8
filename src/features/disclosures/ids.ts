/** Slack ids of the disclosures feature: defined once, imported by views, handlers and tests. */
export const DISCLOSE_COMMAND = '/disclose';
export const EXPORT_AUDIT_SUBCOMMAND = 'export audit';

/** The Disclose an outside line modal (also used to amend: private_metadata names the version). */
export const DISCLOSE_MODAL = 'disclosures_disclose_modal';
/** Block ids of the modal's inputs; each input's action_id equals its block_id. */
export const DISCLOSE_BLOCKS = {
  principal: 'disclosures_principal',
  products: 'disclosures_products',
  competes: 'disclosures_competes',
  since: 'disclosures_since',
  territory: 'disclosures_territory',
  notes: 'disclosures_notes',
} as const;
export type DiscloseBlock = (typeof DISCLOSE_BLOCKS)[keyof typeof DISCLOSE_BLOCKS];

/** Buttons of the review post and of the manager's App Home; the value is the disclosure id. */
export const REVIEW_ACTIONS_BLOCK = 'disclosures_review_actions';
export const APPROVE_ACTION = 'disclosures_approve';
export const REJECT_ACTION = 'disclosures_reject';
export const ASK_ACTION = 'disclosures_ask';

/** Reviewer's text modals: the reason of a rejection, the question; the rep's answer. */
export const REJECT_MODAL = 'disclosures_reject_modal';
export const ASK_MODAL = 'disclosures_ask_modal';
export const ANSWER_MODAL = 'disclosures_answer_modal';
export const TEXT_BLOCK = 'disclosures_text';

/** The rep's buttons: answer a question (value: the question's event id), amend and withdraw (value: disclosure id). */
export const ANSWER_ACTION = 'disclosures_answer';
export const AMEND_ACTION = 'disclosures_amend';
export const WITHDRAW_ACTION = 'disclosures_withdraw';
/** Prompt and App Home buttons: open the modal, or confirm "nothing to disclose". */
export const OPEN_DISCLOSE_ACTION = 'disclosures_open_modal';
export const NOTHING_TO_DISCLOSE_ACTION = 'disclosures_nothing_to_disclose';
export const PROMPT_ACTIONS_BLOCK = 'disclosures_prompt_actions';

/** Outbox kinds (the first part of each dedupe key). */
export const REVIEW_POST_KIND = 'disclosures.review_post';
export const THREAD_REPLY_KIND = 'disclosures.thread_reply';
export const REP_DM_KIND = 'disclosures.rep_dm';
export const CHANNEL_ALERT_KIND = 'disclosures.channel_alert';
export const PROMPT_KIND = 'disclosures.prompt';
export const AUDIT_EXPORT_KIND = 'disclosures.audit_export';

/** Where the trail's rows come from in the CSV. */
export const DISCLOSURE_ENTITY = 'disclosure';
export const ATTESTATION_ENTITY = 'attestation';
