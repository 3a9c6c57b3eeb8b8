import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/i18n/catalog.js';
import { formatDay, languageOf, translator } from '../../src/i18n/index.js';
import { formatMoney } from '../../src/money.js';

describe('i18n', () => {
  it('picks the language from the Slack locale, falling back to the workspace default', () => {
    expect(languageOf('id-ID', 'en')).toBe('id');
    expect(languageOf('en-GB', 'id')).toBe('en');
    expect(languageOf('fr-FR', 'id')).toBe('id');
    expect(languageOf(null, 'en')).toBe('en');
  });

  it('has a non-empty Bahasa Indonesia text for every English key, with the same placeholders', () => {
    // `{name}` and the `{name, plural, …}` form (English needs plurals where Indonesian does not).
    const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)(?:\}|,\s*plural,)/g)].map((m) => m[1]))].sort();
    for (const key of Object.keys(catalog.en) as (keyof typeof catalog.en)[]) {
      expect(catalog.id[key], key).toBeTruthy();
      expect(placeholders(catalog.id[key]), key).toEqual(placeholders(catalog.en[key]));
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    const t = translator('id');
    expect(t('admin.role_set', { user: 'U1', role: 'manajer' })).toBe('<@U1> sekarang menjadi *manajer*.');
    expect(t('admin.role_set', { user: 'U1' })).toContain('{role}');
  });

  it('formats money and dates in the user’s language', () => {
    expect(formatMoney(12500, 'USD', 'en')).toBe('$12,500');
    expect(formatMoney(12500.5, 'IDR', 'id')).toMatch(/^Rp\s?12\.500,50$/);
    expect(formatDay('2026-11-27', 'en')).toBe('Friday, November 27');
    expect(formatDay('2026-11-27', 'id')).toBe('Jumat, 27 November');
  });
});
