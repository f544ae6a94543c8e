/**
 * "Did you mean …?" for editors: a small edit distance over folded text, so a typo in a field
 * name (`titel`), a category written with diacritics (`chuyển-đổi-số`) or an image name in the
 * wrong case still points at the intended value.
 */
import { foldVietnamese } from './text.ts';

/**
 * Optimal string alignment distance: Levenshtein plus the swap of two neighbouring characters
 * (a common typing slip: `titel` → `title` is one edit, not two).
 */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, (beforePrevious[j - 2] ?? 0) + 1);
      }
      current.push(best);
    }
    beforePrevious = previous;
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** Lower-cased, tone-folded and with separators unified, so comparisons ignore trivial differences. */
function comparable(text: string): string {
  return foldVietnamese(text.normalize('NFC')).toLowerCase().replace(/[\s_]+/g, '-');
}

export interface ClosestOptions {
  /** Largest distance still worth suggesting; by default 1 for words of up to 4 letters, else about a third of the word (at least 2). */
  maxDistance?: number;
}

/** The candidate closest to `input`, or undefined when none is close enough to be a plausible typo. */
export function closestMatch(input: string, candidates: Iterable<string>, options: ClosestOptions = {}): string | undefined {
  const wanted = comparable(input);
  const limit = options.maxDistance ?? (wanted.length <= 4 ? 1 : Math.max(2, Math.floor(wanted.length / 3)));
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    const distance = editDistance(wanted, comparable(candidate));
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return bestDistance <= limit ? best : undefined;
}
