import type { HomeSection } from '../../home/home-section.js';
import { header } from '../../slack/blocks.js';
import type { FeatureDeps } from '../feature.js';
import { goalStatus } from './goal-status.js';
import { goalViewerOf } from './handlers.js';
import { periodBlocks } from './views.js';

/** Month and quarter goals with the forecasts, from the same service as `/goal`. */
export function goalHomeSection(deps: FeatureDeps): HomeSection {
  return {
    id: 'goals.progress',
    order: 20,
    async render(viewer) {
      const status = await goalStatus(deps, viewer.member);
      const t = goalViewerOf(viewer);
      return [header(viewer.t('goals.status_title')), ...periodBlocks(status.month, t), ...periodBlocks(status.quarter, t)];
    },
  };
}
