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

/** Message keys that exist as `<key>_one` and `<key>_other`. */
export type PluralKey = { [K in MessageKey]: K extends `${infer B}_one` ? (`${B}_other` extends MessageKey ? B : never) : never }[MessageKey];

/** `key_one` or `key_other` for `count`, with `{count}` filled in: English never reads "1 calls". */
export function plural(t: Translate, language: Language, key: PluralKey, count: number, params: MessageParams = {}): string {
  return t(`${key}_${pluralOf(count, language)}`, { count, ...params });
}
