import { z } from 'zod';
import type { Clock } from '../../clock.js';
import type { Db } from '../../db/client.js';
import type { IncentiveProgram } from '../../generated/sqlite/client.js';
import { languageOf, translator } from '../../i18n/index.js';
import { enqueueOnce } from '../../outbox/enqueue.js';
import { defineOutboxKind, type OutboxKind, type Preparation } from '../../outbox/outbox-kind.js';
import { section } from '../../slack/blocks.js';
import { CHANNEL_NOTICE_KIND } from './ids.js';
import { programExpiry } from './rules.js';

type Deps = { db: Db; clock: Clock };

/** A post that cannot go to the channel is tried again this often until the channel takes it. */
export const CHANNEL_RETRY_MS = 10 * 60_000;

const REASONS = ['not_in_channel', 'is_archived', 'channel_not_found'] as const;
const payloadSchema = z.object({ programId: z.string(), channelId: z.string(), error: z.enum(REASONS) });
type Payload = z.infer<typeof payloadSchema>;

/**
 * The channel of `program` refused a post: its manager is told once per outage (channelNoticeAt is the
 * claim, cleared when a post goes through again) and the post is parked for another try.
 */
export async function channelRefused({ db, clock }: Deps, program: IncentiveProgram, error: string): Promise<Date> {
  const now = clock.now();
  const reason = (REASONS as readonly string[]).includes(error) ? (error as Payload['error']) : 'channel_not_found';
  const { count } = await db.incentiveProgram.updateMany({ where: { id: program.id, channelNoticeAt: null }, data: { channelNoticeAt: now } });
  if (count === 1) {
    await enqueueOnce(db, [{
      workspaceId: program.workspaceId, kind: CHANNEL_NOTICE_KIND, target: program.id, slot: now.toISOString(),
      payload: { programId: program.id, channelId: program.channelId, error: reason }, dueAt: now, expiresAt: programExpiry(program, 0),
    }]);
  }
  return new Date(now.getTime() + CHANNEL_RETRY_MS);
}

/** A post reached the channel: the next refusal is a new outage worth a new notice. */
export async function channelAccepted({ db }: Pick<Deps, 'db'>, programId: string): Promise<void> {
  await db.incentiveProgram.updateMany({ where: { id: programId, channelNoticeAt: { not: null } }, data: { channelNoticeAt: null } });
}

/** The DM to the program's manager saying what to do (`/invite @Outfield`, unarchive, pick a channel). */
export function channelNoticeKind({ db }: Deps): OutboxKind<Payload> {
  return defineOutboxKind({
    kind: CHANNEL_NOTICE_KIND,
    payload: payloadSchema,
    async prepare(items) {
      const prepared: Preparation[] = [];
      for (const { payload } of items) {
        const program = await db.incentiveProgram.findUnique({ where: { id: payload.programId }, include: { workspace: true } });
        const manager = program && (await db.member.findUnique({ where: { id: program.createdById } }));
        if (!program || !manager) {
          prepared.push({ skip: 'program or manager no longer exists' });
          continue;
        }
        const t = translator(languageOf(manager.locale, program.workspace.defaultLocale));
        const text = t(`incentives.channel_${payload.error}`, { name: program.name, channel: payload.channelId });
        prepared.push({ method: 'chat.postMessage', channel: manager.slackUserId, text, blocks: [section(text)] });
      }
      return prepared;
    },
  });
}
