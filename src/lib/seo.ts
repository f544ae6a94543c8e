/** Text for the document <title>: search results show about 60–70 characters, so it must fit. */

export const MAX_TITLE_LENGTH = 70;

function truncateAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,.;:–-]+$/, '')}…`;
}

/**
 * "Headline - Site" when it fits, else the headline alone, shortened at a word if even that is
 * too long. Open Graph and JSON-LD keep the full headline.
 */
export function documentTitle(pageTitle: string | undefined, siteName: string, max = MAX_TITLE_LENGTH): string {
  if (!pageTitle) return truncateAtWord(siteName, max);
  const withSite = `${pageTitle} - ${siteName}`;
  if (withSite.length <= max) return withSite;
  return truncateAtWord(pageTitle, max);
}
