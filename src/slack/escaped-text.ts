/**
 * Slack rewrites what a user types before an app sees it (`should_escape: true`, and link detection
 * always): `&`, `<`, `>` become entities and links, e-mail addresses, channels, people and
 * broadcasts become `<…>` markup. This turns such text back into what the user typed.
 *
 * Only user mentions stay markup, as `<@U…>` without the deprecated name label: they are the one
 * form commands read (`/quota set @rep …`) and free text keeps them as the person the user meant.
 * Broadcasts become plain `@here` and links their visible text, so a stored value can never ping
 * or link anything when it is shown again.
 */

const MARKUP = /<([^<>]*)>/g;
const BROADCASTS = new Set(['here', 'channel', 'everyone']);

/** The text inside one `<…>`: `@U123|name`, `#C123|name`, `!here`, `http://x.co|x.co`, `mailto:a@b.co|a@b.co`. */
function plainOf(inner: string): string {
  const bar = inner.indexOf('|');
  const target = bar === -1 ? inner : inner.slice(0, bar);
  const label = bar === -1 ? '' : inner.slice(bar + 1);
  if (target.startsWith('@')) return /^@[UW][A-Z0-9]+$/.test(target) ? `<${target}>` : label || target;
  if (target.startsWith('#')) return `#${label || target.slice(1)}`;
  if (target.startsWith('!')) {
    const name = target.slice(1);
    if (BROADCASTS.has(name)) return `@${name}`;
    // <!subteam^S123|@sales>, <!date^1392734382^{date}|Feb 18, 2014>: the label is what was shown.
    return label || `@${name.replace(/\^.*$/, '')}`;
  }
  // Only a link has a scheme (http:, https:, mailto:, tel:); any other <…> is not Slack's and stays as it is.
  if (!/^[a-z][a-z0-9+.-]*:/i.test(target)) return `<${inner}>`;
  if (label) return label;
  return target.replace(/^mailto:/i, '');
}

/** Entities Slack uses for the three characters it escapes; `&amp;` last, so `&amp;lt;` stays `&lt;`. */
export function unescapeEntities(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** `text` with every `<…>` markup blanked out (same length), to find separators that are not inside one. */
export function blankMarkup(text: string): string {
  return text.replace(MARKUP, (whole) => ' '.repeat(whole.length));
}

/** True when the text holds a mention, channel or broadcast as Slack sends it (`<@…>`, `<#…>`, `<!…>`). */
export function hasMentionMarkup(text: string): boolean {
  return /<[@#!][^<>]*>/.test(text);
}

/** Slack's escaped command text → what the user typed (user mentions as `<@U…>`, see above). */
export function readEscapedText(text: string): string {
  return unescapeEntities(text.replace(MARKUP, (_whole, inner: string) => plainOf(inner)));
}
