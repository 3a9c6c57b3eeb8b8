import { z } from 'zod';
import type { FeatureDeps } from '../feature.js';
import { actorFor } from '../../members/member-service.js';
import { defineOutboxKind, type OutboxKind, type Preparation } from '../../outbox/outbox-kind.js';
import { localDayOf } from '../../time/local-time.js';
import { dayjs } from '../../time/local-time.js';
import { goalViewerOf } from '../goals/handlers.js';
import { parsePeriod } from '../goals/period-rules.js';
import { exportCallsCsv } from './export-service.js';
import { KEY_ACCOUNT_NEGLECT_KIND, REPORT_FILE_KIND } from './ids.js';
import { listKeyAccounts } from './key-account-service.js';
import { neglectMessage } from './key-account-views.js';
import { buildReport } from './report-service.js';
import { reportCsv, reportTitle } from './report-views.js';

export const reportFilePayload = z.discriminatedUnion('what', [
  z.object({ what: z.literal('report'), requesterId: z.string(), period: z.string(), managerSlackId: z.string().optional() }),
  z.object({ what: z.literal('calls'), requesterId: z.string(), from: z.string(), to: z.string() }),
]);
export type ReportFilePayload = z.infer<typeof reportFilePayload>;

/**
 * A CSV built at send time from the requester's rights then (a manager who lost the team since gets
 * nothing they may no longer see), uploaded to their DM.
 */
function reportFileKind(deps: FeatureDeps): OutboxKind<ReportFilePayload> {
  const prepareOne = async (payload: ReportFilePayload): Promise<Preparation> => {
    const member = await deps.db.member.findUnique({ where: { id: payload.requesterId }, include: { workspace: true } });
    if (!member) return { skip: 'requester no longer exists' };
    const { workspace, ...rest } = member;
    const actor = actorFor(rest, workspace, deps.config.adminIds);
    const upload = { method: 'files.upload' as const, channel: member.slackUserId };
    if (payload.what === 'calls') {
      const { csv, count } = await exportCallsCsv(deps.db, actor, payload);
      const title = actor.t('reports.export_title', { from: payload.from, to: payload.to });
      return { ...upload, filename: `calls-${payload.from}-${payload.to}.csv`, title, content: csv, initialComment: actor.t('reports.export_comment', { count }) };
    }
    const period = parsePeriod(payload.period);
    if (!period) return { skip: 'bad period' };
    const report = await buildReport(deps, actor, { period, managerSlackId: payload.managerSlackId });
    const title = reportTitle(report, goalViewerOf(actor));
    return { ...upload, filename: `report-${period.key}.csv`, title, content: reportCsv(report) };
  };
  return defineOutboxKind({
    kind: REPORT_FILE_KIND,
    payload: reportFilePayload,
    async prepare(items) {
      const prepared: Preparation[] = [];
      for (const item of items) prepared.push(await prepareOne(item.payload).catch((error: { key?: string }) => (error.key ? { skip: error.key } : Promise.reject(error))));
      return prepared;
    },
  });
}

const neglectPayload = z.object({ accountId: z.string(), ownerId: z.string(), lastContactDay: z.string() });

/** Re-decided at send time: a call logged since, or a new owner, ends this gap without a DM. */
function neglectKind(deps: FeatureDeps): OutboxKind<z.infer<typeof neglectPayload>> {
  return defineOutboxKind({
    kind: KEY_ACCOUNT_NEGLECT_KIND,
    payload: neglectPayload,
    async prepare(items) {
      const prepared: Preparation[] = [];
      const keyByWorkspace = new Map<string, Awaited<ReturnType<typeof listKeyAccounts>>>();
      for (const { row, payload } of items) {
        const list = keyByWorkspace.get(row.workspaceId) ?? (await listKeyAccounts(deps, row.workspaceId));
        keyByWorkspace.set(row.workspaceId, list);
        const key = list.find((k) => k.accountId === payload.accountId);
        const owner = await deps.db.member.findUnique({ where: { id: payload.ownerId }, include: { workspace: true } });
        if (!key || !owner) { prepared.push({ skip: 'no longer a key account' }); continue; }
        if (key.ownerId !== owner.id || key.lastContactDay !== payload.lastContactDay) { prepared.push({ skip: 'called or reassigned since' }); continue; }
        const { workspace, ...member } = owner;
        const viewer = goalViewerOf(actorFor(member, workspace, deps.config.adminIds));
        const days = dayjs.utc(localDayOf(deps.clock.now(), owner.tz)).diff(dayjs.utc(payload.lastContactDay), 'day');
        const message = neglectMessage(viewer, { account: key.account.name, days, last: payload.lastContactDay, share: key.share });
        prepared.push({ method: 'chat.postMessage', channel: owner.slackUserId, ...message });
      }
      return prepared;
    },
  });
}

export function reportOutboxKinds(deps: FeatureDeps): OutboxKind<any>[] {
  return [reportFileKind(deps), neglectKind(deps)];
}
