/** Turns catalog articles into feed entries (the Astro side of src/lib/feeds.ts). */
import { newestEntries, type FeedEntry } from '../lib/feeds.ts';
import { absoluteUrl } from '../lib/site.ts';
import { articlePath } from '../lib/urls.ts';
import { articleBodyHtml, shareImage } from './article-media.ts';
import type { SiteArticle } from './catalog.ts';

export async function feedEntry(article: SiteArticle): Promise<FeedEntry> {
  return {
    url: absoluteUrl(articlePath(article.slug)),
    title: article.title,
    lead: article.description,
    contentHtml: await articleBodyHtml(article),
    publishedAt: article.publishedAt,
    updatedAt: article.updatedAt,
    categoryName: article.category.title,
    authorName: article.author?.name,
    tags: article.tags.map((tag) => tag.name),
    image: await shareImage(article),
  };
}

/** Published articles only: `astro dev` shows drafts on pages, never in what subscribers and crawlers get. */
export function publishedOnly(articles: readonly SiteArticle[]): SiteArticle[] {
  return articles.filter((article) => article.status === 'published');
}

/** Feed entries for the newest published articles of a list already sorted newest first. */
export function feedEntries(articlesNewestFirst: readonly SiteArticle[]): Promise<FeedEntry[]> {
  return Promise.all(newestEntries(publishedOnly(articlesNewestFirst)).map(feedEntry));
}
