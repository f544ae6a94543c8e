/**
 * Keys for Astro's incremental build: a page is re-rendered only when its key changes (or its
 * code does). A key must therefore cover every piece of data the page shows.
 */
import { createHash } from 'node:crypto';
import type { Article, Category } from './articles.ts';

/** A short stable hash of any JSON-serializable value. */
export function cacheKeyOf(value: unknown): string {
  return createHash('sha1').update(JSON.stringify(value)).digest('base64url');
}

/** What a card of this article shows on other pages (lists, related, home blocks). */
export function cardFingerprint(article: Article): unknown[] {
  const image = article.image as { src?: { src?: unknown } | unknown } | undefined;
  const imageSource = image?.src && typeof image.src === 'object' && 'src' in image.src ? image.src.src : image?.src;
  return [article.slug, article.title, article.description, article.publishedAt.getTime(), article.status, imageSource ?? null];
}

/** What every page shows from the category list (menu, footer). */
export function categoriesFingerprint(categories: readonly Category[]): unknown[] {
  return categories.map((category) => [category.slug, category.title, category.order]);
}
