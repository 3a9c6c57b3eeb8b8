import type { KnownBlock } from '@slack/types';
import type { HomeSection } from '../../home/home-section.js';
import type { Actor } from '../../members/member-service.js';
import { context, escapeMrkdwn, header, section } from '../../slack/blocks.js';
import type { FeatureDeps } from '../feature.js';
import { currentPeriodOf, hasAttested } from './attestation-service.js';
import { listMyDisclosures } from './disclosure-service.js';
import { promptButtons } from './prompt-views.js';
import { reviewButtons } from './review-views.js';
import { OPEN_STATUSES } from './rules.js';
import { competesLabel, statusLabel } from './views.js';

const REVIEWS_SHOWN = 5;

/** Rep: the prompt while the period is not attested, and my disclosures with their status. */
function mineSection(deps: FeatureDeps): HomeSection {
  return {
    id: 'disclosures.mine',
    order: 50,
    async render(viewer: Actor, now: Date) {
      const { t } = viewer;
      const blocks: KnownBlock[] = [];
      if (!(await hasAttested(deps.db, viewer.member, viewer.workspace, now))) {
        blocks.push(section(t('disclosures.home_prompt', { period: currentPeriodOf(viewer.member, viewer.workspace, now) })), promptButtons(t, 'disclosures_home_prompt'));
      }
      const mine = (await listMyDisclosures(deps, viewer)).filter((d) => d.status !== 'withdrawn').slice(0, REVIEWS_SHOWN);
      if (mine.length > 0) {
        const lines = mine.map((d) => t('disclosures.home_mine_line', { principal: escapeMrkdwn(d.principal), status: statusLabel(t, d.status) }));
        blocks.push(section(`${t('disclosures.home_mine_title')}\n${lines.join('\n')}`), context(t('disclosures.list_footer')));
      }
      return blocks.length > 0 ? [header(t('disclosures.home_title')), ...blocks] : [];
    },
  };
}

/** Manager (their team) or admin (everyone): open disclosures to decide, with the review post's buttons. */
function reviewSection(deps: FeatureDeps): HomeSection {
  return {
    id: 'disclosures.to_review',
    order: 150,
    async render(viewer: Actor) {
      if (!viewer.isManager) return [];
      const { t } = viewer;
      const where = {
        workspaceId: viewer.workspace.id, status: { in: [...OPEN_STATUSES] }, supersededById: null,
        repId: { not: viewer.member.id }, ...(viewer.isAdmin ? {} : { rep: { managerId: viewer.member.id } }),
      };
      const [open, count] = await Promise.all([
        deps.db.disclosure.findMany({ where, include: { rep: true }, orderBy: { createdAt: 'asc' }, take: REVIEWS_SHOWN }),
        deps.db.disclosure.count({ where }),
      ]);
      if (open.length === 0) return [];
      const blocks: KnownBlock[] = [header(t('disclosures.home_review_title'))];
      for (const d of open) {
        blocks.push(section(t('disclosures.home_review_line', {
          rep: d.rep.slackUserId, principal: escapeMrkdwn(d.principal), competes: competesLabel(t, d.competes), status: statusLabel(t, d.status),
        })), reviewButtons(t, d.id, `disclosures_home_review_${d.id}`));
      }
      if (count > open.length) blocks.push(context(t('disclosures.home_review_more')));
      return blocks;
    },
  };
}

export function disclosureHomeSections(deps: FeatureDeps): HomeSection[] {
  return [mineSection(deps), reviewSection(deps)];
}
