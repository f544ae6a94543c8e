/**
 * Queries over articles: ordering, grouping by category/tag/author, related articles and the home
 * page selection. Computed once per build over plain data (no Astro imports), never per page.
 */
import { compareVietnamese, slugify } from './text.ts';
import type { PublicationStatus } from './publishing.ts';

export interface Category {
  slug: string;
  title: string;
  description: string;
  order: number;
}

export interface Term {
  name: string;
  slug: string;
}

export interface ArticleImage<ImageSource> {
  src: ImageSource;
  alt: string;
  caption?: string | undefined;
  credit?: string | undefined;
}

export interface Article<ImageSource = unknown> {
  slug: string;
  title: string;
  description: string;
  categorySlug: string;
  publishedAt: Date;
  updatedAt?: Date | undefined;
  author?: Term | undefined;
  tags: Term[];
  image?: ArticleImage<ImageSource> | undefined;
  featured: boolean;
  status: PublicationStatus;
  readingMinutes: number;
}

/** Newest first; ties broken by slug so the order is stable across builds. */
export function compareNewestFirst(a: Pick<Article, 'publishedAt' | 'slug'>, b: Pick<Article, 'publishedAt' | 'slug'>): number {
  return b.publishedAt.getTime() - a.publishedAt.getTime() || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);
}

export function sortNewestFirst<T extends Pick<Article, 'publishedAt' | 'slug'>>(articles: readonly T[]): T[] {
  return [...articles].sort(compareNewestFirst);
}

/** Menu order, then Vietnamese alphabetical order of the name. */
export function sortCategories<T extends Category>(categories: readonly T[]): T[] {
  return [...categories].sort((a, b) => a.order - b.order || compareVietnamese(a.title, b.title));
}

/** Turns a display name into a term with an ASCII slug ("Đồng Nai" → dong-nai). */
export function toTerm(name: string): Term {
  const clean = name.normalize('NFC').trim().replace(/\s+/g, ' ');
  return { name: clean, slug: slugify(clean) };
}

/** Unique terms by slug, keeping the first spelling met. */
export function uniqueTerms(names: readonly string[]): Term[] {
  const seen = new Map<string, Term>();
  for (const name of names) {
    const term = toTerm(name);
    if (term.slug && !seen.has(term.slug)) seen.set(term.slug, term);
  }
  return [...seen.values()];
}

export interface TermGroup<T> {
  term: Term;
  articles: T[];
}

/**
 * Groups articles (already newest first) by a term. The display name is the spelling used by
 * the newest article, so an editor's later correction of a tag's capitalisation wins.
 */
export function groupByTerm<T extends Article>(articles: readonly T[], termsOf: (article: T) => readonly Term[]): Map<string, TermGroup<T>> {
  const groups = new Map<string, TermGroup<T>>();
  for (const article of articles) {
    for (const term of termsOf(article)) {
      let group = groups.get(term.slug);
      if (!group) {
        group = { term, articles: [] };
        groups.set(term.slug, group);
      }
      group.articles.push(article);
    }
  }
  return groups;
}

export function groupByCategory<T extends Article>(articles: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const article of articles) {
    const list = groups.get(article.categorySlug);
    if (list) list.push(article);
    else groups.set(article.categorySlug, [article]);
  }
  return groups;
}

/**
 * Related articles: scored by shared tags (2 points each) and same category (3 points), ties by
 * recency. Candidates come only from the article's own tag and category groups, so the cost grows
 * with group sizes rather than with the whole archive. `byCategory` and `byTag` lists are newest first.
 */
export function relatedArticles<T extends Article>(
  article: T,
  byCategory: ReadonlyMap<string, readonly T[]>,
  byTag: ReadonlyMap<string, TermGroup<T>>,
  limit = 6,
  maxCandidatesPerGroup = 200,
): T[] {
  const scores = new Map<T, number>();
  const add = (candidate: T, points: number) => {
    if (candidate.slug === article.slug) return;
    scores.set(candidate, (scores.get(candidate) ?? 0) + points);
  };
  for (const candidate of (byCategory.get(article.categorySlug) ?? []).slice(0, maxCandidatesPerGroup)) add(candidate, 3);
  for (const tag of article.tags) {
    for (const candidate of (byTag.get(tag.slug)?.articles ?? []).slice(0, maxCandidatesPerGroup)) add(candidate, 2);
  }
  // Keep only the best `limit` while scanning: sorting every candidate of every article showed up
  // in build profiles at 10,000 articles.
  const best: { article: T; score: number }[] = [];
  const ranksAbove = (a: { article: T; score: number }, b: { article: T; score: number }) =>
    a.score > b.score || (a.score === b.score && compareNewestFirst(a.article, b.article) < 0);
  for (const [candidate, score] of scores) {
    const entry = { article: candidate, score };
    if (best.length === limit && !ranksAbove(entry, best[limit - 1]!)) continue;
    let index = best.length;
    while (index > 0 && ranksAbove(entry, best[index - 1]!)) index--;
    best.splice(index, 0, entry);
    if (best.length > limit) best.pop();
  }
  return best.map((entry) => entry.article);
}

export interface HomeSelection<T> {
  lead: T | undefined;
  secondary: T[];
  latest: T[];
}

/**
 * Home page: the lead story is the newest featured article (else the newest), then the next
 * newest stories with images as secondary, then a "Tin mới" list of what remains.
 */
export function selectHomeStories<T extends Article>(articlesNewestFirst: readonly T[], secondaryCount = 4, latestCount = 10): HomeSelection<T> {
  const lead = articlesNewestFirst.find((article) => article.featured) ?? articlesNewestFirst[0];
  const rest = articlesNewestFirst.filter((article) => article !== lead);
  const withImage = rest.filter((article) => article.image);
  const secondary = (withImage.length >= secondaryCount ? withImage : rest).slice(0, secondaryCount);
  const latest = rest.filter((article) => !secondary.includes(article)).slice(0, latestCount);
  return { lead, secondary, latest };
}

/** Reading time at 220 words (Vietnamese syllables) a minute, at least one minute. */
export function readingMinutes(wordCount: number, wordsPerMinute = 220): number {
  return Math.max(1, Math.round(wordCount / wordsPerMinute));
}
