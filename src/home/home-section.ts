import type { KnownBlock } from '@slack/types';
import type { Actor } from '../members/member-service.js';
import { button } from '../slack/blocks.js';

/**
 * A part of the App Home that a feature contributes (SPEC §4.7): calls and quotas, goals, programs,
 * disclosures. The App Home feature asks every section for its blocks and joins them in `order`,
 * so no feature's numbers are computed twice and the home needs no feature's internals.
 */
export type HomeSection = {
  /** Unique, e.g. "quotas.today". */
  id: string;
  /** Lower comes first: 10 today/week, 20 goals, 30 programs, 40 recent calls, 50 pending items, 100+ manager parts. */
  order: number;
  /**
   * The blocks for `viewer` at `now`, in the viewer's language and time zone; none when there is
   * nothing to show. Keep each section small (Slack allows 100 blocks for the whole Home): long
   * lists are summarised with `showAllButton`, which opens `full` in a modal.
   */
  render(viewer: Actor, now: Date): Promise<KnownBlock[]>;
  /** The whole list behind a summary (at most 100 blocks), for the "show all" modal; throws when `viewer` may not see it. */
  full?(viewer: Actor, now: Date): Promise<{ title: string; blocks: KnownBlock[] }>;
};

/** The action id of every "show all" button on the Home; its value is the section id. */
export const HOME_SHOW_ALL_ACTION = 'home_show_all';

export const showAllButton = (text: string, sectionId: string) => button({ text, actionId: HOME_SHOW_ALL_ACTION, value: sectionId });

/**
 * The `home.stale` payload for the person who just acted: only their Home is published again, and
 * only once they have opened it (a cached actor knows without a query).
 */
export const homeOf = (actor: Actor) => ({ workspaceId: actor.workspace.id, slackUserIds: actor.member.homeOpenedAt ? [actor.member.slackUserId] : [] });
