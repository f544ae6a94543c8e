/** Search data derived from the catalog, shared by the search page and the records endpoint. */
import type { Catalog } from './catalog.ts';
import { contentHash, indexPolicyFromEnv } from '../lib/search-records.ts';
import { vietnamYear } from '../lib/dates.ts';

/**
 * Changes whenever the index can change (an article added, removed, edited or re-dated), so browsers
 * fetch Pagefind's metadata again after a rebuild and reuse it otherwise (Pagefind's `metaCacheTag`).
 */
export function searchCacheTag(catalog: Catalog): string {
  return contentHash([
    JSON.stringify(indexPolicyFromEnv(process.env)),
    ...catalog.categories.map((category) => `${category.slug}|${category.title}`),
    ...catalog.articles.map((article) => `${article.slug}|${article.entry.digest ?? ''}|${article.publishedAt.toISOString()}`),
  ]);
}

/** Years that have published articles, newest first. */
export function publicationYears(catalog: Catalog): number[] {
  return [...new Set(catalog.articles.map((article) => vietnamYear(article.publishedAt)))].sort((a, b) => b - a);
}
