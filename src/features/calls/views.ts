import type { KnownBlock } from '@slack/types';
import type { Account } from '../../generated/sqlite/client.js';
import { formatDay, type Language, type Translate } from '../../i18n/index.js';
import { formatMoney } from '../../money.js';
import { actions, button, confirmDialog, ephemeral, escapeMrkdwn, header, section } from '../../slack/blocks.js';
import { localTimeOf } from '../../time/local-time.js';
import type { CallWithAccount, LoggedCall } from './call-service.js';
import { CHOOSE_ACCOUNT_ACTION, DELETE_CALL_ACTION, EDIT_CALL_ACTION } from './ids.js';
import { encodePending, type PendingCall } from './pending-call.js';

/** How the viewer reads a call: their words, language, time zone, and the workspace currency. */
export type CallViewer = { t: Translate; language: Language; tz: string; currency: string };

const LIST_NOTES_MAX = 280;

export function whenOf(call: LoggedCall, viewer: CallViewer): string {
  return `${formatDay(call.localDay, viewer.language)} ${localTimeOf(call.occurredAt, viewer.tz)}`;
}

/** One call in mrkdwn; every piece of user text is escaped. */
export function callDetails(call: LoggedCall, viewer: CallViewer, notesMax = Infinity): string {
  const { t } = viewer;
  const facts = [
    `*${escapeMrkdwn(call.account.name)}*`,
    whenOf(call, viewer),
    call.type && t(`calls.type_${call.type}`),
    call.outcome && t(`calls.outcome_${call.outcome}`),
    call.value !== null && formatMoney(Number(call.value), viewer.currency, viewer.language),
    call.stage && `${t('calls.label_stage')}: ${t(`calls.stage_${call.stage}`)}`,
  ].filter(Boolean);
  const lines = [facts.join(' · ')];
  if (call.contact) lines.push(`${t('calls.label_contact')}: ${escapeMrkdwn(call.contact)}`);
  if (call.nextStep || call.nextStepDate) {
    const date = call.nextStepDate ? ` (${formatDay(call.nextStepDate, viewer.language)})` : '';
    lines.push(`${t('calls.label_next_step')}: ${escapeMrkdwn(call.nextStep ?? '')}${date}`);
  }
  if (call.notes) {
    const notes = call.notes.length > notesMax ? `${call.notes.slice(0, notesMax - 1)}…` : call.notes;
    lines.push(`> ${escapeMrkdwn(notes).replace(/\n/g, '\n> ')}`);
  }
  return lines.join('\n');
}

const editButton = (viewer: CallViewer, call: LoggedCall) =>
  button({ text: viewer.t('calls.edit'), actionId: EDIT_CALL_ACTION, value: call.id });

/** "Logged your call with Acme" + the details + Edit; `headline` says whether it was new, a replay or an edit. */
export function callConfirmation(call: LoggedCall, viewer: CallViewer, headline: string) {
  const blocks: KnownBlock[] = [section(headline), section(callDetails(call, viewer)), actions(`calls_confirm_${call.id}`, editButton(viewer, call))];
  return { text: headline, blocks };
}

export function loggedHeadline(call: LoggedCall, t: Translate, created: boolean): string {
  return created ? t('calls.logged', { account: escapeMrkdwn(call.account.name) }) : t('calls.already_logged');
}

export function callListMessage(calls: readonly CallWithAccount[], viewer: CallViewer) {
  const { t } = viewer;
  if (calls.length === 0) return ephemeral(t('calls.list_empty'));
  const blocks: KnownBlock[] = [header(t('calls.list_header'))];
  for (const call of calls) {
    const day = formatDay(call.localDay, viewer.language);
    const confirm = confirmDialog({
      title: t('calls.delete_confirm_title'),
      text: t('calls.delete_confirm_text', { account: call.account.name, day }),
      confirm: t('calls.delete'),
      deny: t('common.cancel'),
    });
    blocks.push(
      section(callDetails(call, viewer, LIST_NOTES_MAX)),
      actions(`calls_row_${call.id}`, editButton(viewer, call), button({ text: t('calls.delete'), actionId: DELETE_CALL_ACTION, value: call.id, style: 'danger', confirm })),
    );
  }
  return ephemeral(t('calls.list_header'), blocks);
}

/** Nothing is stored yet: the rep picks one of the close accounts or creates the new one. */
export function duplicatePrompt(pending: PendingCall, duplicates: readonly Account[], t: Translate) {
  const text = t('calls.duplicate_prompt', { name: escapeMrkdwn(pending.name) });
  const choices = [
    ...duplicates.map((account, i) =>
      button({ text: t('calls.use_account', { name: account.name }), actionId: `${CHOOSE_ACCOUNT_ACTION}:${i}`, value: encodePending(pending, account.id), style: i === 0 ? 'primary' : undefined })),
    button({ text: t('calls.create_account', { name: pending.name }), actionId: `${CHOOSE_ACCOUNT_ACTION}:new`, value: encodePending(pending) }),
  ];
  return ephemeral(text, [section(text), actions('calls_choose_account', ...choices)]);
}

export function deletedMessage(call: CallWithAccount, viewer: CallViewer, key: 'calls.deleted' | 'calls.undone') {
  return ephemeral(viewer.t(key, { account: escapeMrkdwn(call.account.name), day: formatDay(call.localDay, viewer.language) }));
}
