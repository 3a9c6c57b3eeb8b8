import { z } from 'zod';
import type { Db } from '../../db/client.js';
import { languageOf, translator } from '../../i18n/index.js';
import { defineOutboxKind, type OutboxKind, type Preparation } from '../../outbox/outbox-kind.js';
import { escapeMrkdwn } from '../../slack/blocks.js';
import { CALL_CONFIRMATION_KIND } from './ids.js';
import { callConfirmation } from './views.js';

const payloadSchema = z.object({ callId: z.string().min(1), memberId: z.string().min(1), updated: z.boolean() });
export type CallConfirmationPayload = z.infer<typeof payloadSchema>;

/**
 * The DM confirming a call saved from the modal. It goes through the outbox, which waits out a 429
 * instead of failing, and is rendered from the stored call when it is sent (a later edit shows).
 */
export function callConfirmationKind(db: Pick<Db, 'call' | 'member'>): OutboxKind<CallConfirmationPayload> {
  return defineOutboxKind({
    kind: CALL_CONFIRMATION_KIND,
    payload: payloadSchema,
    async prepare(items) {
      const callIds = items.map((item) => item.payload.callId);
      const memberIds = items.map((item) => item.payload.memberId);
      const calls = new Map((await db.call.findMany({ where: { id: { in: callIds } }, include: { account: true } })).map((c) => [c.id, c]));
      const members = new Map((await db.member.findMany({ where: { id: { in: memberIds } }, include: { workspace: true } })).map((m) => [m.id, m]));
      return items.map(({ payload }): Preparation => {
        const call = calls.get(payload.callId);
        const member = members.get(payload.memberId);
        if (!call) return { skip: 'call deleted' };
        if (!member) return { skip: 'member no longer exists' };
        const language = languageOf(member.locale, member.workspace.defaultLocale);
        const t = translator(language);
        const viewer = { t, language, tz: member.tz, currency: member.workspace.currency };
        const headline = t(payload.updated ? 'calls.updated' : 'calls.logged', { account: escapeMrkdwn(call.account.name) });
        return { method: 'chat.postMessage', channel: member.slackUserId, ...callConfirmation(call, viewer, headline) };
      });
    },
  });
}
