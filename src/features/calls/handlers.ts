import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { homeOf } from '../../home/home-section.js';
import type { Actor } from '../../members/member-service.js';
import { providerOf } from '../../db/provider.js';
import { actorOf, actorSourceOf } from '../../slack/actor-context.js';
import { ephemeral } from '../../slack/blocks.js';
import { wordsOf } from '../../slack/mentions.js';
import type { CommandArgs, FeatureDeps } from '../feature.js';
import { CALL_COMMAND } from './ids.js';
import { callToChange, deleteCall, listMyCalls, logCall, undoLastCall } from './call-service.js';
import { callModal } from './call-modal.js';
import { decodePending } from './pending-call.js';
import { logQuickCall } from './quick-call-service.js';
import { listRepCalls, repCallsMessage } from './rep-calls.js';
import { parseCallText } from './rules.js';
import { callConfirmation, callListMessage, deletedMessage, duplicatePrompt, loggedHeadline, type CallViewer } from './views.js';

export type ButtonArgs = SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs;

export const viewerOf = (actor: Actor): CallViewer => ({
  t: actor.t,
  language: actor.language,
  tz: actor.member.tz,
  currency: actor.workspace.currency,
});

const SUBCOMMANDS = ['help', 'list', 'undo'] as const;

/** `/call list @rep [from] [to]`: a manager reads a rep's call reports. */
const REP_CALLS = /^list\s+<@/i;

/** `/call <text>` that is not a subcommand: a call in the quick syntax. */
export const isQuickCallText = (text: string): boolean => {
  const trimmed = text.trim().toLowerCase();
  return trimmed !== '' && !SUBCOMMANDS.some((name) => name === trimmed) && !REP_CALLS.test(trimmed);
};


/** The quick-syntax `/call` verifies its actor in its one write, so it may start from a cached one. */
export const isQuickCallCommand = (body: unknown): boolean => {
  const b = body as { command?: unknown; text?: unknown };
  return b.command === CALL_COMMAND && typeof b.text === 'string' && isQuickCallText(b.text);
};

/** `/call`: no text opens the modal; help, list and undo; anything else is a quick-syntax call. */
export const onCallCommand = (deps: FeatureDeps) => async ({ ack, command, context, client }: CommandArgs) => {
  const text = command.text.trim();
  if (isQuickCallText(text)) return onQuickCall(deps, { ack, command, context });
  const actor = actorOf(context);
  const viewer = viewerOf(actor);
  const sub = SUBCOMMANDS.find((name) => name === text.toLowerCase());
  if (REP_CALLS.test(text)) {
    await ack(repCallsMessage(await listRepCalls(deps.db, actor, wordsOf(text).slice(1), deps.clock.now()), viewer));
  } else if (text === '') {
    await ack();
    await client.views.open({ trigger_id: command.trigger_id, view: callModal({ ...viewer, now: deps.clock.now() }) });
  } else if (sub === 'help') {
    await ack(ephemeral(actor.t('calls.help')));
  } else if (sub === 'list') {
    await ack(callListMessage(await listMyCalls(deps, actor), viewer));
  } else if (sub === 'undo') {
    await ack(deletedMessage(await undoLastCall(deps, actor, `trigger:${command.trigger_id}`), viewer, 'calls.undone'));
  }
};

async function onQuickCall(deps: FeatureDeps, { ack, command, context }: Pick<CommandArgs, 'ack' | 'command' | 'context'>) {
  const provider = providerOf(deps.config.databaseUrl) ?? 'sqlite';
  // The cached actor's language and currency read the amounts; the one write re-checks that actor.
  const quick = parseCallText(command.text.trim(), viewerOf(actorOf(context)));
  const { actor, ...result } = await logQuickCall({ ...deps, provider }, actorSourceOf(context), quick, `trigger:${command.trigger_id}`);
  if (result.kind === 'ambiguous') return ack(duplicatePrompt(result.pending, result.duplicates, actor.t));
  const headline = loggedHeadline(result.call, actor.t, result.created);
  const { blocks } = callConfirmation(result.call, viewerOf(actor), headline);
  await ack(ephemeral(headline, blocks));
  if (result.created) await deps.events.emit('home.stale', homeOf(actor));
}

/** "Log a call" buttons from anywhere in the app. */
export const onLogCallButton = (deps: FeatureDeps) => async ({ ack, body, context, client }: ButtonArgs) => {
  await ack();
  const view = callModal({ ...viewerOf(actorOf(context)), now: deps.clock.now() });
  await client.views.open({ trigger_id: body.trigger_id, view });
};

export const onEditButton = (deps: FeatureDeps) => async ({ ack, action, body, context, client }: ButtonArgs) => {
  await ack();
  const actor = actorOf(context);
  const call = await callToChange(deps, actor, action.value ?? '');
  const view = callModal({ ...viewerOf(actor), tz: call.rep.tz, now: deps.clock.now(), call });
  await client.views.open({ trigger_id: body.trigger_id, view });
};

export const onDeleteButton = (deps: FeatureDeps) => async ({ ack, action, context, respond }: ButtonArgs) => {
  await ack();
  const actor = actorOf(context);
  const call = await deleteCall(deps, actor, action.value ?? '');
  await respond({ ...deletedMessage(call, viewerOf(actor), 'calls.deleted'), replace_original: false });
};

/** A choice on the "did you mean…?" prompt logs the pending call once, under the command's key. */
export const onChooseAccount = (deps: FeatureDeps) => async ({ ack, action, context, respond }: ButtonArgs) => {
  await ack();
  const actor = actorOf(context);
  const pending = decodePending(action.value ?? '');
  const { call, created } = await logCall(deps, actor, { ...pending.fields, account: pending.account }, pending.sourceKey);
  const message = callConfirmation(call, viewerOf(actor), loggedHeadline(call, actor.t, created));
  await respond({ ...message, response_type: 'ephemeral', replace_original: true });
  if (created) await deps.events.emit('home.stale', homeOf(actor));
};
