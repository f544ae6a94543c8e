/**
 * The site's content, loaded from Astro's collections once per build and shared by every page.
 * getStaticPaths and page bodies call getCatalog(); the promise is memoized so collections are
 * read, filtered, sorted and indexed a single time, not once per page.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import {
  groupByCategory,
  groupByTerm,
  readingMinutes,
  sortCategories,
  sortNewestFirst,
  toTerm,
  uniqueTerms,
  type Article,
  type Category,
  type TermGroup,
} from '../lib/articles.ts';
import { buildTime, publicationStatus } from '../lib/publishing.ts';
import { cacheKeyOf, categoriesFingerprint } from '../lib/cache-keys.ts';
import { storedBodyWords } from '../lib/body-stats.ts';
import { publishedArticlesHandoff } from '../lib/sitemap-content.ts';

export type ArticleEntry = CollectionEntry<'articles'>;
export type ImageSource = NonNullable<ArticleEntry['data']['image']>['src'];

export interface SiteArticle extends Article<ImageSource> {
  entry: ArticleEntry;
  category: Category;
}

export interface Catalog {
  now: Date;
  /** Whether drafts and scheduled articles are shown (only in `astro dev`). */
  showsUnpublished: boolean;
  categories: Category[];
  categoryBySlug: Map<string, Category>;
  /** Visible articles, newest first. */
  articles: SiteArticle[];
  articleBySlug: Map<string, SiteArticle>;
  byCategory: Map<string, SiteArticle[]>;
  byTag: Map<string, TermGroup<SiteArticle>>;
  byAuthor: Map<string, TermGroup<SiteArticle>>;
  /** Incremental-build key part for what every page shows besides its own content (the menu). */
  layoutKey: string;
}

function toSiteArticle(entry: ArticleEntry, category: Category, now: Date): SiteArticle {
  const data = entry.data;
  return {
    entry,
    category,
    slug: entry.id,
    title: data.title,
    description: data.description,
    categorySlug: data.category,
    publishedAt: data.publishedAt,
    updatedAt: data.updatedAt,
    author: data.author ? toTerm(data.author) : undefined,
    tags: uniqueTerms(data.tags),
    image: data.image,
    featured: data.featured,
    status: publicationStatus(data, now),
    // Counted by the loader when the file was loaded (the store keeps no Markdown to count).
    readingMinutes: readingMinutes(storedBodyWords(data) ?? 0),
  };
}

async function loadCatalog(): Promise<Catalog> {
  const now = buildTime();
  const showsUnpublished = import.meta.env.DEV;
  const categories = sortCategories(
    (await getCollection('categories')).map((entry) => ({ slug: entry.id, ...entry.data })),
  );
  const categoryBySlug = new Map(categories.map((category) => [category.slug, category]));
  const entries = await getCollection('articles');
  const articles: SiteArticle[] = [];
  for (const entry of entries) {
    const category = categoryBySlug.get(entry.data.category);
    if (!category) {
      throw new Error(
        `Bài viết “${entry.filePath ?? entry.id}”: chuyên mục “${entry.data.category}” không tồn tại. ` +
          `Các chuyên mục hợp lệ: ${categories.map((c) => c.slug).join(', ')}.`,
      );
    }
    const article = toSiteArticle(entry, category, now);
    if (article.status === 'published' || showsUnpublished) articles.push(article);
  }
  const sorted = sortNewestFirst(articles);
  // The sitemap's lastmod comes from the same articles (it runs after the build, outside the bundle).
  if (!showsUnpublished) publishedArticlesHandoff.set(sorted);
  return {
    now,
    showsUnpublished,
    categories,
    categoryBySlug,
    articles: sorted,
    articleBySlug: new Map(sorted.map((article) => [article.slug, article])),
    byCategory: groupByCategory(sorted),
    byTag: groupByTerm(sorted, (article) => article.tags),
    byAuthor: groupByTerm(sorted, (article) => (article.author ? [article.author] : [])),
    layoutKey: cacheKeyOf(categoriesFingerprint(categories)),
  };
}

let catalogPromise: Promise<Catalog> | undefined;

export function getCatalog(): Promise<Catalog> {
  // In dev the content can change between requests, so only the build keeps one copy.
  if (import.meta.env.DEV) return loadCatalog();
  catalogPromise ??= loadCatalog();
  return catalogPromise;
}
