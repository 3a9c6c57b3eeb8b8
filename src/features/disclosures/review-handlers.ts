import { UserError } from '../../errors.js';
import type { Translate } from '../../i18n/index.js';
import { actorOf } from '../../slack/actor-context.js';
import { escapeMrkdwn } from '../../slack/blocks.js';
import type { FeatureDeps } from '../feature.js';
import { afterAck, replyTo, type ButtonArgs, type ViewArgs } from './handlers.js';
import { ANSWER_MODAL, ASK_MODAL, REJECT_MODAL, TEXT_BLOCK } from './ids.js';
import { metadataOf, readTextModal } from './modal-input.js';
import { answerQuestion, decide, openQuestion, reviewable, type Decision } from './review-service.js';
import { textModal } from './views.js';

/** Approve: decided at once; the post's edit, the thread reply and the rep's DM go through the outbox. */
export const onApprove = (deps: FeatureDeps) => async (args: ButtonArgs) => {
  await args.ack();
  const actor = actorOf(args.context);
  const { disclosure } = await decide(deps, actor, args.action.value ?? '', { action: 'approved' });
  if (args.body.container?.type !== 'message') await replyTo(args, actor.t('disclosures.approved_ack', { rep: disclosure.rep.slackUserId }));
  await afterAck(deps, disclosure.rep, actor.member.slackUserId);
};

/** Reject and Ask open a text modal, but only for someone who may decide on a disclosure still open. */
const openTextModal = (deps: FeatureDeps, kind: 'reject' | 'ask') => async (args: ButtonArgs) => {
  await args.ack();
  const actor = actorOf(args.context);
  const disclosure = await reviewable(deps, actor, args.action.value ?? '');
  const view = kind === 'reject'
    ? textModal(actor.t, { callbackId: REJECT_MODAL, title: 'disclosures.reject_title', label: 'disclosures.reject_label', submit: 'disclosures.reject', about: disclosure.id })
    : textModal(actor.t, { callbackId: ASK_MODAL, title: 'disclosures.ask_title', label: 'disclosures.ask_label', submit: 'disclosures.ask_submit', about: disclosure.id });
  await args.client.views.open({ trigger_id: args.body.trigger_id, view });
};
export const onReject = (deps: FeatureDeps) => openTextModal(deps, 'reject');
export const onAsk = (deps: FeatureDeps) => openTextModal(deps, 'ask');

/** A refusal or "already decided" at submit time is shown on the form's field, which stays open. */
async function orInlineError(ack: ViewArgs['ack'], t: Translate, run: () => Promise<void>): Promise<void> {
  try {
    await run();
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    await ack({ response_action: 'errors', errors: { [TEXT_BLOCK]: t(error.key, error.params) } });
  }
}

const onDecisionSubmit = (deps: FeatureDeps, action: Decision['action']) => async ({ ack, view, context }: ViewArgs) => {
  const actor = actorOf(context);
  const read = readTextModal(view.state.values, actor.t);
  if ('errors' in read) return ack({ response_action: 'errors', errors: read.errors });
  await orInlineError(ack, actor.t, async () => {
    const { disclosure } = await decide(deps, actor, metadataOf(view.private_metadata).id ?? '', { action, note: read.text });
    await ack();
    await afterAck(deps, disclosure.rep, actor.member.slackUserId);
  });
};
export const onRejectSubmit = (deps: FeatureDeps) => onDecisionSubmit(deps, 'rejected');
export const onAskSubmit = (deps: FeatureDeps) => onDecisionSubmit(deps, 'asked');

/** The rep's Answer button (in the DM with the question) opens the answer form, showing the question. */
export const onAnswer = (deps: FeatureDeps) => async (args: ButtonArgs) => {
  await args.ack();
  const actor = actorOf(args.context);
  const question = await openQuestion(deps, actor, args.action.value ?? '');
  const intro = actor.t('disclosures.answer_intro', { user: question.actorSlackId, question: escapeMrkdwn(question.note ?? '') });
  const view = textModal(actor.t, { callbackId: ANSWER_MODAL, title: 'disclosures.answer_title', label: 'disclosures.answer_label', submit: 'disclosures.answer_submit', about: question.id, intro });
  await args.client.views.open({ trigger_id: args.body.trigger_id, view });
};

export const onAnswerSubmit = (deps: FeatureDeps) => async ({ ack, view, context, client }: ViewArgs) => {
  const actor = actorOf(context);
  const read = readTextModal(view.state.values, actor.t);
  if ('errors' in read) return ack({ response_action: 'errors', errors: read.errors });
  await orInlineError(ack, actor.t, async () => {
    await answerQuestion(deps, actor, metadataOf(view.private_metadata).id ?? '', read.text);
    await ack();
    await client.chat.postMessage({ channel: actor.member.slackUserId, text: actor.t('disclosures.answer_sent') });
    await afterAck(deps, actor.member);
  });
};
