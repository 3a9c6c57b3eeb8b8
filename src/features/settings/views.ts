import type { ModalView } from '@slack/types';
import type { Workspace } from '../../generated/sqlite/client.js';
import { intlLocaleOf, type Language, type MessageKey, type Translate } from '../../i18n/index.js';
import { input, modal, option } from '../../slack/blocks.js';
import { addDays, parseWorkingDays } from '../../time/local-time.js';
import { FIELDS, SETUP_MODAL } from './ids.js';
import { ATTESTATION_MONTHS, MAX_WEEKLY_CAP } from './rules.js';

const A_MONDAY = '2026-11-23';

/** Weekday names 1 = Monday … 7 = Sunday in the user's language. */
function weekdayOptions(language: Language) {
  const format = new Intl.DateTimeFormat(intlLocaleOf(language), { weekday: 'long', timeZone: 'UTC' });
  return [1, 2, 3, 4, 5, 6, 7].map((d) => option(format.format(new Date(`${addDays(A_MONDAY, d - 1)}T00:00:00Z`)), String(d)));
}

const timepicker = (field: 'nudgeTime' | 'recapTime' | 'digestTime', time: string) =>
  ({ type: 'timepicker' as const, action_id: FIELDS[field].action, initial_time: time });

const channelSelect = (field: 'reviewChannelId' | 'leaderboardChannelId', channel: string | null) => ({
  type: 'conversations_select' as const,
  action_id: FIELDS[field].action,
  filter: { include: ['public' as const, 'private' as const], exclude_bot_users: true },
  ...(channel ? { initial_conversation: channel } : {}),
});

export function setupModal(t: Translate, language: Language, ws: Workspace, holidays: readonly string[]): ModalView {
  const weekdays = weekdayOptions(language);
  const working = new Set(parseWorkingDays(ws.workingDays));
  const languages = [option('English', 'en'), option('Bahasa Indonesia', 'id')];
  const attestationOptions = ATTESTATION_MONTHS.map((months) => option(t(`settings.attestation_every_${months}` as MessageKey), String(months)));
  return modal({
    callbackId: SETUP_MODAL,
    title: t('settings.modal_title'),
    submit: t('common.save'),
    close: t('common.cancel'),
    blocks: [
      input({ blockId: FIELDS.workingDays.block, label: t('settings.working_days'), element: {
        type: 'checkboxes', action_id: FIELDS.workingDays.action, options: weekdays,
        ...(working.size > 0 ? { initial_options: weekdays.filter((o) => working.has(Number(o.value))) } : {}),
      } }),
      input({ blockId: FIELDS.holidays.block, label: t('settings.holidays'), hint: t('settings.holidays_hint'), optional: true, element: {
        type: 'plain_text_input', action_id: FIELDS.holidays.action, multiline: true, initial_value: holidays.join('\n'),
      } }),
      input({ blockId: FIELDS.nudgeTime.block, label: t('settings.nudge_time'), hint: t('settings.quiet_hours_hint'), element: timepicker('nudgeTime', ws.nudgeTime) }),
      input({ blockId: FIELDS.recapWeekday.block, label: t('settings.recap_weekday'), element: {
        type: 'static_select', action_id: FIELDS.recapWeekday.action, options: weekdays,
        initial_option: weekdays[ws.recapWeekday - 1] ?? weekdays[4],
      } }),
      input({ blockId: FIELDS.recapTime.block, label: t('settings.recap_time'), element: timepicker('recapTime', ws.recapTime) }),
      input({ blockId: FIELDS.digestTime.block, label: t('settings.digest_time'), element: timepicker('digestTime', ws.digestTime) }),
      input({ blockId: FIELDS.weeklyNudgeCap.block, label: t('settings.weekly_cap'), hint: t('settings.weekly_cap_hint', { max: MAX_WEEKLY_CAP }), element: {
        type: 'plain_text_input', action_id: FIELDS.weeklyNudgeCap.action, initial_value: String(ws.weeklyNudgeCap),
      } }),
      input({ blockId: FIELDS.currency.block, label: t('settings.currency'), hint: t('settings.currency_hint'), element: {
        type: 'plain_text_input', action_id: FIELDS.currency.action, initial_value: ws.currency,
      } }),
      input({ blockId: FIELDS.defaultLocale.block, label: t('settings.language'), element: {
        type: 'static_select', action_id: FIELDS.defaultLocale.action, options: languages,
        initial_option: languages.find((o) => o.value === ws.defaultLocale) ?? languages[0],
      } }),
      input({ blockId: FIELDS.reviewChannelId.block, label: t('settings.review_channel'), optional: true, element: channelSelect('reviewChannelId', ws.reviewChannelId) }),
      input({ blockId: FIELDS.leaderboardChannelId.block, label: t('settings.leaderboard_channel'), optional: true, element: channelSelect('leaderboardChannelId', ws.leaderboardChannelId) }),
      input({ blockId: FIELDS.attestationMonths.block, label: t('settings.attestation_months'), hint: t('settings.attestation_months_hint'), element: {
        type: 'static_select', action_id: FIELDS.attestationMonths.action, options: attestationOptions,
        initial_option: attestationOptions.find((o) => o.value === String(ws.attestationMonths)) ?? attestationOptions[1],
      } }),
    ],
  });
}
