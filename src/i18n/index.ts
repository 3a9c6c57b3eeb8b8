import { catalog, type MessageKey } from './catalog.js';
import { formatPlurals } from './plural.js';

export type { MessageKey };
export type Language = 'en' | 'id';
export const LANGUAGES: readonly Language[] = ['en', 'id'];
export type MessageParams = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: MessageParams) => string;

export function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

/** The user's Slack locale ("id-ID", "en-GB") when we speak it, else the workspace default. */
export function languageOf(slackLocale: string | null | undefined, workspaceDefault: string): Language {
  const fromSlack = slackLocale?.slice(0, 2).toLowerCase() ?? '';
  if (isLanguage(fromSlack)) return fromSlack;
  return isLanguage(workspaceDefault) ? workspaceDefault : 'en';
}

export function intlLocaleOf(language: Language): string {
  return language === 'id' ? 'id-ID' : 'en-US';
}

const pluralRules = new Map(LANGUAGES.map((language) => [language, new Intl.PluralRules(intlLocaleOf(language))]));

/**
 * `{name}` placeholders are replaced by params; a missing param stays visible rather than vanishing.
 * `{count, plural, one {…} other {…}}` picks the language's plural form (see plural.ts).
 */
export function translator(language: Language): Translate {
  const messages = catalog[language];
  const rules = pluralRules.get(language) as Intl.PluralRules;
  return (key, params = {}) =>
    formatPlurals(messages[key], params, rules).replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

const dayFormats = new Map(
  LANGUAGES.map((language) => [
    language,
    new Intl.DateTimeFormat(intlLocaleOf(language), { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }),
  ]),
);

/** Days already written out: nearly every confirmation names today, and Intl takes ~20 µs a day. */
const writtenDays = new Map<string, string>();
const WRITTEN_DAYS_KEPT = 1_000;

/** "Friday, 28 November" in the user's language; `day` is a local "YYYY-MM-DD". */
export function formatDay(day: string, language: Language): string {
  const key = `${language} ${day}`;
  let written = writtenDays.get(key);
  if (written === undefined) {
    if (writtenDays.size >= WRITTEN_DAYS_KEPT) writtenDays.clear();
    written = (dayFormats.get(language) as Intl.DateTimeFormat).format(new Date(`${day}T00:00:00Z`));
    writtenDays.set(key, written);
  }
  return written;
}

const numberFormats = new Map(LANGUAGES.map((language) => [language, new Intl.NumberFormat(intlLocaleOf(language), { maximumFractionDigits: 2 })]));

export function formatNumber(value: number, language: Language): string {
  return (numberFormats.get(language) as Intl.NumberFormat).format(value);
}
