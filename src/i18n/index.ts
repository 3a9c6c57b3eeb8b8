import { catalog, type MessageKey } from './catalog.js';

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

/** `{name}` placeholders are replaced by params; a missing param stays visible rather than vanishing. */
export function translator(language: Language): Translate {
  const messages = catalog[language];
  return (key, params = {}) =>
    messages[key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

const dayFormats = new Map(
  LANGUAGES.map((language) => [
    language,
    new Intl.DateTimeFormat(intlLocaleOf(language), { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' }),
  ]),
);

/** "Friday, 28 November" in the user's language; `day` is a local "YYYY-MM-DD". */
export function formatDay(day: string, language: Language): string {
  return (dayFormats.get(language) as Intl.DateTimeFormat).format(new Date(`${day}T00:00:00Z`));
}

export function formatNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(intlLocaleOf(language), { maximumFractionDigits: 2 }).format(value);
}
