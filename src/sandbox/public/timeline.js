// A channel's messages as Slack lays them out: avatar, name, time, blocks, files, threads, ephemerals.
import { renderBlocks } from './blocks.js';
import { mrkdwn } from './mrkdwn.js';
import { h } from './dom.js';


const initials = (name) => name.split(/\s+/).map((part) => part[0]).join('').slice(0, 2).toUpperCase();
const hue = (id) => [...id].reduce((sum, ch) => sum + ch.charCodeAt(0), 0) % 360;

function avatar(item, ctx) {
  const isBot = item.author === ctx.botId;
  const node = h('div', `avatar${isBot ? ' bot' : ''}`, isBot ? 'O' : initials(ctx.names(item.author) ?? '?'));
  if (!isBot) node.style.background = `hsl(${hue(item.author)} 45% 42%)`;
  node.setAttribute('aria-hidden', 'true');
  return node;
}

function files(item, ctx) {
  return (item.files ?? []).map((file) => {
    const link = h('a', 'file-card', h('span', 'file-icon', (file.name.split('.').pop() ?? '').slice(0, 4).toUpperCase()), h('span', 'file-meta', h('b', '', file.title || file.name), h('small', '', `${file.name} · ${ctx.formatSize(file.size)}`)));
    link.href = `/files/${encodeURIComponent(file.id)}`;
    link.setAttribute('download', file.name);
    return link;
  });
}

function message(item, ctx) {
  const isBot = item.author === ctx.botId;
  const head = h('div', 'msg-head', h('b', 'msg-name', ctx.names(item.author) ?? item.author), isBot ? h('span', 'app-badge', 'APP') : undefined,
    h('time', 'msg-time', ctx.formatTime(item.at)), item.edited ? h('span', 'msg-edited', `(${ctx.t('edited')})`) : undefined);
  const content = item.blocks?.length
    ? renderBlocks(item.blocks, { ...ctx, act: (action) => ctx.act(item, action) })
    : h('div', 'sk-text', mrkdwn(item.text, ctx.names));
  const body = h('div', 'msg-body', head, content, ...files(item, ctx));
  const node = h('article', `msg${item.visibleTo ? ' ephemeral' : ''}`, avatar(item, ctx), body);
  node.dataset.key = item.key;
  if (item.visibleTo) node.prepend(h('div', 'only-you', ctx.t('onlyYou')));
  return node;
}

/** Messages in order; replies (thread_ts of a shown parent) go into the parent's thread. */
export function renderTimeline(items, ctx) {
  const root = h('div', 'timeline');
  const parents = new Map();
  for (const item of items) {
    const parent = item.threadTs && item.threadTs !== item.ts ? parents.get(item.threadTs) : undefined;
    if (parent) {
      parent.replies.append(message(item, ctx));
      parent.count += 1;
      parent.label.textContent = ctx.t('replies', parent.count);
      continue;
    }
    const node = message(item, ctx);
    root.append(node);
    if (!item.visibleTo) {
      const label = h('div', 'thread-label');
      const replies = h('div', 'thread', label);
      node.querySelector('.msg-body').append(replies);
      parents.set(item.ts, { replies, label, count: 0 });
    }
  }
  if (items.length === 0) root.append(h('p', 'empty', ctx.t('empty')));
  return root;
}
