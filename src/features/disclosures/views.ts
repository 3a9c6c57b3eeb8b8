import type { KnownBlock, ModalView } from '@slack/types';
import type { Disclosure } from '../../generated/sqlite/client.js';
import type { MessageKey, Translate } from '../../i18n/index.js';
import { actions, button, confirmDialog, context, ephemeral, escapeMrkdwn, header, input, modal, option, section } from '../../slack/blocks.js';
import { AMEND_ACTION, DISCLOSE_BLOCKS as B, DISCLOSE_MODAL, TEXT_BLOCK, WITHDRAW_ACTION } from './ids.js';
import { COMPETES, NOTES_MAX, PRINCIPAL_MAX, PRODUCTS_MAX, REVIEW_TEXT_MAX, TERRITORY_MAX, type CompetesValue } from './rules.js';
import { slackDate } from './slack-date.js';

export const competesLabel = (t: Translate, value: CompetesValue): string => t(`disclosures.competes_${value}` as MessageKey);
export const statusLabel = (t: Translate, status: Disclosure['status']): string => t(`disclosures.status_${status}` as MessageKey);

const textInput = (actionId: string, max: number, options: { multiline?: boolean; initial?: string | null } = {}) => ({
  type: 'plain_text_input' as const,
  action_id: actionId,
  max_length: max,
  ...(options.multiline ? { multiline: true } : {}),
  ...(options.initial ? { initial_value: options.initial.slice(0, max) } : {}),
});

/** Disclose an outside line; with `amends`, the same form filled with that version, to amend it. */
export function discloseModal(t: Translate, amends?: Disclosure): ModalView {
  const competes = COMPETES.map((value) => option(competesLabel(t, value), value));
  const initialCompetes = amends ? competes.find((o) => o.value === amends.competes) : undefined;
  const view = modal({
    callbackId: DISCLOSE_MODAL,
    title: t(amends ? 'disclosures.amend_title' : 'disclosures.modal_title'),
    submit: t('disclosures.modal_submit'),
    close: t('common.cancel'),
    blocks: [
      section(t('disclosures.modal_intro')),
      input({ blockId: B.principal, label: t('disclosures.field_principal'), hint: t('disclosures.field_principal_hint'), element: textInput(B.principal, PRINCIPAL_MAX, { initial: amends?.principal }) }),
      input({ blockId: B.products, label: t('disclosures.field_products'), element: textInput(B.products, PRODUCTS_MAX, { multiline: true, initial: amends?.products }) }),
      input({
        blockId: B.competes, label: t('disclosures.field_competes'),
        element: { type: 'static_select', action_id: B.competes, options: competes, ...(initialCompetes ? { initial_option: initialCompetes } : {}) },
      }),
      input({ blockId: B.since, label: t('disclosures.field_since'), optional: true, element: { type: 'datepicker', action_id: B.since, ...(amends?.since ? { initial_date: amends.since } : {}) } }),
      input({ blockId: B.territory, label: t('disclosures.field_territory'), optional: true, element: textInput(B.territory, TERRITORY_MAX, { initial: amends?.territory }) }),
      input({ blockId: B.notes, label: t('disclosures.field_notes'), optional: true, element: textInput(B.notes, NOTES_MAX, { multiline: true, initial: amends?.notes }) }),
    ],
  });
  return { ...view, private_metadata: JSON.stringify(amends ? { amendsId: amends.id } : {}) };
}

/** Reject (reason), Ask for details (question) or Answer: one text field; metadata names what it is about. */
export function textModal(t: Translate, options: { callbackId: string; title: MessageKey; label: MessageKey; submit: MessageKey; about: string; intro?: string }): ModalView {
  const view = modal({
    callbackId: options.callbackId,
    title: t(options.title),
    submit: t(options.submit),
    close: t('common.cancel'),
    blocks: [
      ...(options.intro ? [section(options.intro)] : []),
      input({ blockId: TEXT_BLOCK, label: t(options.label), element: textInput(TEXT_BLOCK, REVIEW_TEXT_MAX, { multiline: true }) }),
    ],
  });
  return { ...view, private_metadata: JSON.stringify({ id: options.about }) };
}

/** `/disclose list`: my current versions with status and Amend / Withdraw buttons. */
export function listMessage(t: Translate, disclosures: readonly Disclosure[]) {
  if (disclosures.length === 0) return ephemeral(t('disclosures.list_empty'));
  const blocks: KnownBlock[] = [header(t('disclosures.list_title'))];
  for (const d of disclosures) {
    blocks.push(section(t('disclosures.list_line', {
      principal: escapeMrkdwn(d.principal), products: escapeMrkdwn(d.products), status: statusLabel(t, d.status), when: slackDate(d.createdAt),
    })));
    if (d.status !== 'withdrawn') {
      blocks.push(actions(`disclosures_list_${d.id}`,
        button({ text: t('disclosures.amend'), actionId: AMEND_ACTION, value: d.id }),
        button({
          text: t('disclosures.withdraw'), actionId: WITHDRAW_ACTION, value: d.id, style: 'danger',
          confirm: confirmDialog({ title: t('disclosures.withdraw_confirm_title'), text: t('disclosures.withdraw_confirm_text', { principal: d.principal }), confirm: t('disclosures.withdraw'), deny: t('common.cancel') }),
        })));
    }
  }
  blocks.push(context(t('disclosures.list_footer')));
  return ephemeral(t('disclosures.list_title'), blocks.slice(0, 50));
}
