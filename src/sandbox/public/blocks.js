// Block Kit layout blocks for messages, modals and the App Home (see README: rendered by hand).
import { renderElement } from './elements.js';
import { mrkdwn, plain, textObject } from './mrkdwn.js';
import { h } from './dom.js';


const withIds = (element, index) => ({ ...element, action_id: element.action_id ?? `a${index}` });

function section(block, blockId, ctx) {
  const body = h('div', 'sk-section-body');
  if (block.text) body.append(h('div', 'sk-text', textObject(block.text, ctx.names)));
  if (block.fields) body.append(h('div', 'sk-fields', ...block.fields.map((field) => h('div', 'sk-field', textObject(field, ctx.names)))));
  const accessory = block.accessory && renderElement(withIds(block.accessory, 0), blockId, { ...ctx, live: true });
  return h('div', 'sk-block sk-section', body, accessory && h('div', 'sk-accessory', accessory));
}

function context(block, ctx) {
  const parts = block.elements.map((element) =>
    element.type === 'image' ? h('span', 'sk-context-image', '▪') : h('span', '', textObject(element, ctx.names)));
  return h('div', 'sk-block sk-context', ...parts);
}

function input(block, blockId, ctx) {
  const label = h('label', 'sk-label', plain(block.label), block.optional ? h('span', 'sk-optional', ` (${ctx.t('optional')})`) : undefined);
  const element = renderElement(withIds(block.element, 0), blockId, { ...ctx, live: Boolean(block.dispatch_action) });
  const control = element.matches('input, select, textarea') ? element : element.querySelector('input, select, textarea');
  if (control) control.id = `in-${blockId}`;
  label.htmlFor = `in-${blockId}`;
  const error = ctx.errors?.[blockId];
  const node = h('div', `sk-block sk-input${error ? ' has-error' : ''}`, label, element,
    block.hint ? h('div', 'sk-hint', textObject(block.hint)) : undefined,
    error ? h('div', 'sk-error', mrkdwn(error)) : undefined);
  if (error && control) control.setAttribute('aria-invalid', 'true');
  // Slack's client itself refuses to submit an empty required input; the modal does the same.
  if (!block.optional) element.dataset.required = '1';
  return node;
}

function image(block) {
  // The sandbox loads nothing from the internet: an image shows as its alt text.
  return h('div', 'sk-block sk-image', block.title ? h('div', 'sk-text', textObject(block.title)) : undefined, h('div', 'sk-image-alt', block.alt_text ?? ''));
}

function richText(block, ctx) {
  const textOf = (el) => (el.type === 'user' ? `<@${el.user_id}>` : el.type === 'link' ? `<${el.url}|${el.text ?? el.url}>` : el.text ?? '');
  const parts = (block.elements ?? []).map((part) => (part.elements ?? []).map(textOf).join(''));
  return h('div', 'sk-block sk-text', mrkdwn(parts.join('\n'), ctx.names));
}

function renderBlock(block, index, ctx) {
  const blockId = block.block_id ?? `b${index}`;
  switch (block.type) {
    case 'section': return section(block, blockId, ctx);
    case 'header': return h('div', 'sk-block sk-header', plain(block.text));
    case 'divider': return h('hr', 'sk-divider');
    case 'context': return context(block, ctx);
    case 'actions': return h('div', 'sk-block sk-actions', ...block.elements.map((el, n) => renderElement(withIds(el, n), blockId, { ...ctx, live: true })));
    case 'input': return input(block, blockId, ctx);
    case 'image': return image(block);
    case 'rich_text': return richText(block, ctx);
    default: return h('div', 'sk-block sk-unknown', `[${block.type} block]`);
  }
}

/**
 * `ctx`: { names(userId), people, t(key), state (view.state.values), errors ({block_id: text}),
 * act(action, node), suggest(request), confirm(confirmObject) → Promise<boolean> }.
 */
export function renderBlocks(blocks, ctx) {
  const root = h('div', 'sk-blocks');
  (blocks ?? []).forEach((block, index) => root.append(renderBlock(block, index, ctx)));
  return root;
}

/** view.state.values of everything stateful under `root`, as Slack sends it. */
export function collectValues(root) {
  const values = {};
  for (const node of root.querySelectorAll('[data-state]')) {
    values[node.dataset.blockId] = { ...values[node.dataset.blockId], [node.dataset.actionId]: node.readState() };
  }
  return values;
}
