import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { requireAdmin } from '../../members/permissions.js';
import { actorOf } from '../../slack/actor-context.js';
import type { FeatureDeps, SubcommandHandler } from '../feature.js';
import { FIELDS } from './ids.js';
import { parseSettings, type StateValue } from './rules.js';
import { holidaysOf, saveSettings } from './settings-service.js';
import { setupModal } from './views.js';

/** `/outfield setup` opens the settings modal (admins only). */
export const onSetup = (deps: FeatureDeps): SubcommandHandler => async ({ ack, context, body, client }) => {
  const actor = actorOf(context);
  requireAdmin(actor);
  await ack();
  const holidays = await holidaysOf(deps.db, actor.workspace.id);
  await client.views.open({ trigger_id: body.trigger_id, view: setupModal(actor.t, actor.language, actor.workspace, holidays) });
};

type SubmitArgs = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

export const onSetupSubmit = (deps: FeatureDeps) => async ({ ack, context, view, client }: SubmitArgs) => {
  const actor = actorOf(context);
  requireAdmin(actor);
  const parsed = parseSettings(view.state.values as Record<string, Record<string, StateValue>>);
  if ('errors' in parsed) {
    const errors = Object.fromEntries(
      Object.entries(parsed.errors).map(([field, error]) => [FIELDS[field as keyof typeof FIELDS].block, actor.t(error.key, error.params)]),
    );
    await ack({ response_action: 'errors', errors });
    return;
  }
  // Saved before the ack (a few milliseconds) so that a closed modal always means saved settings.
  await saveSettings(deps, actor, parsed.settings);
  await ack();
  await client.chat.postMessage({ channel: actor.member.slackUserId, text: actor.t('settings.saved') });
};
