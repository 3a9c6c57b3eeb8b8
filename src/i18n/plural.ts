import { intlLocaleOf, type Language } from './index.js';

const rules = new Map<Language, Intl.PluralRules>();

/**
 * The plural category of `count` in `language`, to pick between `<key>_one` and `<key>_other`
 * (Bahasa Indonesia has only "other": "3 baris", "1 baris").
 */
export function pluralOf(count: number, language: Language): 'one' | 'other' {
  let rule = rules.get(language);
  if (!rule) {
    rule = new Intl.PluralRules(intlLocaleOf(language));
    rules.set(language, rule);
  }
  return rule.select(count) === 'one' ? 'one' : 'other';
}
