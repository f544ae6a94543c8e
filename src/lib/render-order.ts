/**
 * The order in which the build renders its pages. Two things depend on it:
 * - the search records route renders first, so that Pagefind (another process) indexes on the
 *   second core during all of page rendering instead of starting part-way through it;
 * - @astrojs/sitemap sorts the build's page list with `localeCompare(…, 'en', { numeric: true })`,
 *   which creates a collator per comparison: ~0.45 s of the main thread for 12,000 unsorted pages,
 *   ~0.04 s when they already come in that order (the sort then only checks it).
 */

/** The sitemap's URL order, as one collator (same order, without a collator per comparison). */
export const sitemapUrlOrder: (a: string, b: string) => number = new Intl.Collator('en', { numeric: true }).compare;

/**
 * `firstPathname` first (when present), then every other path in the sitemap's order. Only the
 * paths' shared origin is left out of the comparison, which does not change the order.
 */
export function renderOrder<Path extends { pathname: string }>(paths: readonly Path[], firstPathname: string): Path[] {
  const first = paths.filter((path) => path.pathname === firstPathname);
  const rest = paths.filter((path) => path.pathname !== firstPathname).sort((a, b) => sitemapUrlOrder(a.pathname, b.pathname));
  return [...first, ...rest];
}
