import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { UserError } from '../../errors.js';
import type { Actor } from '../../members/member-service.js';
import { actorOf } from '../../slack/actor-context.js';
import { ephemeral } from '../../slack/blocks.js';
import { wordsOf } from '../../slack/mentions.js';
import { localDayOf } from '../../time/local-time.js';
import type { CommandArgs, FeatureDeps } from '../feature.js';
import { parseGoalCommand, parseStageSetting, type GoalInput } from './command-rules.js';
import { readGoalModal, setGoalsModal } from './goal-modal.js';
import { GOAL_BLOCKS } from './ids.js';
import { setGoal, setStageProbabilities, STAGES } from './goal-service.js';
import { goalStatus } from './goal-status.js';
import { periodsOfDay } from './period-rules.js';
import { parseStageProbabilities } from './rules.js';
import { formatMetric, goalStatusMessage, periodLabel, type GoalViewer } from './views.js';

type ViewArgs = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

export const goalViewerOf = (actor: Actor): GoalViewer => ({ t: actor.t, language: actor.language, currency: actor.workspace.currency });

const stagesText = (actor: Actor, probabilities: Record<string, number>) =>
  STAGES.map((s) => `${actor.t(`calls.stage_${s as 'proposal'}`)} ${probabilities[s]}%`).join(' · ');

async function saveAndDescribe(deps: FeatureDeps, actor: Actor, input: GoalInput): Promise<string> {
  const saved = await setGoal(deps, actor, input);
  const viewer = goalViewerOf(actor);
  const months = saved.slice(1).map((g) => formatMetric(g.target, input.metric, viewer)).join(' / ');
  const key = months ? 'goals.set_quarter' : 'goals.set_done';
  return actor.t(key, {
    user: input.repSlackId,
    period: periodLabel(input.period, viewer),
    metric: actor.t(`goals.metric_${input.metric}`),
    target: formatMetric(input.target, input.metric, viewer),
    months,
  });
}

/** `/goal`: my month and quarter; `set` (modal or inline), `stages` (admins), `help`. */
export const onGoalCommand = (deps: FeatureDeps) => async ({ ack, command, context, client }: CommandArgs) => {
  const actor = actorOf(context);
  const parsed = parseGoalCommand(wordsOf(command.text));
  switch (parsed.action) {
    case 'help':
      return ack(ephemeral(actor.t('goals.help')));
    case 'show':
      return ack(goalStatusMessage(await goalStatus(deps, actor.member), goalViewerOf(actor)));
    case 'modal': {
      await ack();
      const { month } = periodsOfDay(localDayOf(deps.clock.now(), actor.member.tz));
      await client.views.open({ trigger_id: command.trigger_id, view: setGoalsModal(actor.t, month.key) });
      return;
    }
    case 'set':
      await ack(ephemeral(await saveAndDescribe(deps, actor, parsed.input)));
      await deps.events.emit('home.stale', { workspaceId: actor.workspace.id, slackUserIds: [parsed.input.repSlackId] });
      return;
    case 'stages': {
      const current = parseStageProbabilities(actor.workspace.stageProbabilities);
      if (!parsed.text) return ack(ephemeral(actor.t('goals.stages_current', { stages: stagesText(actor, current) })));
      const after = await setStageProbabilities(deps, actor, parseStageSetting(parsed.text, STAGES));
      return ack(ephemeral(actor.t('goals.stages_set', { stages: stagesText(actor, after) })));
    }
  }
};

/** Set goals submitted: inline errors on the wrong fields and nothing stored, else the goal and a DM. */
export const onSetGoalsSubmit = (deps: FeatureDeps) => async ({ ack, view, context, client }: ViewArgs) => {
  const actor = actorOf(context);
  const result = readGoalModal(view.state.values);
  if ('errors' in result) {
    const errors = Object.fromEntries(Object.entries(result.errors).map(([block, e]) => [block, actor.t(e.key, e.params)]));
    return ack({ response_action: 'errors', errors });
  }
  let text: string;
  try {
    text = await saveAndDescribe(deps, actor, result.input);
  } catch (error) {
    // Refusals (not your team, your own goal, unknown rep) are about the person picked.
    if (!(error instanceof UserError)) throw error;
    return ack({ response_action: 'errors', errors: { [GOAL_BLOCKS.rep]: actor.t(error.key, error.params) } });
  }
  await ack();
  await client.chat.postMessage({ channel: actor.member.slackUserId, text });
  await deps.events.emit('home.stale', { workspaceId: actor.workspace.id, slackUserIds: [result.input.repSlackId] });
};
