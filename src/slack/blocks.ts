import type {
  ActionsBlock,
  Button,
  ConfirmationDialog,
  ContextBlock,
  DividerBlock,
  HeaderBlock,
  InputBlock,
  InputBlockElement,
  KnownBlock,
  ModalView,
  PlainTextElement,
  PlainTextOption,
  SectionBlock,
} from '@slack/types';

/** Small Block Kit builders shared by every feature's views; Slack's limits are enforced where noted. */

const SECTION_TEXT_LIMIT = 3000;
const HEADER_TEXT_LIMIT = 150;
const BUTTON_TEXT_LIMIT = 75;
const OPTION_TEXT_LIMIT = 75;
const OPTION_VALUE_LIMIT = 150;
const CONFIRM_TEXT_LIMIT = 300;
const CONFIRM_TITLE_LIMIT = 100;
const CONFIRM_BUTTON_LIMIT = 30;
const MODAL_TEXT_LIMIT = 24;

export function clip(text: string, limit: number): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1)}…`;
}

export function header(text: string): HeaderBlock {
  return { type: 'header', text: { type: 'plain_text', text: clip(text, HEADER_TEXT_LIMIT), emoji: true } };
}

export function section(text: string, accessory?: Button): SectionBlock {
  return {
    type: 'section',
    text: { type: 'mrkdwn', text: clip(text, SECTION_TEXT_LIMIT) },
    ...(accessory ? { accessory } : {}),
  };
}

export function context(...texts: string[]): ContextBlock {
  return { type: 'context', elements: texts.map((text) => ({ type: 'mrkdwn', text: clip(text, SECTION_TEXT_LIMIT) })) };
}

export function divider(): DividerBlock {
  return { type: 'divider' };
}

export function actions(blockId: string, ...elements: Button[]): ActionsBlock {
  return { type: 'actions', block_id: blockId, elements };
}

export function plainText(text: string, limit = SECTION_TEXT_LIMIT): PlainTextElement {
  return { type: 'plain_text', text: clip(text, limit), emoji: true };
}

export type ButtonOptions = {
  text: string;
  actionId: string;
  value?: string;
  style?: 'primary' | 'danger';
  confirm?: ConfirmationDialog;
};

export function button(options: ButtonOptions): Button {
  return {
    type: 'button',
    text: plainText(options.text, BUTTON_TEXT_LIMIT),
    action_id: options.actionId,
    ...(options.value !== undefined ? { value: options.value } : {}),
    ...(options.style ? { style: options.style } : {}),
    ...(options.confirm ? { confirm: options.confirm } : {}),
  };
}

/** A "are you sure?" dialog for a destructive button. */
export function confirmDialog(options: { title: string; text: string; confirm: string; deny: string }): ConfirmationDialog {
  return {
    title: plainText(options.title, CONFIRM_TITLE_LIMIT),
    text: plainText(options.text, CONFIRM_TEXT_LIMIT),
    confirm: plainText(options.confirm, CONFIRM_BUTTON_LIMIT),
    deny: plainText(options.deny, CONFIRM_BUTTON_LIMIT),
    style: 'danger',
  };
}

/** A select option; a value over Slack's 150 characters is a bug, not something to clip. */
export function option(text: string, value: string): PlainTextOption {
  if (value.length > OPTION_VALUE_LIMIT) throw new Error(`option value longer than ${OPTION_VALUE_LIMIT} characters`);
  return { text: plainText(text, OPTION_TEXT_LIMIT), value };
}

export function input(options: { blockId: string; label: string; element: InputBlockElement; optional?: boolean; hint?: string }): InputBlock {
  return {
    type: 'input',
    block_id: options.blockId,
    label: plainText(options.label, 2000),
    element: options.element,
    ...(options.optional ? { optional: true } : {}),
    ...(options.hint ? { hint: plainText(options.hint, 2000) } : {}),
  };
}

/** A modal with submit and close buttons; Slack allows 24 characters in its title and button labels. */
export function modal(options: { callbackId: string; title: string; submit: string; close: string; blocks: KnownBlock[] }): ModalView {
  return {
    type: 'modal',
    callback_id: options.callbackId,
    title: plainText(options.title, MODAL_TEXT_LIMIT),
    submit: plainText(options.submit, MODAL_TEXT_LIMIT),
    close: plainText(options.close, MODAL_TEXT_LIMIT),
    blocks: options.blocks,
  };
}

export type Message = { text: string; blocks?: KnownBlock[] };

/** A reply only the user sees (slash-command ack body or response_url payload). */
export function ephemeral(text: string, blocks?: KnownBlock[]) {
  return { response_type: 'ephemeral' as const, text, ...(blocks ? { blocks } : {}) };
}

/** Escapes the three characters Slack treats as control sequences in mrkdwn. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
