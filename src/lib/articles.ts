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
 * recency. Candidates come only from the article's own tag and category groups (the newest
 * `maxCandidatesPerGroup` of each), so the cost grows with group sizes rather than with the archive.
 *
 * Returns a finder for all articles of one catalog: `articlesNewestFirst` must hold every article of
 * the `byCategory` and `byTag` lists, which are newest first too. Scores are kept by position in
 * that order (a typed array), which also breaks ties: every article page's cache key needs its
 * related list, so a rebuild computes all 10,000 of them and a map per article showed in profiles.
 */
export function relatedArticlesFinder<T extends Article>(
  articlesNewestFirst: readonly T[],
  byCategory: ReadonlyMap<string, readonly T[]>,
  byTag: ReadonlyMap<string, TermGroup<T>>,
  maxCandidatesPerGroup = 200,
): (article: T, limit?: number) => T[] {
  const rankOf = new Map(articlesNewestFirst.map((article, rank) => [article, rank]));
  const scores = new Int32Array(articlesNewestFirst.length);
  const scored: number[] = [];
  // The ranks of each group's first candidates, worked out once per group rather than once per
  // article that shares it (10,000 articles × ~800 candidates were 8 million map lookups).
  const candidateRanks = new Map<readonly T[], Int32Array>();
  const ranksOf = (candidates: readonly T[]) => {
    let ranks = candidateRanks.get(candidates);
    if (!ranks) {
      ranks = Int32Array.from(candidates.slice(0, maxCandidatesPerGroup), (candidate) => {
        const rank = rankOf.get(candidate);
        if (rank === undefined) throw new Error(`relatedArticlesFinder: ${candidate.slug} is not among the catalog's articles`);
        return rank;
      });
      candidateRanks.set(candidates, ranks);
    }
    return ranks;
  };
  const add = (candidates: readonly T[] | undefined, self: number, points: number) => {
    if (!candidates) return;
    for (const rank of ranksOf(candidates)) {
      if (rank === self) continue;
      if (scores[rank] === 0) scored.push(rank);
      scores[rank] = scores[rank]! + points;
    }
  };
  return (article, limit = 6) => {
    const self = rankOf.get(article) ?? -1;
    add(byCategory.get(article.categorySlug), self, 3);
    for (const tag of article.tags) add(byTag.get(tag.slug)?.articles, self, 2);
    // The best `limit` by score, then by rank (newer first), kept while scanning.
    const best: number[] = [];
    const ranksAbove = (a: number, b: number) => scores[a]! > scores[b]! || (scores[a] === scores[b] && a < b);
    for (const rank of scored) {
      if (best.length === limit && !ranksAbove(rank, best[limit - 1]!)) continue;
      let index = best.length;
      while (index > 0 && ranksAbove(rank, best[index - 1]!)) index--;
      best.splice(index, 0, rank);
      if (best.length > limit) best.pop();
    }
    for (const rank of scored) scores[rank] = 0;
    scored.length = 0;
    return best.map((rank) => articlesNewestFirst[rank]!);
  };
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
