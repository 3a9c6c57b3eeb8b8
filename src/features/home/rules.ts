import type { KnownBlock } from '@slack/types';

/** Slack's limit for a Home tab (and a modal). */
export const HOME_MAX_BLOCKS = 100;
/** No single section may crowd out the others. */
export const SECTION_MAX_BLOCKS = 30;

export type FitOptions = { head: readonly KnownBlock[]; note: KnownBlock; max?: number; perSection?: number };

/**
 * The Home's blocks: `head`, then each non-empty section in order with a divider before it, within
 * `max` blocks. A section longer than `perSection` is cut; once the next section does not fit, it
 * and the rest are left out. Whenever anything was cut, `note` closes the Home (its block is
 * reserved up front), so views.publish never fails for a big team.
 */
export function fitSections(sections: readonly (readonly KnownBlock[])[], options: FitOptions): KnownBlock[] {
  const max = options.max ?? HOME_MAX_BLOCKS;
  const perSection = options.perSection ?? SECTION_MAX_BLOCKS;
  const blocks: KnownBlock[] = [...options.head];
  let cut = false;
  for (const section of sections.filter((s) => s.length > 0)) {
    const kept = section.slice(0, perSection);
    if (kept.length < section.length) cut = true;
    if (blocks.length + 1 + kept.length > max - 1) {
      cut = true;
      break;
    }
    blocks.push({ type: 'divider' }, ...kept);
  }
  return cut ? [...blocks, options.note] : blocks;
}

/** The error Slack answered a Web API call with, e.g. "hash_conflict". */
export function slackErrorOf(error: unknown): string | undefined {
  return (error as { data?: { error?: unknown } } | undefined)?.data?.error as string | undefined;
}
