/**
 * What crawlers read besides pages: the Google News sitemap, robots.txt, and the rules the
 * general sitemap (@astrojs/sitemap) follows: which URLs it lists and their lastmod.
 */
import type { Term } from './articles.ts';
import { toVietnamISOString } from './dates.ts';
import { xmlText } from './markup.ts';
import { HOME_PATH, SEARCH_PATH, articlePath, authorPath, categoryPath, tagPath } from './urls.ts';

/** Google News reads articles published in the last two days, at most 1,000 per sitemap. */
export const NEWS_WINDOW_MS = 2 * 24 * 60 * 60 * 1000;
export const NEWS_SITEMAP_LIMIT = 1000;

/** Articles (newest first) published in the two days up to `now`. */
export function selectNewsArticles<T extends { publishedAt: Date }>(
  articlesNewestFirst: readonly T[],
  now: Date,
  windowMs: number = NEWS_WINDOW_MS,
  limit: number = NEWS_SITEMAP_LIMIT,
): T[] {
  const since = now.getTime() - windowMs;
  return articlesNewestFirst
    .filter((article) => article.publishedAt.getTime() > since && article.publishedAt.getTime() <= now.getTime())
    .slice(0, limit);
}

export interface NewsSitemapItem {
  /** Absolute URL. */
  url: string;
  title: string;
  publishedAt: Date;
}

/** A Google News sitemap (https://developers.google.com/search/docs/crawling-indexing/sitemaps/news-sitemap). */
export function newsSitemapXml(items: readonly NewsSitemapItem[], publication: { name: string; language: string }): string {
  const urls = items.map(
    (item) =>
      `<url><loc>${xmlText(item.url)}</loc><news:news><news:publication><news:name>${xmlText(publication.name)}</news:name>` +
      `<news:language>${xmlText(publication.language)}</news:language></news:publication>` +
      `<news:publication_date>${toVietnamISOString(item.publishedAt)}</news:publication_date>` +
      `<news:title>${xmlText(item.title)}</news:title></news:news></url>`,
  );
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n' +
    urls.map((url) => `${url}\n`).join('') +
    '</urlset>\n'
  );
}

/** robots.txt: everything may be crawled; the sitemaps are announced with absolute URLs. */
export function robotsTxt(sitemapUrls: readonly string[]): string {
  return ['User-agent: *', 'Allow: /', '', ...sitemapUrls.map((url) => `Sitemap: ${url}`), ''].join('\n');
}

/** Pages never listed in the sitemap: the search page (its results are not content) and error pages. */
const EXCLUDED_PATHS = new Set([SEARCH_PATH, '/404/', '/404.html', '/500/', '/500.html']);

/**
 * Filter for @astrojs/sitemap: pages only (every page URL ends with "/" with trailingSlash:
 * always; feeds, robots.txt and the news sitemap do not), minus the excluded ones.
 */
export function isSitemapPage(url: string): boolean {
  const { pathname } = new URL(url);
  return pathname.endsWith('/') && !EXCLUDED_PATHS.has(pathname);
}

export interface DatedArticle {
  slug: string;
  categorySlug: string;
  publishedAt: Date;
  updatedAt?: Date | undefined;
  tags: readonly Term[];
  author?: Term | undefined;
}

function changedAt(article: DatedArticle): Date {
  return article.updatedAt && article.updatedAt > article.publishedAt ? article.updatedAt : article.publishedAt;
}

/**
 * Last modification per site path: an article's update (or publication) time; a list (home,
 * category, tag, author) changes whenever one of its articles does, so it takes the latest.
 */
export function lastModifiedByPath(articles: readonly DatedArticle[]): Map<string, Date> {
  const dates = new Map<string, Date>();
  const bump = (path: string, date: Date) => {
    const known = dates.get(path);
    if (!known || date > known) dates.set(path, date);
  };
  for (const article of articles) {
    const date = changedAt(article);
    bump(articlePath(article.slug), date);
    bump(HOME_PATH, date);
    bump(categoryPath(article.categorySlug), date);
    for (const tag of article.tags) bump(tagPath(tag.slug), date);
    if (article.author) bump(authorPath(article.author.slug), date);
  }
  return dates;
}

/** "/chuyen-muc/x/trang/3/" → "/chuyen-muc/x/": every page of a list shifts when an article is added. */
export function listBasePath(pathname: string): string {
  return pathname.replace(/trang\/\d+\/$/, '');
}

/** The lastmod of a sitemap URL, if known. */
export function lastModifiedFor(url: string, dates: ReadonlyMap<string, Date>): Date | undefined {
  const { pathname } = new URL(url);
  return dates.get(pathname) ?? dates.get(listBasePath(pathname));
}
