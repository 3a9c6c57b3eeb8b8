import type { Actor } from '../../members/member-service.js';
import type { Disclosure } from '../../generated/sqlite/client.js';
import { isUniqueViolation } from '../../db/unique-violation.js';
import { UserError } from '../../errors.js';
import { localDayOf } from '../../time/local-time.js';
import type { FeatureDeps } from '../feature.js';
import { adminSlackIdsOf } from './admins.js';
import { recordAttestation } from './attestation-service.js';
import { appendEvent, disclosureInWorkspace } from './disclosure-store.js';
import { channelAlertItems, followUpItems, reviewPostItem } from './outbox-items.js';
import type { CompetesValue } from './rules.js';

export type DisclosureInput = {
  principal: string;
  products: string;
  competes: CompetesValue;
  since?: string;
  territory?: string;
  notes?: string;
};

type Deps = Pick<FeatureDeps, 'db' | 'clock' | 'outbox' | 'config'>;

/** The review post of a new version, or (no review channel yet) a DM to the admins saying how to set one. */
async function enqueueReview(deps: Deps, actor: Actor, disclosure: { id: string; workspaceId: string }): Promise<void> {
  const now = deps.clock.now();
  const channel = actor.workspace.reviewChannelId;
  if (channel) {
    await deps.outbox.enqueue([reviewPostItem(disclosure, channel, now)]);
    return;
  }
  const admins = await adminSlackIdsOf(deps, actor.workspace.id);
  await deps.outbox.enqueue(channelAlertItems(actor.workspace.id, admins, { reason: 'no_channel' }, localDayOf(now, 'UTC'), now));
}

/** The rep's own current version of a disclosure, or a clear error. */
async function ownCurrent(deps: Deps, actor: Actor, id: string) {
  const disclosure = await disclosureInWorkspace(deps.db, actor.workspace.id, id);
  if (disclosure.repId !== actor.member.id) throw new UserError('disclosures.not_yours');
  if (disclosure.supersededById) throw new UserError('disclosures.not_current');
  if (disclosure.status === 'withdrawn') throw new UserError('disclosures.already_withdrawn');
  return disclosure;
}

/**
 * A new disclosure, or an amendment of `amendsId`: a new version that goes back to review with its
 * own review post, while the old version's post is edited to point at it. The old version is
 * closed with a conditional update, so two amendments of one version cannot both succeed. The form's
 * `sourceKey` (its Slack view) is unique: a form delivered twice, even at once, files once.
 */
export async function submitDisclosure(deps: Deps, actor: Actor, form: { input: DisclosureInput; sourceKey: string; amendsId?: string }): Promise<Filed> {
  const { input, sourceKey, amendsId } = form;
  const earlier = await filedFrom(deps, actor, sourceKey);
  if (earlier) return { disclosure: earlier, filed: false };
  const now = deps.clock.now();
  const old = amendsId ? await ownCurrent(deps, actor, amendsId) : undefined;
  const fileIt = () => deps.db.$transaction(async (tx) => {
    const created = await tx.disclosure.create({
      data: { workspaceId: actor.workspace.id, repId: actor.member.id, ...input, amendsId: old?.id ?? null, sourceKey, createdAt: now },
    });
    await appendEvent(tx, { disclosureId: created.id, actorSlackId: actor.member.slackUserId, action: 'submitted', note: old ? `amends ${old.id}` : null, createdAt: now });
    if (!old) return { disclosure: created, amendedEvent: undefined };
    const closed = await tx.disclosure.updateMany({ where: { id: old.id, supersededById: null, status: { not: 'withdrawn' } }, data: { supersededById: created.id } });
    if (closed.count === 0) throw new UserError('disclosures.not_current');
    const event = await appendEvent(tx, { disclosureId: old.id, actorSlackId: actor.member.slackUserId, action: 'amended', note: `replaced by ${created.id}`, createdAt: now });
    return { disclosure: created, amendedEvent: event };
  });
  let outcome: Awaited<ReturnType<typeof fileIt>>;
  try {
    outcome = await fileIt();
  } catch (error) {
    // The same form submitted twice at once: the other submission filed it.
    const winner = isUniqueViolation(error) ? await filedFrom(deps, actor, sourceKey) : undefined;
    if (!winner) throw error;
    return { disclosure: winner, filed: false };
  }
  const { disclosure, amendedEvent } = outcome;
  await recordAttestation(deps, actor, 'disclosed');
  await enqueueReview(deps, actor, disclosure);
  if (old && amendedEvent) await deps.outbox.enqueue(followUpItems(old, amendedEvent.id, now, { dmRep: false }));
  return { disclosure, filed: true };
}

/** `filed: false`: this form had already filed `disclosure` (Slack delivered the submission twice); nothing else was done. */
export type Filed = { disclosure: Disclosure; filed: boolean };

/** What the actor's form with this key already filed, if anything. */
async function filedFrom(deps: Deps, actor: Actor, sourceKey: string): Promise<Disclosure | undefined> {
  const row = await deps.db.disclosure.findUnique({ where: { sourceKey } });
  return row?.repId === actor.member.id ? row : undefined;
}

/** The rep withdraws their current version; the post is edited and the thread told. */
export async function withdrawDisclosure(deps: Deps, actor: Actor, id: string) {
  const now = deps.clock.now();
  const disclosure = await ownCurrent(deps, actor, id);
  const event = await deps.db.$transaction(async (tx) => {
    const changed = await tx.disclosure.updateMany({ where: { id, supersededById: null, status: { not: 'withdrawn' } }, data: { status: 'withdrawn' } });
    if (changed.count === 0) throw new UserError('disclosures.already_withdrawn');
    return appendEvent(tx, { disclosureId: id, actorSlackId: actor.member.slackUserId, action: 'withdrawn', createdAt: now });
  });
  await deps.outbox.enqueue(followUpItems(disclosure, event.id, now, { dmRep: false }));
  return disclosure;
}

/** My current versions (amended ones are replaced by their amendment), newest first. */
export async function listMyDisclosures(deps: Pick<Deps, 'db'>, actor: Actor) {
  return deps.db.disclosure.findMany({
    where: { repId: actor.member.id, supersededById: null },
    orderBy: { createdAt: 'desc' },
    take: 20,
  });
}
