import type { MessageKey, Translate } from '../../i18n/index.js';
import { actions, button, section, type Message } from '../../slack/blocks.js';
import { NOTHING_TO_DISCLOSE_ACTION, OPEN_DISCLOSE_ACTION, PROMPT_ACTIONS_BLOCK } from './ids.js';

export type PromptVariant = 'first' | 'period' | 'reminder';

/** The two answers to a prompt, also shown in the rep's App Home. */
export function promptButtons(t: Translate, blockId = PROMPT_ACTIONS_BLOCK) {
  return actions(blockId,
    button({ text: t('disclosures.disclose_button'), actionId: OPEN_DISCLOSE_ACTION, style: 'primary' }),
    button({ text: t('disclosures.nothing_button'), actionId: NOTHING_TO_DISCLOSE_ACTION }));
}

export function promptMessage(t: Translate, variant: PromptVariant, period: string): Message {
  const text = t(`disclosures.prompt_${variant}` as MessageKey, { period });
  return { text, blocks: [section(text), promptButtons(t)] };
}
