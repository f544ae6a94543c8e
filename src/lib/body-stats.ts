/**
 * Counts and text derived from an article's body. The loader computes them when a file is (re)loaded and
 * stores them with the entry's data, so a rebuild does not recount the thousands of unchanged
 * articles (Astro keeps unchanged entries as they were). The count is markdownWordCount (text.ts).
 */

/** The key under which the loader stores the count in an entry's data (not a frontmatter field). */
export const BODY_WORDS_KEY = 'bodyWords';

/** The stored count, if the entry was loaded by a loader that stores it. */
export function storedBodyWords(data: object): number | undefined {
  const value = (data as Record<string, unknown>)[BODY_WORDS_KEY];
  return typeof value === 'number' ? value : undefined;
}

/**
 * The key under which the loader stores the body's plain text, for formats whose HTML the content
 * store does not hold (MDX is rendered with its page): the search index reads it instead. Markdown
 * bodies are not stored at all (their rendered HTML is), which keeps the store about 45% smaller.
 */
export const BODY_TEXT_KEY = 'bodyText';

/** The stored plain text, if the loader stored one. */
export function storedBodyText(data: object): string | undefined {
  const value = (data as Record<string, unknown>)[BODY_TEXT_KEY];
  return typeof value === 'string' ? value : undefined;
}
