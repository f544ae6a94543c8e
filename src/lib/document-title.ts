/**
 * Text for the document <title>. Search results show about 60–70 characters, and HTML checkers
 * measure the title as written in the file (with `&amp;`, `&lt;`, `&quot;` escapes), so that is what must fit.
 */
import { escapeMarkup } from './markup.ts';

export const MAX_TITLE_LENGTH = 70;

/** Length of the text once HTML-escaped (as Astro writes it inside <title>: the same five escapes). */
export function escapedLength(text: string): number {
  return escapeMarkup(text).length;
}

function truncateAtWord(text: string, max: number): string {
  if (escapedLength(text) <= max) return text;
  const words = text.split(' ');
  while (words.length > 1) {
    words.pop();
    const candidate = `${words.join(' ').replace(/[\s,.;:–-]+$/, '')}…`;
    if (escapedLength(candidate) <= max) return candidate;
  }
  // A single very long word: cut by characters.
  let cut = text;
  while (cut.length > 0 && escapedLength(`${cut}…`) > max) cut = cut.slice(0, -1);
  return `${cut}…`;
}

/**
 * "Headline - Site" when it fits, else the headline alone, shortened at a word if even that is
 * too long. Open Graph and JSON-LD keep the full headline.
 */
export function documentTitle(pageTitle: string | undefined, siteName: string, max = MAX_TITLE_LENGTH): string {
  if (!pageTitle) return truncateAtWord(siteName, max);
  const withSite = `${pageTitle} - ${siteName}`;
  if (escapedLength(withSite) <= max) return withSite;
  return truncateAtWord(pageTitle, max);
}
