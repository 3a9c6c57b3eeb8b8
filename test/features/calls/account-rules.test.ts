import { describe, expect, it } from 'vitest';
import { editDistance, isLikelyDuplicate } from '../../../src/features/calls/account-rules.js';
import { normalizeAccountName } from '../../../src/features/calls/text-rules.js';

describe('normalizeAccountName', () => {
  it.each([
    ['Acme Corp.', 'acme corp'],
    ['ACME   corp', 'acme corp'],
    ['  Acme-Corp, Inc. ', 'acme corp inc'],
    ["McDonald's", 'mcdonalds'],
    ['Café Über', 'cafe uber'],
    ['PT. Maju Jaya Tbk', 'pt maju jaya tbk'],
  ])('%j → %j', (name, normalized) => {
    expect(normalizeAccountName(name)).toBe(normalized);
  });
});

describe('isLikelyDuplicate', () => {
  it.each([
    ['acme', 'acme corporation', true],
    ['acme corporation', 'acme', true],
    ['acme corp', 'acme crop', true],
    ['acme corp', 'acmee corp', true],
    ['maju jaya', 'pt maju jaya', true],
    ['acme', 'acne', true],
    ['acme corp', 'acme corp', false],
    ['acme', 'globex', false],
    ['acme', 'acmeco', false],
    ['ab', 'abc', false],
    ['initech', 'initrode', false],
    ['store 12', 'store 13', false],
    ['account 1', 'account 12', false],
    ['acme store 2', 'acme store 2 west', true],
  ])('%j vs %j → %s', (a, b, expected) => {
    expect(isLikelyDuplicate(a, b)).toBe(expected);
  });

  it('computes edit distance and stops early past the limit', () => {
    expect(editDistance('kitten', 'sitting', 5)).toBe(3);
    expect(editDistance('kitten', 'sitting', 1)).toBe(2);
  });
});
