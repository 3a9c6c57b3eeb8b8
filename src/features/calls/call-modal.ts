import type { ModalView, PlainTextOption } from '@slack/types';
import type { Translate } from '../../i18n/index.js';
import { minorDigitsOf } from '../../money.js';
import { input, option, plainText } from '../../slack/blocks.js';
import { dayjs } from '../../time/local-time.js';
import type { CallWithAccount } from './call-service.js';
import { ACCOUNT_SELECT_ACTION, CALL_BLOCKS, CALL_MODAL } from './ids.js';
import { CALL_OUTCOMES, CALL_TYPES, DEAL_STAGES } from './rules.js';
import { NOTES_MAX, SHORT_TEXT_MAX } from './text-rules.js';

/** What a submission needs besides the form: the call being edited, if any. */
export type CallModalMetadata = { callId?: string };

export type CallModalInput = { t: Translate; currency: string; tz: string; now: Date; call?: CallWithAccount };

export const accountOptionValue = (accountId: string): string => `id:${accountId}`;
export const newAccountOptionValue = (name: string): string => `new:${name}`;

const choices = (t: Translate, prefix: 'type' | 'outcome' | 'stage', values: readonly string[]): PlainTextOption[] =>
  values.map((value) => option(t(`calls.${prefix}_${value}` as Parameters<Translate>[0]), value));

function staticSelect(blockId: string, label: string, options: PlainTextOption[], initial: string | null | undefined) {
  const initialOption = options.find((o) => o.value === initial);
  return input({
    blockId,
    label,
    optional: true,
    element: { type: 'static_select', action_id: blockId, options, ...(initialOption ? { initial_option: initialOption } : {}) },
  });
}

function textInput(blockId: string, label: string, maxLength: number, initial: string | null | undefined, multiline = false) {
  return input({
    blockId,
    label,
    optional: true,
    element: { type: 'plain_text_input', action_id: blockId, max_length: maxLength, multiline, ...(initial ? { initial_value: initial } : {}) },
  });
}

/** The Log a call modal, empty (When = today, time = now) or prefilled with a call to edit. */
export function callModal({ t, currency, tz, now, call }: CallModalInput): ModalView {
  const metadata: CallModalMetadata = call ? { callId: call.id } : {};
  const when = dayjs(call?.occurredAt ?? now).tz(tz);
  const B = CALL_BLOCKS;
  return {
    type: 'modal',
    callback_id: CALL_MODAL,
    private_metadata: JSON.stringify(metadata),
    title: plainText(t(call ? 'calls.modal_title_edit' : 'calls.modal_title'), 24),
    submit: plainText(t('common.save'), 24),
    close: plainText(t('common.cancel'), 24),
    blocks: [
      input({
        blockId: B.account,
        label: t('calls.label_account'),
        hint: t('calls.hint_account'),
        element: {
          type: 'external_select',
          action_id: ACCOUNT_SELECT_ACTION,
          min_query_length: 0,
          ...(call ? { initial_option: option(call.account.name, accountOptionValue(call.accountId)) } : {}),
        },
      }),
      textInput(B.contact, t('calls.label_contact'), SHORT_TEXT_MAX, call?.contact),
      staticSelect(B.type, t('calls.label_type'), choices(t, 'type', CALL_TYPES), call?.type),
      input({
        blockId: B.day,
        label: t('calls.label_when'),
        hint: t('calls.hint_when'),
        element: { type: 'datepicker', action_id: B.day, initial_date: when.format('YYYY-MM-DD') },
      }),
      input({
        blockId: B.time,
        label: t('calls.label_time'),
        optional: true,
        element: { type: 'timepicker', action_id: B.time, ...(call ? { initial_time: when.format('HH:mm') } : {}) },
      }),
      staticSelect(B.outcome, t('calls.label_outcome'), choices(t, 'outcome', CALL_OUTCOMES), call?.outcome),
      input({
        blockId: B.value,
        label: t('calls.label_value', { currency }),
        optional: true,
        element: {
          type: 'number_input',
          action_id: B.value,
          // IDR and other currencies without cents take whole numbers.
          is_decimal_allowed: minorDigitsOf(currency) > 0,
          min_value: '0',
          ...(call?.value ? { initial_value: call.value.toString() } : {}),
        },
      }),
      staticSelect(B.stage, t('calls.label_stage'), choices(t, 'stage', DEAL_STAGES), call?.stage),
      textInput(B.nextStep, t('calls.label_next_step'), SHORT_TEXT_MAX, call?.nextStep),
      input({
        blockId: B.nextStepDate,
        label: t('calls.label_next_step_date'),
        optional: true,
        element: { type: 'datepicker', action_id: B.nextStepDate, ...(call?.nextStepDate ? { initial_date: call.nextStepDate } : {}) },
      }),
      textInput(B.notes, t('calls.label_notes'), NOTES_MAX, call?.notes, true),
    ],
  };
}
