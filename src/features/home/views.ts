import type { HomeView, KnownBlock, ModalView } from '@slack/types';
import { formatDay } from '../../i18n/index.js';
import type { Actor } from '../../members/member-service.js';
import { context, header, plainText } from '../../slack/blocks.js';
import { localDayOf, localTimeOf } from '../../time/local-time.js';
import { SHOW_ALL_MODAL } from './ids.js';
import { fitSections, HOME_MAX_BLOCKS } from './rules.js';

/** The title and "updated at" line, in the viewer's language and time zone. */
function homeHead(viewer: Actor, now: Date): KnownBlock[] {
  const { t, member, language } = viewer;
  const title = t(member.role === 'manager' ? 'home.title_manager' : 'home.title_rep');
  const updated = t('home.updated', { day: formatDay(localDayOf(now, member.tz), language), time: localTimeOf(now, member.tz), tz: member.tz });
  return [header(title), context(updated)];
}

/** The whole Home: every section's blocks in order, within Slack's 100 blocks. */
export function homeView(viewer: Actor, now: Date, sections: readonly (readonly KnownBlock[])[]): HomeView {
  const blocks = fitSections(sections, { head: homeHead(viewer, now), note: context(viewer.t('home.truncated')) });
  return { type: 'home', blocks };
}

export const sectionFailed = (viewer: Actor): KnownBlock[] => [context(viewer.t('home.section_failed'))];

/** A read-only modal with the full list behind a "show all" button. */
export function showAllModal(viewer: Actor, full: { title: string; blocks: KnownBlock[] }): ModalView {
  return {
    type: 'modal',
    callback_id: SHOW_ALL_MODAL,
    title: plainText(full.title, 24),
    close: plainText(viewer.t('home.close'), 24),
    blocks: full.blocks.slice(0, HOME_MAX_BLOCKS),
  };
}
