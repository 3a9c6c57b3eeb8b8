import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { UserError } from '../../errors.js';
import { homeOf } from '../../home/home-section.js';
import { actorOf } from '../../slack/actor-context.js';
import type { FeatureDeps } from '../feature.js';
import { PROGRAM_BLOCKS } from './ids.js';
import { readProgramModal } from './modal-input.js';
import { createProgram, findProgram } from './program-service.js';

type ViewArgs = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;
type Client = ViewArgs['client'];

/** Why the bot cannot post in `channel` (an i18n key), or undefined when it can. */
async function channelProblem(client: Client, channel: string): Promise<'incentives.channel_not_member' | 'incentives.channel_archived' | 'incentives.channel_gone' | undefined> {
  try {
    const info = await client.conversations.info({ channel });
    if (info.channel?.is_archived) return 'incentives.channel_archived';
    // chat:write.public lets the bot post in any public channel; a private one needs it as a member.
    return info.channel?.is_member || !info.channel?.is_private ? undefined : 'incentives.channel_not_member';
  } catch {
    return 'incentives.channel_gone';
  }
}

/** New incentive program submitted: every field checked inline (incl. the channel with Slack); nothing stored on error. */
export const onProgramSubmit = (deps: FeatureDeps) => async ({ ack, view, context, client }: ViewArgs) => {
  const actor = actorOf(context);
  const form = readProgramModal(view.state.values, { t: actor.t, now: deps.clock.now() });
  if ('errors' in form) return ack({ response_action: 'errors', errors: form.errors });
  const { teamSlackId, ...input } = form.input;
  const errors: Record<string, string> = {};
  const problem = await channelProblem(client, input.channelId);
  if (problem) errors[PROGRAM_BLOCKS.channel] = actor.t(problem, { channel: input.channelId });
  if (await findProgram(deps, actor.workspace.id, input.name)) errors[PROGRAM_BLOCKS.name] = actor.t('incentives.name_taken', { name: input.name });
  let scopeManagerId: string | null = null;
  if (teamSlackId && actor.isAdmin) {
    const manager = await deps.db.member.findUnique({ where: { workspaceId_slackUserId: { workspaceId: actor.workspace.id, slackUserId: teamSlackId } } });
    if (manager?.role !== 'manager') errors[PROGRAM_BLOCKS.team] = actor.t('incentives.team_not_manager', { user: teamSlackId });
    else scopeManagerId = manager.id;
  }
  if (Object.keys(errors).length > 0) return ack({ response_action: 'errors', errors });
  try {
    const program = await createProgram(deps, actor, { ...input, scopeManagerId });
    await ack();
    await client.chat.postMessage({ channel: actor.member.slackUserId, text: actor.t('incentives.created', { name: program.name, channel: program.channelId }) });
    await deps.events.emit('home.stale', homeOf(actor));
  } catch (error) {
    if (!(error instanceof UserError) || error.key !== 'incentives.name_taken') throw error;
    await ack({ response_action: 'errors', errors: { [PROGRAM_BLOCKS.name]: actor.t(error.key, error.params) } });
  }
};
