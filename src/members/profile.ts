import { setTimeout as sleep } from 'node:timers/promises';
import type { WebClient } from '@slack/web-api';
import type { Member } from '../generated/sqlite/client.js';
import { isValidTimeZone } from '../time/local-time.js';
import type { MemberDeps } from './member-service.js';

export type SlackProfile = { displayName?: string; email?: string; tz?: string; locale?: string; isSlackAdmin: boolean };

const PROFILE_MAX_AGE_MS = 24 * 60 * 60 * 1000;
const PROFILE_RETRY_MS = 60 * 60 * 1000;
/** A new member's first look-up is retried at once a few times; after that, hourly on their requests. */
export const NEW_MEMBER_RETRY_DELAYS_MS = [1_000, 10_000, 60_000] as const;

/** users.info, through the pacer: a burst of new members must not spend the workspace's budget for acks. */
export async function fetchProfile(deps: Pick<MemberDeps, 'pacer'>, slack: WebClient, workspaceId: string, userId: string): Promise<SlackProfile> {
  const call = () => slack.users.info({ user: userId, include_locale: true });
  const { user } = await (deps.pacer ? deps.pacer.run({ workspaceId, method: 'users.info' }, call) : call());
  const tz = user?.tz && isValidTimeZone(user.tz) ? user.tz : undefined;
  return {
    displayName: user?.profile?.display_name || user?.real_name || user?.name,
    email: user?.profile?.email?.toLowerCase(),
    tz,
    locale: user?.locale,
    isSlackAdmin: Boolean(user?.is_admin || user?.is_owner || user?.is_primary_owner),
  };
}

/** What a profile writes on the member: a time zone Slack did not give stays unknown (never guessed). */
export const profileData = (profile: SlackProfile) => ({ ...profile, tz: profile.tz ?? undefined, ...(profile.tz ? { tzKnown: true } : {}) });

/**
 * Look-ups under way in this process by member id (ids are unique across workspaces), for callers
 * that bring no map of their own: a rep added by `/outfield team` and their own first request share one.
 */
const lookups = new Map<string, Promise<void>>();

/** Starts a background refresh when the stored profile is older than a day (once per member at a time). */
export function refreshIfStale(deps: MemberDeps, member: Member): void {
  const age = deps.clock.now().getTime() - (member.profileRefreshedAt?.getTime() ?? 0);
  if (age <= PROFILE_MAX_AGE_MS) return;
  void refreshInBackground(deps, member, []);
}

/**
 * Looks the member up in the background (one look-up per member at a time), retrying after each of
 * `retryDelaysMs` when Slack fails. Resolves when the look-up has ended, however it ended.
 */
export function refreshInBackground(deps: MemberDeps, member: Member, retryDelaysMs: readonly number[]): Promise<void> {
  const refreshing = deps.refreshing ?? lookups;
  const running = refreshing.get(member.id);
  if (running) return running;
  const done = refreshProfile(deps, member, retryDelaysMs).finally(() => {
    refreshing.delete(member.id);
    deps.forget?.(member.workspaceId, member.slackUserId);
  });
  refreshing.set(member.id, done);
  return done;
}

async function refreshProfile(deps: MemberDeps, member: Member, retryDelaysMs: readonly number[]): Promise<void> {
  const { id, workspaceId, slackUserId } = member;
  for (let attempt = 0; ; attempt += 1) {
    try {
      const profile = await fetchProfile(deps, deps.slack, workspaceId, slackUserId);
      await deps.db.member.update({ where: { id }, data: { ...profileData(profile), profileRefreshedAt: deps.clock.now() } });
      return;
    } catch (error) {
      const delay = retryDelaysMs[attempt];
      deps.log.warn({ err: error, slackUserId, attempt }, 'profile look-up failed; keeping the stored one');
      if (delay !== undefined) {
        await sleep(delay, undefined, { ref: false });
        continue;
      }
      // Try again in an hour rather than on every request of this user.
      const retryAt = new Date(deps.clock.now().getTime() - PROFILE_MAX_AGE_MS + PROFILE_RETRY_MS);
      await deps.db.member.update({ where: { id }, data: { profileRefreshedAt: retryAt } }).catch(() => undefined);
      return;
    }
  }
}
