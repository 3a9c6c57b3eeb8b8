// Slack mrkdwn and plain_text to DOM nodes (never innerHTML): *bold*, _italic_, ~strike~, `code`,
// ```pre```, > quotes, <url|label>, <@U…>, <#C…|name>, <!here>, :emoji: and Slack's &amp; escapes.
import { h } from './dom.js';

const EMOJI = {
  white_check_mark: '✅', heavy_check_mark: '✔️', x: '❌', tada: '🎉', trophy: '🏆', fire: '🔥', warning: '⚠️',
  calendar: '📅', date: '📅', telephone_receiver: '📞', phone: '📞', bell: '🔔', zzz: '💤', memo: '📝', clipboard: '📋',
  chart_with_upwards_trend: '📈', moneybag: '💰', star: '⭐', rocket: '🚀', wave: '👋', clap: '👏', muscle: '💪',
  first_place_medal: '🥇', second_place_medal: '🥈', third_place_medal: '🥉', hourglass: '⌛', palm_tree: '🌴',
  briefcase: '💼', handshake: '🤝', eyes: '👀', lock: '🔒', bulb: '💡', dart: '🎯', car: '🚗', sparkles: '✨',
};

const unescape = (text) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
export const emojify = (text) => text.replace(/:([a-z0-9_+-]+):/g, (whole, name) => EMOJI[name] ?? whole);

const el = (tag, className, children) => h(tag, className, ...children);

/** `<…>` references: links, mentions, channels, specials and dates. */
function reference(body, names) {
  const [target, label] = body.split('|');
  if (target.startsWith('@')) return el('span', 'mention', [`@${names(target.slice(1)) ?? label ?? target.slice(1)}`]);
  if (target.startsWith('#')) return el('span', 'mention', [`#${label ?? target.slice(1)}`]);
  if (target.startsWith('!date')) return label ?? '';
  if (target.startsWith('!')) return el('span', 'mention', [`@${target.slice(1).split('^')[0]}`]);
  const link = el('a', '', [label ?? target]);
  link.href = target;
  link.target = '_blank';
  link.rel = 'noreferrer';
  return link;
}

const INLINE = /<([^<>\s][^<>]*)>|`([^`\n]+)`|\*([^*\n]+)\*|(?<![\p{L}\p{N}])_([^_\n]+)_(?![\p{L}\p{N}])|~([^~\n]+)~/u;

function inline(text, names) {
  const out = [];
  let rest = text;
  for (let match = INLINE.exec(rest); match; match = INLINE.exec(rest)) {
    if (match.index > 0) out.push(emojify(unescape(rest.slice(0, match.index))));
    const [whole, ref, code, bold, italic, strike] = match;
    if (ref !== undefined) out.push(reference(ref, names));
    else if (code !== undefined) out.push(el('code', '', [unescape(code)]));
    else out.push(el(bold !== undefined ? 'b' : italic !== undefined ? 'i' : 's', '', inline(bold ?? italic ?? strike, names)));
    rest = rest.slice(match.index + whole.length);
  }
  if (rest) out.push(emojify(unescape(rest)));
  return out;
}

/** A mrkdwn string as a fragment; `names(userId)` gives display names for mentions. */
export function mrkdwn(text, names = () => undefined) {
  const root = document.createDocumentFragment();
  const parts = String(text ?? '').split(/```([\s\S]*?)```/);
  parts.forEach((part, index) => {
    if (index % 2 === 1) return root.append(el('pre', '', [unescape(part)]));
    const lines = part.split('\n');
    lines.forEach((line, n) => {
      if (line.startsWith('&gt; ') || line.startsWith('> ')) root.append(el('blockquote', '', inline(line.replace(/^(&gt;|>) /, ''), names)));
      else {
        root.append(...inline(line, names));
        if (n < lines.length - 1 && !lines[n + 1].match(/^(&gt;|>) /)) root.append(document.createElement('br'));
      }
    });
  });
  return root;
}

/** A text object (plain_text or mrkdwn). */
export function textObject(object, names) {
  if (!object) return document.createDocumentFragment();
  if (object.type === 'mrkdwn') return mrkdwn(object.text, names);
  return document.createTextNode(object.emoji === false ? object.text : emojify(object.text ?? ''));
}

export const plain = (object) => (object ? (object.emoji === false ? object.text : emojify(object.text ?? '')) : '');
