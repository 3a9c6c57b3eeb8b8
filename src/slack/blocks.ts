import type { ActionsBlock, Button, ContextBlock, DividerBlock, HeaderBlock, InputBlock, KnownBlock, ModalView, PlainTextOption, SectionBlock } from '@slack/types';

/** Small Block Kit builders shared by every feature's views; Slack's limits are enforced where noted. */

const SECTION_TEXT_LIMIT = 3000;
const HEADER_TEXT_LIMIT = 150;
const BUTTON_TEXT_LIMIT = 75;

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

export function button(options: { text: string; actionId: string; value?: string; style?: 'primary' | 'danger' }): Button {
  return {
    type: 'button',
    text: { type: 'plain_text', text: clip(options.text, BUTTON_TEXT_LIMIT), emoji: true },
    action_id: options.actionId,
    ...(options.value !== undefined ? { value: options.value } : {}),
    ...(options.style ? { style: options.style } : {}),
  };
}

/** An input block of a modal; `optional` fields may be left empty. */
export function input(options: { blockId: string; label: string; element: InputBlock['element']; optional?: boolean; hint?: string }): InputBlock {
  return {
    type: 'input',
    block_id: options.blockId,
    label: { type: 'plain_text', text: options.label },
    element: options.element,
    ...(options.optional ? { optional: true } : {}),
    ...(options.hint ? { hint: { type: 'plain_text', text: options.hint } } : {}),
  };
}

/** A modal with a submit and a close button; titles and button labels are cut to Slack's 24 characters. */
export function modal(options: { callbackId: string; title: string; submit: string; close: string; blocks: KnownBlock[] }): ModalView {
  const text = (value: string) => ({ type: 'plain_text' as const, text: clip(value, 24) });
  return {
    type: 'modal',
    callback_id: options.callbackId,
    title: text(options.title),
    submit: text(options.submit),
    close: text(options.close),
    blocks: options.blocks,
  };
}

export function option(text: string, value: string): PlainTextOption {
  return { text: { type: 'plain_text', text: clip(text, BUTTON_TEXT_LIMIT) }, value };
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
