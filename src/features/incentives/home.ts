import type { KnownBlock } from '@slack/types';
import type { HomeSection } from '../../home/home-section.js';
import { formatDay } from '../../i18n/index.js';
import { escapeMrkdwn, header, section } from '../../slack/blocks.js';
import type { FeatureDeps } from '../feature.js';
import { programsFor, runsProgram } from './program-service.js';
import { rankLabel, type ProgramMetric } from './rules.js';
import { isParticipant, standingsOf } from './standings-service.js';
import { formatValue } from './standings-views.js';

const SHOWN = 5;

/** "My programs and my rank" for reps; "programs I run" for managers (SPEC §4.7), from the standings service. */
export function programsHomeSection(deps: FeatureDeps): HomeSection {
  return {
    id: 'incentives.programs',
    order: 30,
    async render(viewer, now) {
      const programs = (await programsFor(deps, viewer, 'active')).slice(0, SHOWN);
      if (programs.length === 0) return [];
      const voice = { t: viewer.t, language: viewer.language, currency: viewer.workspace.currency };
      const lines: string[] = [];
      for (const program of programs) {
        const standings = await standingsOf(deps.db, program, now, { places: 0, alsoRepIds: [viewer.member.id] });
        const name = `*${escapeMrkdwn(program.name)}*`;
        const end = formatDay(program.endDate, viewer.language);
        const mine = standings.rows.find((row) => row.repId === viewer.member.id);
        if (runsProgram(viewer, program) && !isParticipant(program, viewer.member)) {
          lines.push(viewer.t('incentives.home_runs', { name, count: standings.participants, end }));
        } else if (mine) {
          const value = formatValue(voice, program.metric as ProgramMetric, mine.value);
          lines.push(viewer.t('incentives.home_rank', { name, rank: rankLabel(mine.rank), of: standings.participants, value, end }));
        } else {
          lines.push(viewer.t('incentives.home_no_rank', { name, end }));
        }
      }
      const blocks: KnownBlock[] = [header(viewer.t('incentives.home_title')), section(lines.join('\n'))];
      return blocks;
    },
  };
}
