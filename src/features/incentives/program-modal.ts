import type { ModalView, PlainTextOption } from '@slack/types';
import type { MessageKey, Translate } from '../../i18n/index.js';
import { input, modal, option } from '../../slack/blocks.js';
import { PROGRAM_BLOCKS as B, PROGRAM_MODAL, SHOW_INACTIVE_VALUE } from './ids.js';
import { CADENCES, NAME_MAX, PRIZE_MAX, PROGRAM_METRICS, TARGET_KINDS, VISIBILITIES } from './rules.js';

export type ProgramModalInput = { t: Translate; today: string; timeZone: string; channelId: string | null; isAdmin: boolean };

function select(t: Translate, blockId: string, label: string, values: readonly string[], prefix: string, initial?: string, optional = false) {
  const options: PlainTextOption[] = values.map((value) => option(t(`${prefix}${value}` as MessageKey), value));
  const initialOption = options.find((o) => o.value === initial);
  return input({
    blockId,
    label,
    optional,
    element: { type: 'static_select', action_id: blockId, options, ...(initialOption ? { initial_option: initialOption } : {}) },
  });
}

const textInput = (blockId: string, label: string, max: number, initial?: string, optional = false) =>
  input({ blockId, label, optional, element: { type: 'plain_text_input', action_id: blockId, max_length: max, ...(initial ? { initial_value: initial } : {}) } });

/** The New incentive program modal; admins also choose whose team takes part (none = everyone). */
export function programModal({ t, today, timeZone, channelId, isAdmin }: ProgramModalInput): ModalView {
  const blocks = [
    textInput(B.name, t('incentives.label_name'), NAME_MAX),
    select(t, B.metric, t('incentives.label_metric'), PROGRAM_METRICS, 'incentives.metric_', 'calls'),
    input({ blockId: B.startDate, label: t('incentives.label_start'), element: { type: 'datepicker', action_id: B.startDate, initial_date: today } }),
    input({ blockId: B.endDate, label: t('incentives.label_end'), element: { type: 'datepicker', action_id: B.endDate } }),
    textInput(B.prize, t('incentives.label_prize'), PRIZE_MAX),
    select(t, B.targetKind, t('incentives.label_target_kind'), TARGET_KINDS, 'incentives.target_kind_', 'none', true),
    input({ blockId: B.target, label: t('incentives.label_target'), optional: true, hint: t('incentives.hint_target'),
      element: { type: 'number_input', action_id: B.target, is_decimal_allowed: true, min_value: '0' } }),
    input({ blockId: B.channel, label: t('incentives.label_channel'), hint: t('incentives.hint_channel'),
      element: { type: 'conversations_select', action_id: B.channel, filter: { include: ['public', 'private'], exclude_bot_users: true }, ...(channelId ? { initial_conversation: channelId } : {}) } }),
    select(t, B.cadence, t('incentives.label_cadence'), CADENCES, 'incentives.cadence_', 'weekly'),
    select(t, B.weekday, t('incentives.label_weekday'), ['1', '2', '3', '4', '5', '6', '7'], 'incentives.weekday_', '1', true),
    input({ blockId: B.time, label: t('incentives.label_time'), element: { type: 'timepicker', action_id: B.time, initial_time: '09:00' } }),
    textInput(B.timeZone, t('incentives.label_time_zone'), 64, timeZone),
    input({ blockId: B.places, label: t('incentives.label_places'), optional: true,
      element: { type: 'number_input', action_id: B.places, is_decimal_allowed: false, min_value: '1', max_value: '100', initial_value: '10' } }),
    select(t, B.visibility, t('incentives.label_visibility'), VISIBILITIES, 'incentives.visibility_', 'counts'),
    input({ blockId: B.showInactive, label: t('incentives.label_show_inactive'), optional: true,
      element: { type: 'checkboxes', action_id: B.showInactive, options: [option(t('incentives.show_inactive_option'), SHOW_INACTIVE_VALUE)] } }),
    ...(isAdmin ? [input({ blockId: B.team, label: t('incentives.label_team'), optional: true, hint: t('incentives.hint_team'), element: { type: 'users_select', action_id: B.team } })] : []),
  ];
  return modal({ callbackId: PROGRAM_MODAL, title: t('incentives.modal_title'), submit: t('incentives.modal_submit'), close: t('common.cancel'), blocks });
}
