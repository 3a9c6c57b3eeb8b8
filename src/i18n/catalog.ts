import { commonMessages } from './common-messages.js';
import { adminMessages } from '../features/admin/messages.js';
import { callsHomeMessages } from '../features/calls/home-messages.js';
import { callMessages } from '../features/calls/messages.js';
import { repCallsMessages } from '../features/calls/rep-calls-messages.js';
import { disclosureMessages } from '../features/disclosures/messages.js';
import { disclosureReviewMessages } from '../features/disclosures/review-messages.js';
import { homeMessages } from '../features/home/messages.js';
import { quotasHomeMessages } from '../features/quotas/home-messages.js';
import { goalsMessages } from '../features/goals/messages.js';
import { incentivesMessages } from '../features/incentives/messages.js';
import { quotasMessages } from '../features/quotas/messages.js';
import { reportsMessages } from '../features/reports/messages.js';
import { settingsMessages } from '../features/settings/messages.js';

/** Each feature owns its messages; this file only joins them. English is the reference key set. */
const en = {
  ...commonMessages.en,
  ...adminMessages.en,
  ...callMessages.en,
  ...callsHomeMessages.en,
  ...disclosureMessages.en,
  ...disclosureReviewMessages.en,
  ...homeMessages.en,
  ...incentivesMessages.en,
  ...quotasMessages.en,
  ...quotasHomeMessages.en,
  ...repCallsMessages.en,
  ...goalsMessages.en,
  ...reportsMessages.en,
  ...settingsMessages.en,
};

export type MessageKey = keyof typeof en;

const id: Record<MessageKey, string> = {
  ...commonMessages.id,
  ...adminMessages.id,
  ...callMessages.id,
  ...callsHomeMessages.id,
  ...disclosureMessages.id,
  ...disclosureReviewMessages.id,
  ...homeMessages.id,
  ...incentivesMessages.id,
  ...quotasMessages.id,
  ...quotasHomeMessages.id,
  ...repCallsMessages.id,
  ...goalsMessages.id,
  ...reportsMessages.id,
  ...settingsMessages.id,
};

export const catalog: Record<'en' | 'id', Record<MessageKey, string>> = { en, id };
