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

/** Years that have articles in the catalog, newest first. */
export function publicationYears(catalog: Catalog): number[] {
  return yearsOf(catalog.articles);
}

/**
 * Years that have published articles, newest first: the search index has one Pagefind index for
 * each (src/lib/search-shards.ts). Only differs from publicationYears in `astro dev`, which shows drafts.
 */
export function searchIndexYears(catalog: Catalog): number[] {
  return yearsOf(catalog.articles.filter((article) => article.status === 'published'));
}

function yearsOf(articles: Catalog['articles']): number[] {
  return [...new Set(articles.map((article) => vietnamYear(article.publishedAt)))].sort((a, b) => b - a);
}
