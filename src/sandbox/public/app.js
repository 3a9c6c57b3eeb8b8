// The sandbox page: who you are, the sidebar, a channel or the App Home, the composer and the clock.
import { collectValues, renderBlocks } from './blocks.js';
import { chromeText } from './chrome-text.js';
import { askConfirm, renderModal } from './modal.js';
import { renderTimeline } from './timeline.js';

const $ = (selector) => document.querySelector(selector);
const params = new URLSearchParams(location.search);
const ui = { as: params.get('as') ?? localStorage.getItem('sandbox.as') ?? 'U0SBSAM', channel: 'C0GENERAL', tab: 'messages', snapshot: undefined, shown: {}, seen: {} };
let t = chromeText('en');

async function post(name, body) {
  const res = await fetch(`/api/${name}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ as: ui.as, ...body }) });
  const answer = await res.json();
  if (!res.ok) throw new Error(answer.error ?? res.statusText);
  return answer;
}

async function load() {
  const res = await fetch(`/api/state?as=${encodeURIComponent(ui.as)}`);
  apply(await res.json());
}

const names = (id) => (id === 'U0BOT' ? 'Outfield' : ui.snapshot?.people.find((p) => p.id === id)?.real_name);

function context() {
  const me = ui.snapshot.me;
  const time = new Intl.DateTimeFormat(me.locale, { timeZone: me.tz, weekday: 'short', hour: 'numeric', minute: '2-digit' });
  return {
    t, names, botId: 'U0BOT', people: ui.snapshot.people, channels: ui.snapshot.channels.filter((c) => c.kind === 'channel'),
    formatTime: (iso) => time.format(new Date(iso)),
    formatSize: (bytes) => new Intl.NumberFormat(me.locale, { style: 'unit', unit: bytes < 1024 ? 'byte' : 'kilobyte', maximumFractionDigits: 1 }).format(bytes < 1024 ? bytes : bytes / 1024),
    confirm: (object) => askConfirm(object, t),
    suggest: (request) => post('suggest', request).then((answer) => answer.options),
  };
}

/** Re-renders a region only when its data changed, so typing in the composer or a modal survives updates. */
function region(name, data, paint) {
  const key = JSON.stringify(data);
  if (ui.shown[name] === key) return;
  ui.shown[name] = key;
  paint();
}

function apply(snapshot) {
  ui.snapshot = snapshot;
  t = chromeText(snapshot.me.locale);
  document.documentElement.lang = snapshot.me.locale.slice(0, 2);
  if (!snapshot.channels.some((c) => c.id === ui.channel)) ui.channel = snapshot.channels[0].id;
  const current = snapshot.items.filter((item) => item.channel === ui.channel);
  ui.seen[ui.channel] = current.length;
  region('chrome', [snapshot.me, snapshot.now, snapshot.programEnd, ui.channel, ui.tab], renderChrome);
  region('sidebar', [snapshot.me.id, snapshot.channels, ui.channel, ui.tab, unread(snapshot)], renderSidebar);
  region('main', [snapshot.me.id, ui.channel, ui.tab, ui.tab === 'home' ? snapshot.home : current], renderMain);
  region('modal', [snapshot.me.id, snapshot.modals.at(-1)], renderModalRegion);
}

const unread = (snapshot) => Object.fromEntries(snapshot.channels.map((c) => [c.id, snapshot.items.filter((i) => i.channel === c.id).length - (ui.seen[c.id] ?? 0)]));

function renderChrome() {
  const { me, people, now } = ui.snapshot;
  const switcher = $('#who');
  switcher.replaceChildren(...people.map((p) => new Option(`${p.real_name} · ${p.part} · ${p.tz.split('/')[1].replace('_', ' ')} · ${p.locale.startsWith('id') ? 'Bahasa Indonesia' : 'English'}`, p.id, false, p.id === me.id)));
  $('#who-label').textContent = t('you');
  $('#clock-label').textContent = t('clock');
  $('#clock-now').textContent = new Intl.DateTimeFormat(me.locale, { timeZone: me.tz, dateStyle: 'medium', timeStyle: 'short' }).format(new Date(now));
  for (const button of document.querySelectorAll('[data-jump]')) button.textContent = t(button.dataset.label);
  // Only while a program is active: the jump lands on the day after its end date, where the final results post.
  $('[data-jump="program-end"]').hidden = !ui.snapshot.programEnd;
  const channel = ui.snapshot.channels.find((c) => c.id === ui.channel);
  $('#composer-text').placeholder = t('message', channel?.kind === 'dm' ? 'Outfield' : `#${channel?.name}`);
  $('#send').textContent = t('send');
  $('#menu').setAttribute('aria-label', t('menu'));
}

function link(label, selected, onClick, badge) {
  const button = Object.assign(document.createElement('button'), { type: 'button', className: `side-link${selected ? ' selected' : ''}`, textContent: label });
  if (badge > 0) button.append(Object.assign(document.createElement('span'), { className: 'badge', textContent: String(badge) }));
  button.addEventListener('click', () => { onClick(); document.body.classList.remove('menu-open'); apply(ui.snapshot); });
  return button;
}

function renderSidebar() {
  const counts = unread(ui.snapshot);
  const channels = ui.snapshot.channels.filter((c) => c.kind === 'channel');
  const dm = ui.snapshot.channels.find((c) => c.kind === 'dm');
  $('#sidebar-channels').replaceChildren(...channels.map((c) => link(`# ${c.name}`, ui.channel === c.id && ui.tab === 'messages', () => { ui.channel = c.id; ui.tab = 'messages'; }, counts[c.id])));
  $('#sidebar-apps').replaceChildren(link('Outfield', ui.channel === dm.id, () => { ui.channel = dm.id; }, counts[dm.id]));
  $('#channels-title').textContent = t('channels');
  $('#apps-title').textContent = t('apps');
}

function renderMain() {
  const channel = ui.snapshot.channels.find((c) => c.id === ui.channel);
  const isApp = channel.kind === 'dm';
  $('#channel-name').textContent = isApp ? 'Outfield' : `# ${channel.name}`;
  const tabs = $('#app-tabs');
  tabs.hidden = !isApp;
  tabs.replaceChildren(...['home', 'messages'].map((tab) => {
    const button = Object.assign(document.createElement('button'), { type: 'button', className: `tab${ui.tab === tab ? ' selected' : ''}`, textContent: t(tab) });
    button.setAttribute('aria-pressed', String(ui.tab === tab));
    button.addEventListener('click', () => openTab(tab));
    return button;
  }));
  if (!isApp) ui.tab = 'messages';
  const showHome = isApp && ui.tab === 'home';
  $('#composer').hidden = showHome;
  const ctx = context();
  const pane = $('#pane');
  if (showHome) {
    const home = ui.snapshot.home;
    const root = home ? renderBlocks(home.blocks, { ...ctx, act: (action) => send('act', { viewId: home.id, action, values: collectValues(pane) }) }) : Object.assign(document.createElement('p'), { className: 'empty', textContent: t('noHome') });
    const wrapper = Object.assign(document.createElement('div'), { className: 'home' });
    wrapper.append(root);
    return pane.replaceChildren(wrapper);
  }
  const items = ui.snapshot.items.filter((item) => item.channel === ui.channel);
  pane.replaceChildren(renderTimeline(items, { ...ctx, act: (item, action) => send('act', { itemKey: item.key, action }) }));
  pane.scrollTop = pane.scrollHeight;
}

function renderModalRegion() {
  const stack = ui.snapshot.modals;
  const view = stack.at(-1);
  const root = $('#modal-root');
  if (!view) return root.replaceChildren();
  root.replaceChildren(renderModal(view, stack.length, context(), {
    submit: (values) => send('submit', { viewId: view.id, values }),
    close: (all) => send('close', { all }),
    act: (action, values) => send('act', { viewId: view.id, action, values }),
  }));
}

async function openTab(tab) {
  ui.tab = tab;
  apply(ui.snapshot);
  if (tab === 'home') await send('home', {});
}

async function send(name, body) {
  try {
    apply(await post(name, body));
  } catch (error) {
    toast(error.message);
  }
}

function toast(text) {
  const node = $('#toast');
  node.textContent = text;
  node.hidden = false;
  setTimeout(() => { node.hidden = true; }, 4000);
}

$('#who').addEventListener('change', (event) => {
  ui.as = event.target.value;
  localStorage.setItem('sandbox.as', ui.as);
  ui.shown = {};
  ui.seen = {};
  load();
});
$('#composer').addEventListener('submit', (event) => {
  event.preventDefault();
  const box = $('#composer-text');
  const text = box.value.trim();
  if (!text) return;
  box.value = '';
  send('compose', { channel: ui.channel, text });
});
$('#composer-text').addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && !event.shiftKey) {
    event.preventDefault();
    $('#composer').requestSubmit();
  }
});
for (const button of document.querySelectorAll('[data-jump]')) {
  button.addEventListener('click', async () => {
    document.body.classList.add('busy');
    $('#clock-now').textContent = t('moving');
    await send('clock', { jump: button.dataset.jump });
    document.body.classList.remove('busy');
  });
}
$('#menu').addEventListener('click', () => document.body.classList.toggle('menu-open'));

let pending;
new EventSource('/api/stream').onmessage = () => {
  clearTimeout(pending);
  pending = setTimeout(load, 40);
};
load();
