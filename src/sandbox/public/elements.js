// Block Kit elements (buttons, selects, pickers, checkboxes, radios, text inputs) as DOM, each able
// to report its state the way Slack puts it in view.state.values and in block_actions payloads.
import { plain, textObject } from './mrkdwn.js';
import { h } from './dom.js';

const optionText = (option) => plain(option.text);
const sameOption = (a, b) => a && b && a.value === b.value;

/** The state entry of a stateful element; `ctx.state` holds values echoed back after an error. */
function stateful(node, element, blockId, read, ctx) {
  node.dataset.state = '1';
  node.dataset.blockId = blockId;
  node.dataset.actionId = element.action_id;
  node.readState = () => ({ type: element.type, ...read() });
  // Outside input blocks (and with dispatch_action) a change is a block_actions of its own.
  node.dispatch = () => ctx.act({ actionId: element.action_id, blockId, type: element.type, ...toAction(read()) }, node);
  node.addEventListener('change', () => ctx.live && node.dispatch());
  return node;
}

const asInput = (option) => ({ value: option.value, text: optionText(option) });

/** State shape → the SlackDriver's action input (selected_option → selectedOption, …). */
function toAction(state) {
  if ('selected_option' in state) return { selectedOption: state.selected_option && asInput(state.selected_option) };
  if ('selected_options' in state) return { selectedOptions: state.selected_options.map(asInput) };
  if ('selected_user' in state) return { selectedUser: state.selected_user };
  if ('selected_date' in state) return { selectedDate: state.selected_date };
  return { value: state.value ?? state.selected_time ?? undefined };
}

const previous = (ctx, blockId, element) => ctx.state?.[blockId]?.[element.action_id];

function button(element, blockId, ctx) {
  const node = h('button', { type: 'button', className: `sk-button ${element.style ?? ''}` }, textObject(element.text));
  if (element.url) node.dataset.url = element.url;
  node.addEventListener('click', async () => {
    if (element.confirm && !(await ctx.confirm(element.confirm))) return;
    if (element.url) window.open(element.url, '_blank', 'noreferrer');
    ctx.act({ actionId: element.action_id, blockId, type: 'button', value: element.value, text: plain(element.text) }, node);
  });
  return node;
}

function select(element, blockId, ctx, options, toSelection) {
  const initial = previous(ctx, blockId, element)?.selected_option ?? element.initial_option;
  const placeholder = h('option', { value: '', textContent: plain(element.placeholder) || 'Select an option' });
  const node = h('select', { className: 'sk-select' }, placeholder,
    ...options.map((option, index) => h('option', { value: String(index), textContent: optionText(option), selected: sameOption(option, initial) })));
  return stateful(node, element, blockId, () => toSelection(options[Number(node.value)] ?? null), ctx);
}

function externalSelect(element, blockId, ctx) {
  let options = [];
  let chosen = previous(ctx, blockId, element)?.selected_option ?? element.initial_option ?? null;
  const list = h('datalist', { id: `dl-${blockId}-${element.action_id}` });
  const input = h('input', { className: 'sk-input', value: chosen ? optionText(chosen) : '', placeholder: plain(element.placeholder) || 'Type to search' });
  input.setAttribute('list', list.id);
  const node = h('span', { className: 'sk-external' }, input, list);
  input.addEventListener('input', async () => {
    // Picking from the list puts an option's text in the box: that is a choice, not a new search.
    chosen = options.find((option) => optionText(option) === input.value) ?? null;
    if (chosen) return;
    options = await ctx.suggest({ actionId: element.action_id, blockId, value: input.value });
    list.replaceChildren(...options.map((option) => h('option', { value: optionText(option) })));
    chosen = options.find((option) => optionText(option) === input.value) ?? null;
  });
  return stateful(node, element, blockId, () => ({ selected_option: chosen }), ctx);
}

function picker(type, element, blockId, ctx, key, initial) {
  const node = h('input', { type, className: 'sk-input sk-picker', value: previous(ctx, blockId, element)?.[key] ?? initial ?? '' });
  return stateful(node, element, blockId, () => ({ [key]: node.value || null }), ctx);
}

