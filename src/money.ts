import { intlLocaleOf, type Language } from './i18n/index.js';

export function formatMoney(amount: number, currency: string, language: Language): string {
  return new Intl.NumberFormat(intlLocaleOf(language), {
    style: 'currency',
    currency,
    // Whole amounts read better without cents; anything else shows both decimals.
    minimumFractionDigits: Number.isInteger(amount) ? 0 : 2,
    maximumFractionDigits: Number.isInteger(amount) ? 0 : 2,
  }).format(amount);
}

export function isCurrencyCode(code: string): boolean {
  if (!/^[A-Z]{3}$/.test(code)) return false;
  return (Intl.supportedValuesOf('currency') as string[]).includes(code);
}
