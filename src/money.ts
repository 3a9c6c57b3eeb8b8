import { intlLocaleOf, type Language } from './i18n/index.js';

/** Building an Intl formatter costs far more than formatting with it; a report formats thousands of amounts. */
const moneyFormats = new Map<string, Intl.NumberFormat>();

export function formatMoney(amount: number, currency: string, language: Language): string {
  // Whole amounts read better without cents; anything else shows both decimals.
  const digits = Number.isInteger(amount) ? 0 : 2;
  const key = `${language} ${currency} ${digits}`;
  let format = moneyFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(intlLocaleOf(language), { style: 'currency', currency, minimumFractionDigits: digits, maximumFractionDigits: digits });
    moneyFormats.set(key, format);
  }
  return format.format(amount);
}

export function isCurrencyCode(code: string): boolean {
  if (!/^[A-Z]{3}$/.test(code)) return false;
  return (Intl.supportedValuesOf('currency') as string[]).includes(code);
}

/** Decimals the currency has: 2 for USD, 0 for IDR and JPY (ISO 4217, as Intl knows it). */
export function minorDigitsOf(currency: string): number {
  return new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

/** Whether a typed currency sign means `currency`: `$` for the dollar currencies, `Rp` for IDR. */
export function isSignOf(sign: string, currency: string): boolean {
  if (sign.toLowerCase() === 'rp') return currency === 'IDR';
  const narrow = new Intl.NumberFormat('en', { style: 'currency', currency, currencyDisplay: 'narrowSymbol' })
    .formatToParts(1).find((part) => part.type === 'currency')?.value;
  return narrow === sign;
}

/** How a language writes amounts: its separators and the shorthand for thousands and millions. */
type AmountGrammar = { group: string; decimal: string; scales: Record<string, number>; ambiguousScales: string[] };
const GRAMMARS: Record<Language, AmountGrammar> = {
  en: { group: ',', decimal: '.', scales: { k: 1e3, m: 1e6 }, ambiguousScales: [] },
  // "rb" (ribu) and "jt" (juta); a lone "m" is miliar to some and million to others.
  id: { group: '.', decimal: ',', scales: { rb: 1e3, k: 1e3, jt: 1e6 }, ambiguousScales: ['m'] },
};

export type AmountProblem = 'invalid' | 'ambiguous' | 'negative' | 'too_precise';
export type AmountReading = { amount: number } | { problem: AmountProblem };

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** "12,500.5" → its decimals ("5") when well formed in `grammar`, else undefined. */
function decimalsIn(grammar: AmountGrammar, number: string): { decimals: string } | undefined {
  const [g, d] = [escapeRegExp(grammar.group), escapeRegExp(grammar.decimal)];
  const match = new RegExp(`^(?:\\d{1,3}(?:${g}\\d{3})+|\\d+)(?:${d}(\\d+))?$`).exec(number);
  return match ? { decimals: match[1] ?? '' } : undefined;
}

/**
 * An amount as written in `language` ("12.500.000", "12,5jt" in id; "12,500", "12.5k" in en).
 * Ambiguous means it could be worth a thousand times more or less: a lone separator followed by
 * exactly three digits ("12.500" in en, "12,500" in id), a number only the other language writes
 * ("12.500.000" or "12,5" in en), or an "m" in id. Those are refused, never guessed.
 * `too_precise`: more decimals than the currency has (any for IDR, beyond cents for USD).
 */
export function readAmount(text: string, options: { language: Language; currency: string }): AmountReading {
  const grammar = GRAMMARS[options.language];
  const other = GRAMMARS[options.language === 'id' ? 'en' : 'id'];
  const trimmed = text.trim().toLowerCase();
  if (trimmed.startsWith('-')) return { problem: 'negative' };
  const suffix = /[a-z]+$/.exec(trimmed)?.[0] ?? '';
  if (grammar.ambiguousScales.includes(suffix)) return { problem: 'ambiguous' };
  const scale = suffix === '' ? 1 : grammar.scales[suffix];
  if (scale === undefined) return { problem: 'invalid' };
  const number = trimmed.slice(0, trimmed.length - suffix.length);
  const read = decimalsIn(grammar, number);
  if (!read) return { problem: decimalsIn(other, number) ? 'ambiguous' : 'invalid' };
  if (read.decimals.length === 3 && !number.includes(grammar.group)) return { problem: 'ambiguous' };
  const amount = Number(number.split(grammar.group).join('').replace(grammar.decimal, '.')) * scale;
  const units = 10 ** minorDigitsOf(options.currency);
  if (Math.abs(Math.round(amount * units) - amount * units) > 1e-6) return { problem: 'too_precise' };
  return { amount: Math.round(amount * units) / units };
}
