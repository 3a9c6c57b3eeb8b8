import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { UserError } from '../../errors.js';
import { formatDay } from '../../i18n/index.js';
import { homeOf } from '../../home/home-section.js';
import type { Actor } from '../../members/member-service.js';
import { actorOf } from '../../slack/actor-context.js';
import { ephemeral } from '../../slack/blocks.js';
import { parseUserMention, wordsOf } from '../../slack/mentions.js';
import type { CommandArgs, FeatureDeps, SubcommandHandler } from '../feature.js';
import { AWAY_DATE_ACTION, AWAY_DATE_BLOCK } from './ids.js';
import { setAway, setKind, setNudges, snoozeToday, todayOf } from './presence-service.js';
import { setRepQuota, setTeamQuota, statusOf, teamRows } from './quota-service.js';
import { parseQuotaCommand, type QuotaCommand } from './rules.js';
import { awayModal, statusMessage, teamMessage } from './views.js';

type Reply = ReturnType<typeof ephemeral>;
type Run<A extends QuotaCommand['action']> = (deps: FeatureDeps, actor: Actor, command: Extract<QuotaCommand, { action: A }>) => Promise<Reply>;

const RUN: { [A in QuotaCommand['action']]: Run<A> } = {
  help: async (_deps, { t }) => ephemeral(t('quotas.help')),
  show: async (deps, actor) => {
    const status = await statusOf(deps, actor.member);
    const personal = actor.member.kind === 'independent';
    return statusMessage(actor.t, { ...status, personal, awayUntil: actor.member.awayUntil, language: actor.language });
  },
  set_rep: async (deps, actor, { repSlackId, values }) => {
    await setRepQuota(deps, actor, repSlackId, values);
    return ephemeral(actor.t('quotas.rep_set', { user: repSlackId, ...values }));
  },
  set_team: async (deps, actor, { managerSlackId, values }) => {
    const manager = await setTeamQuota(deps, actor, managerSlackId, values);
    return ephemeral(actor.t('quotas.team_set', { manager: manager.slackUserId, ...values }));
  },
  team: async (deps, actor, { managerSlackId }) => {
    const { manager, rows } = await teamRows(deps, actor, managerSlackId);
    const title = manager ? actor.t('quotas.team_title', { manager: manager.slackUserId }) : actor.t('quotas.team_title_all');
    return teamMessage(actor.t, title, rows);
  },
  away: async (deps, actor, { until }) => {
    const day = await setAway(deps, actor.member, until);
    return ephemeral(day ? actor.t('quotas.away_set', { day: formatDay(day, actor.language) }) : actor.t('quotas.away_cleared'));
  },
  nudges: async (deps, actor, { on }) => {
    await setNudges(deps, actor.member, on);
    return ephemeral(actor.t(on ? 'quotas.nudges_on' : 'quotas.nudges_off'));
  },
};

export const onQuotaCommand = (deps: FeatureDeps) => async (args: CommandArgs) => {
  const command = parseQuotaCommand(wordsOf(args.command.text));
  const run = RUN[command.action] as Run<typeof command.action>;
  await args.ack(await run(deps, actorOf(args.context), command as never));
  if (command.action === 'away') await deps.events.emit('home.stale', homeOf(actorOf(args.context)));
};

type ActionArgs = SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs;

export const onSnoozeToday = (deps: FeatureDeps) => async ({ ack, context, respond }: ActionArgs) => {
  await ack();
  const actor = actorOf(context);
  await snoozeToday(deps, actor.member);
  await respond({ replace_original: true, text: actor.t('quotas.snoozed') });
  await deps.events.emit('home.stale', homeOf(actor));
};

export const onOpenAwayModal = (deps: FeatureDeps) => async ({ ack, context, body, client }: ActionArgs) => {
  await ack();
  const actor = actorOf(context);
  await client.views.open({ trigger_id: body.trigger_id, view: awayModal(actor.t, todayOf(deps, actor.member)) });
};

export const onAwaySubmit = (deps: FeatureDeps) => async ({ ack, context, view, client }: SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs) => {
  const actor = actorOf(context);
  const date = view.state.values[AWAY_DATE_BLOCK]?.[AWAY_DATE_ACTION]?.selected_date ?? '';
  try {
    const day = await setAway(deps, actor.member, date);
    await ack();
    await client.chat.postMessage({ channel: actor.member.slackUserId, text: actor.t('quotas.away_set', { day: formatDay(day ?? date, actor.language) }) });
    await deps.events.emit('home.stale', homeOf(actor));
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    await ack({ response_action: 'errors', errors: { [AWAY_DATE_BLOCK]: actor.t(error.key, error.params) } });
  }
};

/** `/outfield kind @rep independent|employee` (admins, or the rep's manager). */
export const onKind = (deps: FeatureDeps): SubcommandHandler => async (args, words) => {
  const actor = actorOf(args.context);
  const [mention = '', kind = '', ...rest] = words;
  const slackUserId = parseUserMention(mention);
  const normalized = kind.toLowerCase();
  if (!slackUserId || (normalized !== 'employee' && normalized !== 'independent') || rest.length > 0) throw new UserError('quotas.kind_usage');
  await setKind(deps, actor, slackUserId, normalized);
  const name = actor.t(normalized === 'employee' ? 'quotas.kind_name_employee' : 'quotas.kind_name_independent');
  await args.ack(ephemeral(actor.t('quotas.kind_set', { user: slackUserId, kind: name })));
};
