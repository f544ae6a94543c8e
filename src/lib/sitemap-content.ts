/**
 * Options for @astrojs/sitemap, which runs after the build and knows only URLs. lastmod needs
 * article dates: the build hands over its published articles (the catalog) through
 * `publishedArticlesHandoff`, so the sitemap uses exactly the articles, dates and publication rules
 * the pages were built from, without reading the content again.
 */
import type { SitemapOptions } from '@astrojs/sitemap';
import { handoff } from './build-handoff.ts';
import { isSitemapPage, lastModifiedByPath, lastModifiedFor, type DatedArticle } from './sitemaps.ts';

/** Set by the catalog in `astro build` (src/data/catalog.ts), read when the sitemap is written. */
export const publishedArticlesHandoff = handoff<readonly DatedArticle[]>('published-articles');

export interface SitemapSetup {
  /** The published articles of this build. */
  publishedArticles: () => readonly DatedArticle[] | undefined;
  /** Absolute URLs of extra sitemaps for the index (the news sitemap). */
  customSitemaps: string[];
}

/** @astrojs/sitemap options: page filter, lastmod per URL, the news sitemap in the index. */
export function sitemapOptions({ publishedArticles, customSitemaps }: SitemapSetup): NonNullable<SitemapOptions> {
  // Read lazily: serialize runs only at the end of a build, never in dev or `astro check`.
  let dates: Map<string, Date> | undefined;
  return {
    filter: isSitemapPage,
    customSitemaps,
    namespaces: { news: false, xhtml: false, image: false, video: false },
    serialize(item) {
      if (!dates) {
        const articles = publishedArticles();
        if (!articles) throw new Error('Sitemap: the build did not hand over its articles (src/data/catalog.ts), so lastmod cannot be set.');
        dates = lastModifiedByPath(articles);
      }
      const lastmod = lastModifiedFor(item.url, dates);
      return lastmod ? { ...item, lastmod: lastmod.toISOString() } : item;
    },
  };
}
