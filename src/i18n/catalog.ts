import { commonMessages } from './common-messages.js';
import { adminMessages } from '../features/admin/messages.js';
import { callMessages } from '../features/calls/messages.js';
import { comingSoonMessages } from '../features/coming-soon/messages.js';
import { incentivesMessages } from '../features/incentives/messages.js';
import { quotasMessages } from '../features/quotas/messages.js';
import { settingsMessages } from '../features/settings/messages.js';

/** Each feature owns its messages; this file only joins them. English is the reference key set. */
const en = {
  ...commonMessages.en,
  ...adminMessages.en,
  ...callMessages.en,
  ...comingSoonMessages.en,
  ...incentivesMessages.en,
  ...quotasMessages.en,
  ...settingsMessages.en,
};

export type MessageKey = keyof typeof en;

const id: Record<MessageKey, string> = {
  ...commonMessages.id,
  ...adminMessages.id,
  ...callMessages.id,
  ...comingSoonMessages.id,
  ...incentivesMessages.id,
  ...quotasMessages.id,
  ...settingsMessages.id,
};

export const catalog: Record<'en' | 'id', Record<MessageKey, string>> = { en, id };
