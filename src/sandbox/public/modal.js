// Modals (the top of the person's view stack) and Block Kit confirm dialogs.
import { collectValues, renderBlocks } from './blocks.js';
import { plain, textObject } from './mrkdwn.js';
import { h } from './dom.js';


const isEmpty = (state) =>
  ['value', 'selected_option', 'selected_date', 'selected_time', 'selected_user', 'selected_conversation'].some((key) => key in state && !state[key]) ||
  (Array.isArray(state.selected_options) && state.selected_options.length === 0);

function markRequired(node, text) {
  const block = node.closest('.sk-input');
  if (!block || block.querySelector('.sk-error')) return;
  block.classList.add('has-error');
  block.append(h('div', { className: 'sk-error', textContent: text }));
}

/** Shows `view` as a modal; `on.submit(values)`, `on.close(all)`, `on.act(action, values)`. */
export function renderModal(view, depth, ctx, on) {
  const body = h('div', { className: 'modal-body' });
  const form = h('form', { className: 'modal', noValidate: true });
  form.setAttribute('role', 'dialog');
  form.setAttribute('aria-modal', 'true');
  form.setAttribute('aria-label', plain(view.title));
  form.dataset.viewId = view.id;
  const values = () => collectValues(body);
  const blocks = renderBlocks(view.blocks, {
    ...ctx,
    state: view.state?.values,
    errors: view.errors,
    act: (action) => on.act(action, values()),
  });
  if (view.trouble) body.append(h('div', { className: 'modal-trouble', role: 'alert', textContent: view.trouble }));
  body.append(blocks);
  const closeX = h('button', { type: 'button', className: 'modal-x', textContent: '×', title: ctx.t('close') });
  closeX.setAttribute('aria-label', ctx.t('close'));
  closeX.addEventListener('click', () => on.close(true));
  const cancel = h('button', { type: 'button', className: 'sk-button' }, view.close ? textObject(view.close) : ctx.t('cancel'));
  cancel.addEventListener('click', () => on.close(false));
  const submit = view.submit ? h('button', { type: 'submit', className: 'sk-button primary' }, textObject(view.submit)) : undefined;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!submit) return;
    const missing = [...body.querySelectorAll('[data-required]')].filter((node) => isEmpty(node.readState()));
    for (const node of missing) markRequired(node, ctx.t('required'));
    const first = missing[0];
    if (first) return (first.matches('input, select, textarea') ? first : first.querySelector('input, select, textarea'))?.focus();
    on.submit(values());
  });
  form.addEventListener('keydown', (event) => event.key === 'Escape' && on.close(true));
  form.append(
    h('header', { className: 'modal-head' }, depth > 1 ? h('span', { className: 'modal-depth', textContent: '‹ ' }) : undefined, h('h2', { textContent: plain(view.title) }), closeX),
    body,
    h('footer', { className: 'modal-foot' }, cancel, submit),
  );
  const overlay = h('div', { className: 'modal-overlay' }, form);
  queueMicrotask(() => {
    const firstError = form.querySelector('[aria-invalid="true"]');
    (firstError ?? form.querySelector('input, select, textarea, button.primary') ?? closeX).focus();
  });
  return overlay;
}

/** A Block Kit `confirm` object as a native modal dialog; resolves true on confirm. */
export function askConfirm(confirm, t) {
  return new Promise((resolve) => {
    const yes = h('button', { type: 'button', className: `sk-button ${confirm.style === 'danger' ? 'danger' : 'primary'}` }, confirm.confirm ? textObject(confirm.confirm) : t('confirm'));
    const no = h('button', { type: 'button', className: 'sk-button' }, confirm.deny ? textObject(confirm.deny) : t('cancel'));
    const title = h('h2', { id: `confirm-${Date.now()}` }, textObject(confirm.title));
    const dialog = h('dialog', { className: 'confirm' },
      title, h('div', { className: 'confirm-text' }, textObject(confirm.text)), h('div', { className: 'modal-foot' }, no, yes));
    const done = (answer) => {
      dialog.close();
      dialog.remove();
      resolve(answer);
    };
    yes.addEventListener('click', () => done(true));
    no.addEventListener('click', () => done(false));
    dialog.addEventListener('cancel', () => done(false));
    dialog.setAttribute('aria-labelledby', title.id);
    document.body.append(dialog);
    dialog.showModal();
    yes.focus();
  });
}
