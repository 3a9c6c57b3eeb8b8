import type { AllMiddlewareArgs, SlackOptionsMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { z } from 'zod';
import { homeOf } from '../../home/home-section.js';
import { actorOf } from '../../slack/actor-context.js';
import { option } from '../../slack/blocks.js';
import type { FeatureDeps } from '../feature.js';
import { accountInWorkspace, findAccountByName, searchAccounts } from './account-service.js';
import { accountOptionValue, newAccountOptionValue } from './call-modal.js';
import { callToChange, logCall, updateCall } from './call-service.js';
import { viewerOf } from './handlers.js';
import { CALL_BLOCKS } from './ids.js';
import { readCallModal } from './modal-input.js';
import { checkAccountName } from './text-rules.js';
import { callConfirmation, loggedHeadline } from './views.js';

type ViewArgs = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;
type OptionsArgs = SlackOptionsMiddlewareArgs<'block_suggestion'> & AllMiddlewareArgs;

const metadataSchema = z.object({ callId: z.string().min(1).max(64).optional() });

function metadataOf(raw: string): z.infer<typeof metadataSchema> {
  try {
    return metadataSchema.parse(JSON.parse(raw));
  } catch {
    return {};
  }
}

/**
 * Log a call / Edit call submitted. Errors go back inline on their fields and nothing is stored;
 * the view id is the idempotency key, so a double submission logs one call.
 */
export const onCallModalSubmit = (deps: FeatureDeps) => async ({ ack, view, context, client }: ViewArgs) => {
  const actor = actorOf(context);
  const { callId } = metadataOf(view.private_metadata);
  const editing = callId ? await callToChange(deps, actor, callId) : undefined;
  const result = readCallModal(view.state.values, { t: actor.t, now: deps.clock.now(), tz: editing?.rep.tz ?? actor.member.tz });
  if ('errors' in result) return ack({ response_action: 'errors', errors: result.errors });
  const viewer = viewerOf(actor);
  const account = 'accountId' in result.input.account ? await accountInWorkspace(deps.db, actor.workspace.id, result.input.account.accountId) : true;
  if (!account) return ack({ response_action: 'errors', errors: { [CALL_BLOCKS.account]: actor.t('calls.account_gone') } });
  if (editing) {
    const call = await updateCall(deps, actor, editing, result.input);
    await ack();
    const headline = actor.t('calls.updated', { account: call.account.name });
    await client.chat.postMessage({ channel: actor.member.slackUserId, ...callConfirmation(call, viewer, headline) });
    await deps.events.emit('home.stale', homeOf(actor));
    return;
  }
  const { call, created } = await logCall(deps, actor, result.input, `view:${view.id}`);
  await ack();
  if (!created) return;
  await client.chat.postMessage({ channel: actor.member.slackUserId, ...callConfirmation(call, viewer, loggedHeadline(call, actor.t, true)) });
  await deps.events.emit('home.stale', homeOf(actor));
};

/** The account picker: matching and near accounts, then "New account: <typed>" when it is new and valid. */
export const onAccountOptions = (deps: FeatureDeps) => async ({ ack, body, context }: OptionsArgs) => {
  const actor = actorOf(context);
  const typed = body.value.trim().slice(0, 200);
  const accounts = await searchAccounts(deps.db, actor.workspace.id, typed);
  const options = accounts.map((account) => option(account.name, accountOptionValue(account.id)));
  const newName = validNewName(typed);
  if (newName && !(await findAccountByName(deps.db, actor.workspace.id, newName))) {
    options.push(option(actor.t('calls.new_account_option', { name: newName }), newAccountOptionValue(newName)));
  }
  await ack({ options });
};

function validNewName(typed: string): string | undefined {
  try {
    return typed === '' ? undefined : checkAccountName(typed);
  } catch {
    return undefined;
  }
}
