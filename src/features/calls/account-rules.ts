/** Levenshtein distance, giving up (returning limit + 1) once it must exceed `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution));
    }
    if (Math.min(...current) > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}

const wordsOf = (name: string): string[] => name.split(' ').filter(Boolean);
const numbersOf = (name: string): string => (name.match(/\d+/g) ?? []).join(' ');

/** True when every word of `short` appears, in order and next to each other, in `long`. */
function containsWords(long: string, short: string): boolean {
  return ` ${long} `.includes(` ${short} `);
}

/**
 * Two different normalized names that probably mean the same company: one is the other plus words
 * ("acme" / "acme corporation"), or they differ by a typo (one edit up to 7 characters, two beyond).
 * Names under 3 characters only ever match exactly: "ab" and "abc" are too short to guess, and
 * names with different numbers are different places ("store 12" / "store 13").
 */
export function isLikelyDuplicate(a: string, b: string): boolean {
  if (a === b || numbersOf(a) !== numbersOf(b)) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < 3) return false;
  if (wordsOf(short).length < wordsOf(long).length && containsWords(long, short)) return true;
  const limit = short.length >= 8 ? 2 : 1;
  return editDistance(a, b, limit) <= limit;
}

/** Substrings a database prefilter can use to find candidates for `isLikelyDuplicate`. */
export function duplicateProbes(normalized: string): string[] {
  const words = wordsOf(normalized).filter((word) => word.length >= 3);
  return [...new Set([...words, normalized.slice(0, 3)])].filter((probe) => probe.length >= 3);
}
