import { z } from 'zod';
import type { Clock } from '../../clock.js';
import type { Db } from '../../db/client.js';
import type { IncentiveProgram, Workspace } from '../../generated/sqlite/client.js';
import { isLanguage, translator } from '../../i18n/index.js';
import { defineOutboxKind, type OutboxKind, type Prepared, type Preparation } from '../../outbox/outbox-kind.js';
import type { Message } from '../../slack/blocks.js';
import { channelAccepted, channelNoticeKind, channelRefused } from './channel-notice.js';
import { CELEBRATION_KIND, FINAL_KIND, MANUAL_SLOT_PREFIX, STANDINGS_KIND } from './ids.js';
import { finalMessage } from './results-views.js';
import { standingsOf } from './standings-service.js';
import { celebrationMessage, standingsMessage, type Voice } from './standings-views.js';

type Deps = { db: Db; clock: Clock };
type Loaded = IncentiveProgram & { workspace: Workspace };

const programPayload = z.object({ programId: z.string() });
const celebrationPayload = z.object({ programId: z.string(), repId: z.string() });

/** Public posts speak the workspace's default language and show its currency. */
const voiceOf = (ws: Workspace): Voice => {
  const language = isLanguage(ws.defaultLocale) ? ws.defaultLocale : 'en';
  return { t: translator(language), language, currency: ws.currency };
};

const load = (db: Db, id: string): Promise<Loaded | null> => db.incentiveProgram.findUnique({ where: { id }, include: { workspace: true } });
const post = (program: Loaded, message: Message): Preparation => ({ method: 'chat.postMessage', channel: program.channelId, ...message });

/** Every post of a program goes to its channel: a refusal tells the manager and waits; a success clears it. */
function programKind<P extends { programId: string }>(deps: Deps, kind: string, payload: z.ZodType<P>, prepareOne: (item: Prepared<P>, program: Loaded) => Promise<Preparation>): OutboxKind<P> {
  return defineOutboxKind({
    kind,
    payload,
    async prepare(items) {
      const prepared: Preparation[] = [];
      for (const item of items) {
        const program = await load(deps.db, item.payload.programId);
        prepared.push(program ? await prepareOne(item, program) : { skip: 'program no longer exists' });
      }
      return prepared;
    },
    delivered: (item) => channelAccepted(deps, item.payload.programId),
    async undeliverable(item, error) {
      const program = await load(deps.db, item.payload.programId);
      return program ? channelRefused(deps, program, error) : undefined;
    },
  });
}

/**
 * A scheduled standings post, re-rendered when sent; one parked behind a channel problem gives way to a
 * later slot of the same program, so a re-invited bot posts the current standings once, not a backlog.
 */
function standingsKind(deps: Deps) {
  return programKind(deps, STANDINGS_KIND, programPayload, async ({ row }, program) => {
    const manual = row.slot.startsWith(MANUAL_SLOT_PREFIX);
    if (program.status !== 'active' && !manual) return { skip: 'program ended' };
    const later = await deps.db.outboxMessage.count({
      where: { kind: STANDINGS_KIND, target: program.id, status: 'pending', dueAt: { gt: row.dueAt }, id: { not: row.id } },
    });
    if (later > 0 && !manual) return { skip: 'superseded by a later standings post' };
    const standings = await standingsOf(deps.db, program, deps.clock.now());
    return post(program, standingsMessage(voiceOf(program.workspace), standings, { kind: 'public' }));
  });
}

function celebrationKind(deps: Deps) {
  return programKind(deps, CELEBRATION_KIND, celebrationPayload, async ({ payload }, program) => {
    const standings = await standingsOf(deps.db, program, deps.clock.now(), { places: 0, alsoRepIds: [payload.repId] });
    const row = standings.rows.find((r) => r.repId === payload.repId);
    const awarded = await deps.db.incentiveAward.findUnique({ where: { programId_memberId_kind: { programId: program.id, memberId: payload.repId, kind: 'target_reached' } } });
    if (!row || !awarded) return { skip: 'rep no longer in the program' };
    return post(program, celebrationMessage(voiceOf(program.workspace), standings, { ...row, value: Math.max(row.value, Number(awarded.value)) }));
  });
}

function finalKind(deps: Deps) {
  return programKind(deps, FINAL_KIND, programPayload, async (_item, program) => {
    const awards = await deps.db.incentiveAward.findMany({ where: { programId: program.id }, include: { member: true }, orderBy: [{ rank: 'asc' }, { member: { slackUserId: 'asc' } }] });
    const shape = (a: (typeof awards)[number]) => ({ ...a.member, rank: a.rank, value: Number(a.value) });
    const winners = awards.filter((a) => a.kind === 'winner').map(shape);
    const reached = awards.filter((a) => a.kind === 'target_reached').map(shape);
    return post(program, finalMessage(voiceOf(program.workspace), program, winners, reached));
  });
}

export function incentiveOutboxKinds(deps: Deps): OutboxKind<any>[] {
  return [standingsKind(deps), celebrationKind(deps), finalKind(deps), channelNoticeKind(deps)];
}
