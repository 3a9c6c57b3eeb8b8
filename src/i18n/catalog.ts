import { commonMessages } from './common-messages.js';
import { adminMessages } from '../features/admin/messages.js';
import { callsHomeMessages } from '../features/calls/home-messages.js';
import { callMessages } from '../features/calls/messages.js';
import { comingSoonMessages } from '../features/coming-soon/messages.js';
import { homeMessages } from '../features/home/messages.js';
import { quotasHomeMessages } from '../features/quotas/home-messages.js';
import { incentivesMessages } from '../features/incentives/messages.js';
import { quotasMessages } from '../features/quotas/messages.js';
import { settingsMessages } from '../features/settings/messages.js';

/** Each feature owns its messages; this file only joins them. English is the reference key set. */
const en = {
  ...commonMessages.en,
  ...adminMessages.en,
  ...callMessages.en,
  ...callsHomeMessages.en,
  ...comingSoonMessages.en,
  ...homeMessages.en,
  ...incentivesMessages.en,
  ...quotasMessages.en,
  ...quotasHomeMessages.en,
  ...settingsMessages.en,
};

export type MessageKey = keyof typeof en;

const id: Record<MessageKey, string> = {
  ...commonMessages.id,
  ...adminMessages.id,
  ...callMessages.id,
  ...callsHomeMessages.id,
  ...comingSoonMessages.id,
  ...homeMessages.id,
  ...incentivesMessages.id,
  ...quotasMessages.id,
  ...quotasHomeMessages.id,
  ...settingsMessages.id,
};

export const catalog: Record<'en' | 'id', Record<MessageKey, string>> = { en, id };
