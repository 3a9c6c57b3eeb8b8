import type { KnownBlock } from '@slack/types';
import { showAllButton, type HomeSection } from '../../home/home-section.js';
import { formatDay } from '../../i18n/index.js';
import { plural } from '../../i18n/plural.js';
import type { Actor } from '../../members/member-service.js';
import { actions, button, context, section } from '../../slack/blocks.js';
import { localDayOf } from '../../time/local-time.js';
import type { FeatureDeps } from '../feature.js';
import { HOME_ACTIONS_BLOCK, HOME_TEAM_ACTIONS_BLOCK, OPEN_AWAY_MODAL_ACTION } from './ids.js';
import { isAwayOn, isBehindToday } from './nudge-rules.js';
import { statusOf, teamRows } from './quota-service.js';
import { progressBar, teamTotals } from './rules.js';
import { statusBlocks, teamBlocks, teamLine, type TeamRow } from './views.js';

/** Reps listed as behind on the Home itself; the whole team is one "show all" away. */
const BEHIND_SHOWN = 10;
const TEAM_SECTION = 'quotas.team';

/** Today and this week against my quota (personal targets for independent reps), and Time off. */
const todaySection = (deps: FeatureDeps): HomeSection => ({
  id: 'quotas.today',
  order: 10,
  async render(viewer) {
    const status = await statusOf(deps, viewer.member);
    const personal = viewer.member.kind === 'independent';
    const { blocks } = statusBlocks(viewer.t, { ...status, personal, awayUntil: null, language: viewer.language });
    return [...blocks, actions(HOME_ACTIONS_BLOCK, button({ text: viewer.t('quotas.home_time_off'), actionId: OPEN_AWAY_MODAL_ACTION }))];
  },
});

/** A snoozed nudge and an absence, as things waiting on the rep. */
const pendingSection: HomeSection = {
  id: 'quotas.pending',
  order: 50,
  async render({ member, t, language }, now) {
    const today = localDayOf(now, member.tz);
    const items = [
      ...(member.snoozedDay === today ? [t('quotas.home_snoozed')] : []),
      ...(member.awayUntil && isAwayOn(member, today) ? [t('quotas.home_away', { day: formatDay(member.awayUntil, language) })] : []),
    ];
    return items.length === 0 ? [] : [section([t('quotas.home_pending_title'), ...items].join('\n'))];
  },
};

function teamSummary(viewer: Actor, rows: readonly TeamRow[]): KnownBlock[] {
  const { t, language } = viewer;
  const totals = teamTotals(rows);
  const behind = rows.filter(isBehindToday);
  const summary = [
    `${t('quotas.home_team_title')} · ${plural(t, language, 'quotas.home_team_reps', rows.length)}`,
    t('quotas.home_team_today', { done: totals.today, target: totals.daily, bar: progressBar(totals.today, totals.daily) }),
    t('quotas.home_team_week', { done: totals.week, target: totals.weekly, bar: progressBar(totals.week, totals.weekly) }),
  ];
  const behindBlocks: KnownBlock[] = behind.length === 0
    ? [context(t('quotas.home_nobody_behind'))]
    : [section([plural(t, language, 'quotas.home_behind_title', behind.length), ...behind.slice(0, BEHIND_SHOWN).map((row) => teamLine(t, row))].join('\n'))];
  if (behind.length > BEHIND_SHOWN) behindBlocks.push(context(t('quotas.and_more', { count: behind.length - BEHIND_SHOWN })));
  const showAll = showAllButton(plural(t, language, 'quotas.home_show_all', rows.length), TEAM_SECTION);
  return [section(summary.join('\n')), ...behindBlocks, actions(HOME_TEAM_ACTIONS_BLOCK, showAll)];
}

/** The viewer's own team (teamRows gives an admin everyone unless told whose team). */
const ownTeam = (deps: FeatureDeps, viewer: Actor) => teamRows(deps, viewer, viewer.isAdmin ? viewer.member.slackUserId : undefined);

/** A manager's own team: totals today and this week, who is behind today, and the whole table in a modal. */
const teamSection = (deps: FeatureDeps): HomeSection => ({
  id: TEAM_SECTION,
  order: 100,
  async render(viewer) {
    if (viewer.member.role !== 'manager') return [];
    const { rows } = await ownTeam(deps, viewer);
    return rows.length === 0 ? [] : teamSummary(viewer, rows);
  },
  async full(viewer) {
    const { rows } = await ownTeam(deps, viewer);
    const title = viewer.t('quotas.home_team_modal_title');
    return { title, blocks: rows.length === 0 ? [section(viewer.t('quotas.team_empty'))] : teamBlocks(viewer.t, viewer.t('quotas.home_team_title'), rows) };
  },
});

export const quotasHomeSections = (deps: FeatureDeps): HomeSection[] => [todaySection(deps), pendingSection, teamSection(deps)];
