import type { WebClient } from '@slack/web-api';
import type { Clock } from '../clock.js';
import type { Db } from '../db/client.js';
import type { Member, Workspace } from '../generated/sqlite/client.js';
import { languageOf, translator, type Language, type Translate } from '../i18n/index.js';
import type { Log } from '../log.js';
import { isValidTimeZone } from '../time/local-time.js';

export type MemberDeps = {
  db: Db;
  clock: Clock;
  slack: WebClient;
  log: Log;
  adminIds: readonly string[];
  /** Members whose profile refresh is under way, so a burst of requests asks Slack once. */
  refreshing?: Set<string>;
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

const PROFILE_MAX_AGE_MS = 24 * 60 * 60 * 1000;
const PROFILE_RETRY_MS = 60 * 60 * 1000;

type SlackProfile = { displayName?: string; email?: string; tz?: string; locale?: string; isSlackAdmin: boolean };

async function fetchProfile(slack: WebClient, userId: string): Promise<SlackProfile> {
  const { user } = await slack.users.info({ user: userId, include_locale: true });
  const tz = user?.tz && isValidTimeZone(user.tz) ? user.tz : undefined;
  return {
    displayName: user?.profile?.display_name || user?.real_name || user?.name,
    email: user?.profile?.email?.toLowerCase(),
    tz,
    locale: user?.locale,
    isSlackAdmin: Boolean(user?.is_admin || user?.is_owner || user?.is_primary_owner),
  };
}

export async function ensureWorkspace(db: Db, workspaceId: string): Promise<Workspace> {
  return db.workspace.upsert({ where: { id: workspaceId }, create: { id: workspaceId }, update: {} });
}

/**
 * The member for a Slack user, created on first contact with time zone and locale from users.info.
 * A profile older than a day is refreshed in the background, so only a first contact waits on Slack.
 */
export async function ensureMember(deps: MemberDeps, workspaceId: string, slackUserId: string): Promise<Member> {
  const key = { workspaceId_slackUserId: { workspaceId, slackUserId } };
  const existing = await deps.db.member.findUnique({ where: key });
  if (existing) {
    refreshIfStale(deps, existing);
    return existing;
  }
  const profile = await fetchProfile(deps.slack, slackUserId).catch((error: unknown) => {
    deps.log.warn({ err: error, slackUserId }, 'users.info failed; member created with defaults');
    return undefined;
  });
  const data = {
    displayName: profile?.displayName,
    email: profile?.email,
    tz: profile?.tz,
    locale: profile?.locale,
    isSlackAdmin: profile?.isSlackAdmin ?? false,
    profileRefreshedAt: profile ? deps.clock.now() : null,
  };
  return deps.db.member.upsert({ where: key, create: { workspaceId, slackUserId, ...data }, update: data });
}

function refreshIfStale(deps: MemberDeps, member: Member): void {
  const age = deps.clock.now().getTime() - (member.profileRefreshedAt?.getTime() ?? 0);
  if (age <= PROFILE_MAX_AGE_MS || deps.refreshing?.has(member.id)) return;
  deps.refreshing?.add(member.id);
  void refreshProfile(deps, member.id, member.slackUserId).finally(() => deps.refreshing?.delete(member.id));
}

async function refreshProfile(deps: MemberDeps, memberId: string, slackUserId: string): Promise<void> {
  try {
    const profile = await fetchProfile(deps.slack, slackUserId);
    await deps.db.member.update({
      where: { id: memberId },
      data: { ...profile, tz: profile.tz ?? undefined, profileRefreshedAt: deps.clock.now() },
    });
  } catch (error) {
    deps.log.warn({ err: error, slackUserId }, 'profile refresh failed; keeping the stored one');
    // Try again in an hour rather than on every request of this user.
    const retryAt = new Date(deps.clock.now().getTime() - PROFILE_MAX_AGE_MS + PROFILE_RETRY_MS);
    await deps.db.member.update({ where: { id: memberId }, data: { profileRefreshedAt: retryAt } }).catch(() => undefined);
  }
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
    refreshIfStale(deps, known);
    const { workspace, ...member } = known;
    return actorFor(member, workspace, deps.adminIds);
  }
  const workspace = await ensureWorkspace(deps.db, workspaceId);
  const member = await ensureMember(deps, workspaceId, slackUserId);
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
