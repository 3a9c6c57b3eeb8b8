import { intlLocaleOf, type Language, type MessageKey, type MessageParams, type Translate } from './index.js';

/** Message keys that exist as `<key>_one` and `<key>_other`. */
export type PluralKey = { [K in MessageKey]: K extends `${infer B}_one` ? (`${B}_other` extends MessageKey ? B : never) : never }[MessageKey];

const rules = new Map<Language, Intl.PluralRules>();

/**
 * `key_one` or `key_other` as Intl.PluralRules picks for `count` in the viewer's language, so
 * English never reads "1 calls" (Bahasa Indonesia has one form, so both keys carry the same text).
 */
export function plural(t: Translate, language: Language, key: PluralKey, count: number, params: MessageParams = {}): string {
  const rule = rules.get(language) ?? new Intl.PluralRules(intlLocaleOf(language));
  rules.set(language, rule);
  const form = rule.select(count) === 'one' ? 'one' : 'other';
  return t(`${key}_${form}`, { count, ...params });
}
