import { z } from 'zod';
import type { Db } from '../../db/client.js';
import type { Member } from '../../generated/sqlite/client.js';
import { languageOf, translator } from '../../i18n/index.js';
import { defineOutboxKind, type OutboxItem, type OutboxKind, type Preparation } from '../../outbox/outbox-kind.js';
import { chunksOf } from '../../scheduler/due-zones.js';
import { isWorkingDayOf, type WorkspaceWithHolidays } from '../../scheduler/member-slots.js';
import type { Planner } from '../../scheduler/planner.js';
import { currentPeriodOf } from './attestation-service.js';
import { PROMPT_KIND } from './ids.js';
import { promptCapStart, promptWindow } from './rules.js';
import { promptMessage, type PromptVariant } from './prompt-views.js';

/** Prompts counted for the weekly cap: sent or about to be (a skipped or expired one reached nobody). */
const COUNTED = ['pending', 'sending', 'sent'] as const;

/** Of `members`, those with no attestation for their current period and no prompt in the last 7 days. */
async function needingPrompt(db: Db, ws: WorkspaceWithHolidays, members: Member[], now: Date): Promise<{ member: Member; period: string }[]> {
  const withPeriod = members.map((member) => ({ member, period: currentPeriodOf(member, ws, now) }));
  const ids = members.map((m) => m.id);
  const attested = await db.attestation.findMany({ where: { memberId: { in: ids }, period: { in: [...new Set(withPeriod.map((m) => m.period))] } } });
  const done = new Set(attested.map((a) => `${a.memberId}:${a.period}`));
  const recent = await db.outboxMessage.findMany({
    where: { kind: PROMPT_KIND, target: { in: ids }, dueAt: { gt: promptCapStart(now) }, status: { in: [...COUNTED] } },
    select: { target: true },
  });
  const prompted = new Set(recent.map((r) => r.target));
  return withPeriod.filter(({ member, period }) => !done.has(`${member.id}:${period}`) && !prompted.has(member.id));
}

/**
 * First-use and re-attestation prompts, and their reminders: every member without an attestation
 * for the current period (quarterly by default, `/outfield setup`) is asked inside their own
 * working hours on a working day, at most once in 7 days, until they disclose or confirm.
 */
export function promptPlanner({ db }: { db: Db }): Planner {
  return {
    name: 'disclosure prompts',
    async plan(now) {
      const items: OutboxItem[] = [];
      const workspaces = await db.workspace.findMany({ include: { holidays: { select: { date: true } } } });
      for (const ws of workspaces) {
        const members = await db.member.findMany({ where: { workspaceId: ws.id } });
        const open = members.flatMap((member) => {
          const window = promptWindow(now, member.tz);
          return window && isWorkingDayOf(ws, window.day) ? [{ member, window }] : [];
        });
        const windowOf = new Map(open.map((o) => [o.member.id, o.window]));
        for (const chunk of chunksOf(open.map((o) => o.member))) {
          for (const { member, period } of await needingPrompt(db, ws, chunk, now)) {
            const window = windowOf.get(member.id) as NonNullable<ReturnType<typeof promptWindow>>;
            items.push({
              workspaceId: ws.id, kind: PROMPT_KIND, target: member.id, slot: `${period}:${window.day}`,
              payload: { memberId: member.id, period }, dueAt: window.dueAt, expiresAt: window.expiresAt,
            });
          }
        }
      }
      return items;
    },
  };
}

const promptPayload = z.object({ memberId: z.string(), period: z.string() });

/** Re-decided at send time: a member who attested meanwhile is not prompted. */
export function promptKind({ db }: { db: Db }): OutboxKind<z.infer<typeof promptPayload>> {
  return defineOutboxKind({
    kind: PROMPT_KIND,
    payload: promptPayload,
    prepare: (items) => Promise.all(items.map(async ({ row, payload }): Promise<Preparation> => {
      const member = await db.member.findUnique({ where: { id: payload.memberId }, include: { workspace: true, attestations: { select: { period: true } } } });
      if (!member) return { skip: 'member no longer exists' };
      if (member.attestations.some((a) => a.period === payload.period)) return { skip: 'attested meanwhile' };
      const earlier = await db.outboxMessage.count({ where: { kind: PROMPT_KIND, target: member.id, status: 'sent', slot: { startsWith: `${payload.period}:` }, id: { not: row.id } } });
      const variant: PromptVariant = earlier > 0 ? 'reminder' : member.attestations.length === 0 ? 'first' : 'period';
      const t = translator(languageOf(member.locale, member.workspace.defaultLocale));
      return { method: 'chat.postMessage', channel: member.slackUserId, ...promptMessage(t, variant, payload.period) };
    })),
  });
}
