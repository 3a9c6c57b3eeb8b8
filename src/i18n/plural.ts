import { intlLocaleOf, type Language } from './index.js';

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
