import type { KnownBlock } from '@slack/types';
import type { HomeSection } from '../../home/home-section.js';
import { actions, button, context, section } from '../../slack/blocks.js';
import type { FeatureDeps } from '../feature.js';
import { listMyCalls } from './call-service.js';
import { viewerOf } from './handlers.js';
import { EDIT_CALL_ACTION, HOME_ACTIONS_BLOCK, LOG_CALL_ACTION } from './ids.js';
import { callDetails } from './views.js';

const RECENT_SHOWN = 5;
const HOME_NOTES_MAX = 150;

/** The Log a call button, first on every Home. */
const logCallSection: HomeSection = {
  id: 'calls.log',
  order: 5,
  async render({ t }) {
    return [actions(HOME_ACTIONS_BLOCK, button({ text: t('calls.home_log_call'), actionId: LOG_CALL_ACTION, style: 'primary' }))];
  },
};

/** My last calls, each with Edit (the same modal as everywhere). */
const recentSection = (deps: FeatureDeps): HomeSection => ({
  id: 'calls.recent',
  order: 40,
  async render(viewer) {
    const calls = (await listMyCalls(deps, viewer)).slice(0, RECENT_SHOWN);
    if (calls.length === 0) return [section(viewer.t('calls.home_recent_title')), context(viewer.t('calls.home_recent_empty'))];
    const callViewer = viewerOf(viewer);
    const rows: KnownBlock[] = calls.map((call) =>
      section(callDetails(call, callViewer, HOME_NOTES_MAX), button({ text: viewer.t('calls.edit'), actionId: EDIT_CALL_ACTION, value: call.id })));
    return [section(viewer.t('calls.home_recent_title')), ...rows];
  },
});

export const callsHomeSections = (deps: FeatureDeps): HomeSection[] => [logCallSection, recentSection(deps)];