function choices(element, blockId, ctx, multiple) {
  const before = previous(ctx, blockId, element);
  const initial = multiple ? (before?.selected_options ?? element.initial_options ?? []) : [before?.selected_option ?? element.initial_option];
  const name = `r-${blockId}-${element.action_id}`;
  const boxes = element.options.map((option) => {
    const box = h('input', { type: multiple ? 'checkbox' : 'radio', name, checked: initial.some((o) => sameOption(o, option)) });
    return { box, option, row: h('label', { className: 'sk-choice' }, box, h('span', {}, textObject(option.text)), option.description ? h('small', {}, textObject(option.description)) : undefined) };
  });
  const picked = () => boxes.filter(({ box }) => box.checked).map(({ option }) => option);
  const read = () => (multiple ? { selected_options: picked() } : { selected_option: picked()[0] ?? null });
  return stateful(h('div', { className: 'sk-choices' }, ...boxes.map(({ row }) => row)), element, blockId, read, ctx);
}

function textInput(element, blockId, ctx) {
  const value = previous(ctx, blockId, element)?.value ?? element.initial_value ?? '';
  const props = { className: 'sk-input', value, placeholder: plain(element.placeholder) };
  const node = element.multiline ? h('textarea', { ...props, rows: 4 }) : h('input', { ...props, type: { email_text_input: 'email', url_text_input: 'url', number_input: 'text' }[element.type] ?? 'text' });
  if (element.max_length) node.maxLength = element.max_length;
  if (element.type === 'number_input') node.inputMode = element.is_decimal_allowed ? 'decimal' : 'numeric';
  return stateful(node, element, blockId, () => ({ value: node.value === '' ? null : node.value }), ctx);
}

const people = (ctx) => ctx.people.map((p) => ({ text: { type: 'plain_text', text: p.real_name }, value: p.id }));
const channels = (ctx) => (ctx.channels ?? []).map((c) => ({ text: { type: 'plain_text', text: `# ${c.name}` }, value: c.id }));

/** One element; unknown types show a marker instead of disappearing. */
export function renderElement(element, blockId, ctx) {
  switch (element.type) {
    case 'button': return button(element, blockId, ctx);
    case 'static_select': case 'overflow': case 'multi_static_select': {
      const options = element.options ?? (element.option_groups ?? []).flatMap((g) => g.options);
      return select(element, blockId, ctx, options, (o) => (element.type === 'multi_static_select' ? { selected_options: o ? [o] : [] } : { selected_option: o }));
    }
    case 'external_select': return externalSelect(element, blockId, ctx);
    case 'users_select': {
      const initial = previous(ctx, blockId, element)?.selected_user ?? element.initial_user;
      return select({ ...element, initial_option: people(ctx).find((o) => o.value === initial) }, blockId, ctx, people(ctx), (o) => ({ selected_user: o?.value ?? null }));
    }
    case 'conversations_select': case 'channels_select': {
      const key = element.type === 'channels_select' ? 'selected_channel' : 'selected_conversation';
      // After inline errors the pick comes back from view.state, as for every other element.
      const initial = previous(ctx, blockId, element)?.[key] ?? element.initial_conversation ?? element.initial_channel;
      return select({ ...element, initial_option: channels(ctx).find((o) => o.value === initial) }, blockId, ctx, channels(ctx), (o) => ({ [key]: o?.value ?? null }));
    }
    case 'datepicker': return picker('date', element, blockId, ctx, 'selected_date', element.initial_date);
    case 'timepicker': return picker('time', element, blockId, ctx, 'selected_time', element.initial_time);
    case 'checkboxes': return choices(element, blockId, ctx, true);
    case 'radio_buttons': return choices(element, blockId, ctx, false);
    case 'plain_text_input': case 'email_text_input': case 'url_text_input': case 'number_input': return textInput(element, blockId, ctx);
    case 'image': return h('img', { className: 'sk-thumb', src: element.image_url?.startsWith('data:') ? element.image_url : '', alt: element.alt_text ?? '' });
    default: return h('span', { className: 'sk-unknown', textContent: `[${element.type}]` });
  }
}
