/** Every public URL path of the site, built in one place. Paths end with "/" (trailingSlash: always). */

export const HOME_PATH = '/';
export const SEARCH_PATH = '/tim-kiem/';
export const FEEDS_PAGE_PATH = '/rss/';
export const SITE_FEED_PATH = '/rss.xml';
export const JSON_FEED_PATH = '/feed.json';
/** The XSL style sheet that turns a feed opened in a browser into a readable page. */
export const FEED_STYLESHEET_PATH = '/rss.xsl';
/** Written by @astrojs/sitemap. */
export const SITEMAP_INDEX_PATH = '/sitemap-index.xml';
export const NEWS_SITEMAP_PATH = '/sitemap-news.xml';
export const ROBOTS_PATH = '/robots.txt';

export function articlePath(slug: string): string {
  return `/tin-tuc/${slug}/`;
}

export function categoryPath(slug: string): string {
  return `/chuyen-muc/${slug}/`;
}

export function categoryFeedPath(slug: string): string {
  return `/chuyen-muc/${slug}/rss.xml`;
}

export function tagPath(slug: string): string {
  return `/the/${slug}/`;
}

export function authorPath(slug: string): string {
  return `/tac-gia/${slug}/`;
}
