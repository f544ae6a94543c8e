/**
 * Counts derived from an article's body. The loader computes them when a file is (re)loaded and
 * stores them with the entry's data, so a rebuild does not recount the thousands of unchanged
 * articles (Astro keeps unchanged entries as they were).
 */
import { countWords, markdownToPlainText } from './text.ts';

/** The key under which the loader stores the count in an entry's data (not a frontmatter field). */
export const BODY_WORDS_KEY = 'bodyWords';

export function bodyWordCount(markdown: string): number {
  return countWords(markdownToPlainText(markdown));
}

/** The stored count, if the entry was loaded by a loader that stores it. */
export function storedBodyWords(data: object): number | undefined {
  const value = (data as Record<string, unknown>)[BODY_WORDS_KEY];
  return typeof value === 'number' ? value : undefined;
}
