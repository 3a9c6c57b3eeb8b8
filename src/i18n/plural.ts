import { intlLocaleOf, type Language, type MessageKey, type MessageParams, type Translate } from './index.js';

const rules = new Map<Language, Intl.PluralRules>();

/** "one" or "other" for `count` in `language` (Bahasa Indonesia has only "other"), via Intl.PluralRules. */
export function pluralOf(count: number, language: Language): 'one' | 'other' {
  let rule = rules.get(language);
  if (!rule) {
    rule = new Intl.PluralRules(intlLocaleOf(language));
    rules.set(language, rule);
  }
  return rule.select(count) === 'one' ? 'one' : 'other';
}

const monthFormats = new Map<Language, Intl.DateTimeFormat>();

/** "November 2026" / "November 2026" (id) for a month key "2026-11". */
export function formatMonth(monthKey: string, language: Language): string {
  let format = monthFormats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(intlLocaleOf(language), { month: 'long', year: 'numeric', timeZone: 'UTC' });
    monthFormats.set(language, format);
  }
  return format.format(new Date(`${monthKey}-01T00:00:00Z`));
}

/** Message keys that exist as `<key>_one` and `<key>_other`. */
export type PluralKey = { [K in MessageKey]: K extends `${infer B}_one` ? (`${B}_other` extends MessageKey ? B : never) : never }[MessageKey];

/** `key_one` or `key_other` for `count`, with `{count}` filled in: English never reads "1 calls". */
export function plural(t: Translate, language: Language, key: PluralKey, count: number, params: MessageParams = {}): string {
  return t(`${key}_${pluralOf(count, language)}`, { count, ...params });
}

/**
 * Plurals in messages, in the ICU form translators know: `{count, plural, one {# call} other {# calls}}`.
 * The branch is chosen by `Intl.PluralRules` of the language (Indonesian has only `other`); `=0`
 * style exact branches win over categories; `#` is the number. Other `{name}` placeholders inside a
 * branch are left for the translator's usual pass.
 */

const PLURAL_START = /\{(\w+),\s*plural,/g;

/** Index just past the `}` that closes the `{` at `open`. */
function closingOf(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i += 1) {
    if (text[i] === '{') depth += 1;
    if (text[i] === '}' && --depth === 0) return i + 1;
  }
  throw new Error(`unbalanced braces in message: ${text}`);
}

/** `one {# call} other {# calls}` → { one: '# call', other: '# calls' }. */
function branchesOf(body: string): Map<string, string> {
  const branches = new Map<string, string>();
  const key = /\s*(=\d+|zero|one|two|few|many|other)\s*\{/y;
  let at = 0;
  while (at < body.trim().length) {
    key.lastIndex = at;
    const match = key.exec(body);
    if (!match) break;
    const open = key.lastIndex - 1;
    const close = closingOf(body, open);
    branches.set(match[1]!, body.slice(open + 1, close - 1));
    at = close;
  }
  if (!branches.has('other')) throw new Error(`plural without an "other" branch: ${body}`);
  return branches;
}

export function formatPlurals(message: string, params: Record<string, string | number>, rules: Intl.PluralRules): string {
  let out = '';
  let from = 0;
  PLURAL_START.lastIndex = 0;
  for (let match = PLURAL_START.exec(message); match; match = PLURAL_START.exec(message)) {
    const close = closingOf(message, match.index);
    const name = match[1]!;
    const count = Number(params[name]);
    const branches = branchesOf(message.slice(PLURAL_START.lastIndex, close - 1));
    const branch = branches.get(`=${count}`) ?? branches.get(Number.isFinite(count) ? rules.select(count) : 'other') ?? branches.get('other')!;
    out += message.slice(from, match.index) + (name in params ? branch.replace(/#/g, String(params[name])) : `{${name}}`);
    from = close;
    PLURAL_START.lastIndex = close;
  }
  return out + message.slice(from);
}
