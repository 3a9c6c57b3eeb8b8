import { setTimeout as sleep } from 'node:timers/promises';
import type { WebClient } from '@slack/web-api';
import type { Clock } from '../clock.js';
import type { Db } from '../db/client.js';
import type { Member, Workspace } from '../generated/sqlite/client.js';
import { languageOf, translator, type Language, type Translate } from '../i18n/index.js';
import type { Log } from '../log.js';
import type { Pacer } from '../pacer/pacer.js';
import { NEW_MEMBER_RETRY_DELAYS_MS, refreshIfStale, refreshInBackground } from './profile.js';

export { refreshIfStale } from './profile.js';

export type MemberDeps = {
  db: Db;
  clock: Clock;
  slack: WebClient;
  log: Log;
  adminIds: readonly string[];
  /** Background users.info look-ups go through it when given. */
  pacer?: Pacer;
  /** Look-ups under way by member id, so a burst of requests asks Slack once. */
  refreshing?: Map<string, Promise<void>>;
  /** Told when a member's stored profile changed in the background (the actor cache drops it). */
  forget?: (workspaceId: string, slackUserId: string) => void;
};

/** Who is acting, in which workspace, with which rights and language. */
export type Actor = {
  member: Member;
  workspace: Workspace;
  isAdmin: boolean;
  isManager: boolean;
  language: Language;
  t: Translate;
};

/**
 * How long a person's own first request waits for their profile (language, time zone, Slack admin
 * flag) before it goes on with defaults; the look-up then finishes in the background.
 */
export const FIRST_CONTACT_WAIT_MS = 800;

export async function ensureWorkspace(db: Db, workspaceId: string): Promise<Workspace> {
  return db.workspace.upsert({ where: { id: workspaceId }, create: { id: workspaceId }, update: {} });
}

/**
 * The member for a Slack user. A new one is stored at once with its time zone marked unknown and
 * looked up in the background (`/outfield team` with 20 new reps acks without waiting on Slack);
 * `waitMs` lets the person's own first request wait that long for the look-up.
 */
export async function ensureMember(deps: MemberDeps, workspaceId: string, slackUserId: string, waitMs = 0): Promise<Member> {
  const key = { workspaceId_slackUserId: { workspaceId, slackUserId } };
  const existing = await deps.db.member.findUnique({ where: key });
  if (existing) {
    refreshIfStale(deps, existing);
    return existing;
  }
  const created = await deps.db.member.upsert({ where: key, create: { workspaceId, slackUserId, tzKnown: false }, update: {} });
  return lookUpNew(deps, created, waitMs);
}

/** Waits up to `waitMs` for a never looked-up member's profile; the stored row as it is then. */
async function lookUpNew(deps: MemberDeps, member: Member, waitMs: number): Promise<Member> {
  const lookup = refreshInBackground(deps, member, NEW_MEMBER_RETRY_DELAYS_MS);
  if (waitMs <= 0) return member;
  const done = await Promise.race([lookup.then(() => true), sleep(waitMs, false, { ref: false })]);
  return done ? ((await deps.db.member.findUnique({ where: { id: member.id } })) ?? member) : member;
}

export function isAdmin(member: Member, adminIds: readonly string[]): boolean {
  return member.isSlackAdmin || adminIds.includes(member.slackUserId);
}

/** Every request resolves its actor before the ack, so a known member costs one query. */
export async function resolveActor(deps: MemberDeps, workspaceId: string, slackUserId: string): Promise<Actor> {
  const known = await deps.db.member.findUnique({
    where: { workspaceId_slackUserId: { workspaceId, slackUserId } },
    include: { workspace: true },
  });
  if (known) {
    const { workspace, ...stored } = known;
    // Added by a manager and not looked up yet: their own first request waits for it like a first contact.
    const neverLookedUp = !stored.tzKnown && stored.profileRefreshedAt === null;
    const member = neverLookedUp ? await lookUpNew(deps, stored, FIRST_CONTACT_WAIT_MS) : stored;
    if (!neverLookedUp) refreshIfStale(deps, member);
    return actorFor(member, member === stored ? workspace : await ensureWorkspace(deps.db, workspaceId), deps.adminIds);
  }
  const workspace = await ensureWorkspace(deps.db, workspaceId);
  const member = await ensureMember(deps, workspaceId, slackUserId, FIRST_CONTACT_WAIT_MS);
  return actorFor(member, workspace, deps.adminIds);
}

export function actorFor(member: Member, workspace: Workspace, adminIds: readonly string[]): Actor {
  const language = languageOf(member.locale, workspace.defaultLocale);
  const admin = isAdmin(member, adminIds);
  return {
    member,
    workspace,
    isAdmin: admin,
    isManager: admin || member.role === 'manager',
    language,
    t: translator(language),
  };
}
