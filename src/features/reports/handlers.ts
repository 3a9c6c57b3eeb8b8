import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import type { Actor } from '../../members/member-service.js';
import { actorOf } from '../../slack/actor-context.js';
import { ephemeral } from '../../slack/blocks.js';
import { localDayOf } from '../../time/local-time.js';
import { viewerOf } from '../calls/handlers.js';
import { listRepCalls, repCallsMessage } from '../calls/rep-calls.js';
import type { CommandArgs, FeatureDeps, SubcommandHandler } from '../feature.js';
import { goalViewerOf } from '../goals/handlers.js';
import { parseDayRange, parseOwnerArgs, parseReportArgs } from './command-rules.js';
import { REPORT_FILE_KIND } from './ids.js';
import { assignOwner, listKeyAccounts } from './key-account-service.js';
import { keyAccountsMessage } from './key-account-views.js';
import type { ReportFilePayload } from './outbox-kinds.js';
import { buildReport, LISTED_REPS } from './report-service.js';
import { reportMessage } from './report-views.js';

const todayOf = (deps: FeatureDeps, actor: Actor) => localDayOf(deps.clock.now(), actor.member.tz);

/** A CSV for the requester's DM, once per request (the slot is the request's trigger id). */
async function sendFile(deps: FeatureDeps, actor: Actor, triggerId: string, payload: ReportFilePayload): Promise<void> {
  const now = deps.clock.now();
  await deps.outbox.enqueue([{
    workspaceId: actor.workspace.id, kind: REPORT_FILE_KIND, target: actor.member.id, slot: triggerId,
    payload, dueAt: now, expiresAt: new Date(now.getTime() + 60 * 60_000),
  }]);
  await deps.outbox.sendSoon();
}

/** `/outfield report [month|quarter|YYYY-MM|YYYY-Qn] [@manager]`. */
export const onReport = (deps: FeatureDeps): SubcommandHandler => async ({ ack, context, command }, words) => {
  const actor = actorOf(context);
  const args = parseReportArgs(words, todayOf(deps, actor));
  const report = await buildReport(deps, actor, args, { idleDays: 'when-listed' });
  await ack(reportMessage(report, goalViewerOf(actor)));
  if (report.rows.length > LISTED_REPS) {
    await sendFile(deps, actor, command.trigger_id, { what: 'report', requesterId: actor.member.id, period: report.period.key, managerSlackId: args.managerSlackId });
  }
};

/** `/outfield export calls [from] [to]`: the CSV goes to the requester's DM through the outbox. */
export const onExportCalls = (deps: FeatureDeps): SubcommandHandler => async ({ ack, context, command }, words) => {
  const actor = actorOf(context);
  const range = parseDayRange(words, todayOf(deps, actor));
  await ack(ephemeral(actor.t('reports.export_started', range)));
  await sendFile(deps, actor, command.trigger_id, { what: 'calls', requesterId: actor.member.id, ...range });
};

/** `/outfield accounts key`: managers and admins see the whole list; a rep the key accounts they own. */
export const onKeyAccounts = (deps: FeatureDeps): SubcommandHandler => async ({ ack, context }) => {
  const actor = actorOf(context);
  const all = await listKeyAccounts(deps, actor.workspace.id);
  const rows = actor.isManager ? all : all.filter((row) => row.ownerId === actor.member.id);
  const ownerIds = [...new Set(rows.flatMap((row) => (row.ownerId ? [row.ownerId] : [])))];
  const owners = await deps.db.member.findMany({ where: { id: { in: ownerIds } }, select: { id: true, slackUserId: true } });
  const viewer = { ...goalViewerOf(actor), ownerSlackIds: new Map(owners.map((o) => [o.id, o.slackUserId])) };
  await ack(keyAccountsMessage(rows, viewer, actor.isManager ? 'all' : 'mine'));
};

/** `/outfield accounts owner <account> @rep`. */
export const onAccountOwner = (deps: FeatureDeps): SubcommandHandler => async ({ ack, context }, words) => {
  const actor = actorOf(context);
  const { accountName, repSlackId } = parseOwnerArgs(words);
  const { account, rep } = await assignOwner(deps, actor, accountName, repSlackId);
  await ack(ephemeral(actor.t('reports.owner_set', { account: account.name, user: rep.slackUserId })));
};

type ButtonArgs = SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs;

/** "Call reports" on a report line: the same view as `/call list @rep`, as a new ephemeral message. */
export const onOpenRepCalls = (deps: FeatureDeps) => async ({ ack, action, context, respond }: ButtonArgs) => {
  await ack();
  const actor = actorOf(context);
  const result = await listRepCalls(deps.db, actor, [`<@${action.value ?? ''}>`], deps.clock.now());
  await respond({ ...repCallsMessage(result, viewerOf(actor)), replace_original: false });
};
