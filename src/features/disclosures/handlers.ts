import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { UserError } from '../../errors.js';
import type { Member } from '../../generated/sqlite/client.js';
import { homeOf } from '../../home/home-section.js';
import { requireAdmin } from '../../members/permissions.js';
import { actorOf } from '../../slack/actor-context.js';
import { ephemeral } from '../../slack/blocks.js';
import { wordsOf } from '../../slack/mentions.js';
import { localDayOf } from '../../time/local-time.js';
import type { CommandArgs, FeatureDeps, SubcommandHandler } from '../feature.js';
import { auditExportItem } from './audit-export.js';
import { recordAttestation } from './attestation-service.js';
import { listMyDisclosures, submitDisclosure, withdrawDisclosure } from './disclosure-service.js';
import { disclosureInWorkspace } from './disclosure-store.js';
import { DISCLOSE_BLOCKS } from './ids.js';
import { metadataOf, readDiscloseModal } from './modal-input.js';
import { discloseModal, listMessage } from './views.js';

export type ButtonArgs = SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs;
export type ViewArgs = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

/** After the ack: send what was enqueued, and let the App Home refresh the rep's, their manager's (and the reviewer's) views. */
export async function afterAck(deps: FeatureDeps, rep: Member, reviewerSlackId?: string): Promise<void> {
  await deps.outbox.sendSoon();
  const manager = rep.managerId ? await deps.db.member.findUnique({ where: { id: rep.managerId } }) : null;
  const ids = [rep.slackUserId, ...(manager ? [manager.slackUserId] : []), ...(reviewerSlackId ? [reviewerSlackId] : [])];
  await deps.events.emit('home.stale', { workspaceId: rep.workspaceId, slackUserIds: [...new Set(ids)] });
}

/** A reply to a button press: in place of a message's response_url, or (App Home) a DM. */
export async function replyTo(args: ButtonArgs, text: string, options: { replace?: boolean } = {}): Promise<void> {
  const { body, respond, client } = args;
  if (body.container?.type === 'message' && body.response_url) {
    await respond({ response_type: 'ephemeral', replace_original: options.replace ?? false, text });
  } else {
    await client.chat.postMessage({ channel: body.user.id, text });
  }
}

async function confirmNothing(deps: FeatureDeps, args: { context: CommandArgs['context'] }) {
  const actor = actorOf(args.context);
  const { created, period } = await recordAttestation(deps, actor, 'nothing_to_disclose');
  return { actor, text: actor.t(created ? 'disclosures.none_confirmed' : 'disclosures.none_already', { period }) };
}

/** `/disclose`: no text opens the form; list, none, help. */
export const onDiscloseCommand = (deps: FeatureDeps) => async (args: CommandArgs) => {
  const actor = actorOf(args.context);
  const [sub = '', ...rest] = wordsOf(args.command.text).map((w) => w.toLowerCase());
  if (rest.length > 0 || !['', 'list', 'none', 'help'].includes(sub)) throw new UserError('disclosures.usage');
  if (sub === 'help') return args.ack(ephemeral(actor.t('disclosures.help')));
  if (sub === 'list') return args.ack(listMessage(actor.t, await listMyDisclosures(deps, actor)));
  if (sub === 'none') {
    const { text } = await confirmNothing(deps, args);
    await args.ack(ephemeral(text));
    return deps.events.emit('home.stale', homeOf(actor));
  }
  await args.ack();
  await args.client.views.open({ trigger_id: args.command.trigger_id, view: discloseModal(actor.t) });
};

/** Submitted (new or amendment): inline errors and nothing stored, or stored, queued for review and confirmed by DM. */
export const onDiscloseSubmit = (deps: FeatureDeps) => async ({ ack, view, context, client }: ViewArgs) => {
  const actor = actorOf(context);
  const result = readDiscloseModal(view.state.values, { t: actor.t, today: localDayOf(deps.clock.now(), actor.member.tz) });
  if ('errors' in result) return ack({ response_action: 'errors', errors: result.errors });
  const { amendsId } = metadataOf(view.private_metadata);
  let disclosure;
  try {
    const { disclosure: filed, filed: isNew } = await submitDisclosure(deps, actor, { input: result.input, sourceKey: `view:${view.id}`, amendsId });
    if (!isNew) return ack(); // a second delivery of a form already filed: it was confirmed the first time
    disclosure = filed;
  } catch (error) {
    // The version being amended was withdrawn or amended meanwhile: say so on the form.
    if (!(error instanceof UserError)) throw error;
    return ack({ response_action: 'errors', errors: { [DISCLOSE_BLOCKS.principal]: actor.t(error.key, error.params) } });
  }
  await ack();
  const key = amendsId ? 'disclosures.amended' : 'disclosures.submitted';
  await client.chat.postMessage({ channel: actor.member.slackUserId, text: actor.t(key, { principal: disclosure.principal }) });
  await afterAck(deps, actor.member);
};

/** "Disclose" buttons (prompts, App Home) open the form. */
export const onOpenDisclose = () => async ({ ack, body, context, client }: ButtonArgs) => {
  await ack();
  await client.views.open({ trigger_id: body.trigger_id, view: discloseModal(actorOf(context).t) });
};

export const onNothingToDisclose = (deps: FeatureDeps) => async (args: ButtonArgs) => {
  await args.ack();
  const { actor, text } = await confirmNothing(deps, args);
  await replyTo(args, text, { replace: true });
  await deps.events.emit('home.stale', homeOf(actor));
};

export const onAmend = (deps: FeatureDeps) => async ({ ack, action, body, context, client }: ButtonArgs) => {
  await ack();
  const actor = actorOf(context);
  const disclosure = await disclosureInWorkspace(deps.db, actor.workspace.id, action.value ?? '');
  if (disclosure.repId !== actor.member.id) throw new UserError('disclosures.not_yours');
  if (disclosure.supersededById) throw new UserError('disclosures.not_current');
  await client.views.open({ trigger_id: body.trigger_id, view: discloseModal(actor.t, disclosure) });
};

export const onWithdraw = (deps: FeatureDeps) => async (args: ButtonArgs) => {
  await args.ack();
  const actor = actorOf(args.context);
  const disclosure = await withdrawDisclosure(deps, actor, args.action.value ?? '');
  await replyTo(args, actor.t('disclosures.withdrawn', { principal: disclosure.principal }));
  await afterAck(deps, actor.member);
};

/** `/outfield export audit` (admins): the trail as CSV, uploaded to the admin's DM through the outbox. */
export const onExportAudit = (deps: FeatureDeps): SubcommandHandler => async (args, words) => {
  const actor = actorOf(args.context);
  requireAdmin(actor);
  if (words.length > 0) throw new UserError('disclosures.export_usage');
  await deps.outbox.enqueue([auditExportItem(actor.workspace.id, actor.member.slackUserId, `trigger:${args.command.trigger_id}`, deps.clock.now())]);
  await args.ack(ephemeral(actor.t('disclosures.export_started')));
  await deps.outbox.sendSoon();
};
