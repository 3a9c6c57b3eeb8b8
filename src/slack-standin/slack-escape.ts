/**
 * What Slack makes of the text a user types into a command with `should_escape: true` (wire facts §7,
 * and field reports): `&`, `<`, `>` become entities; links, bare domains and e-mail addresses become
 * `<url|text>`; known people `<@U…|name>`, known channels `<#C…|name>`, `@here` and friends `<!here>`.
 */

export type EscapeDirectory = {
  userIdOf(name: string): string | undefined;
  channelIdOf(name: string): string | undefined;
};

const TLD = '(?:com|net|org|io|co|id|app|dev|biz|info|me|ai)';
const PATTERNS: [RegExp, (match: string, d: EscapeDirectory) => string | undefined][] = [
  [/https?:\/\/[^\s<>]+/y, (url) => `<${url}>`],
  [/[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/iy, (email) => `<mailto:${email}|${email}>`],
  [new RegExp(`(?:[a-z0-9-]+\\.)+${TLD}(?:\\.[a-z]{2})?(?!\\w)(?:/[^\\s<>]*)?`, 'iy'), (domain) => `<http://${domain}|${domain}>`],
  [/@(?:here|channel|everyone)\b/y, (broadcast) => `<!${broadcast.slice(1)}>`],
  [/@[\w.-]+/y, (handle, d) => { const id = d.userIdOf(handle.slice(1)); return id && `<@${id}|${handle.slice(1)}>`; }],
  [/#[\w-]+/y, (channel, d) => { const id = d.channelIdOf(channel.slice(1)); return id && `<#${id}|${channel.slice(1)}>`; }],
];

const entities = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** `typed` as the app receives it in the command's `text` field. */
export function escapeAsSlack(typed: string, directory: EscapeDirectory): string {
  let out = '';
  let i = 0;
  while (i < typed.length) {
    // Markup only starts at a word boundary, as in Slack (no link in the middle of "foo@bar" handles).
    const atBoundary = i === 0 || /[\s(]/.test(typed[i - 1]!);
    const found = atBoundary ? PATTERNS.map(([pattern, render]) => {
      pattern.lastIndex = i;
      const match = pattern.exec(typed)?.[0];
      const markup = match && render(match.replace(/[.,;!?)]+$/, ''), directory);
      return markup && { markup, length: match.replace(/[.,;!?)]+$/, '').length };
    }).find(Boolean) : undefined;
    if (found) {
      out += found.markup;
      i += found.length;
    } else {
      out += entities(typed[i]!);
      i += 1;
    }
  }
  return out;
}
