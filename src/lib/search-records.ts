/**
 * What the search index holds: one Pagefind custom record per published article, built from the
 * content data (not by reading the built pages), plus the policy that keeps a large archive's index small.
 *
 * Vietnamese folding: Pagefind folds tone and vowel marks itself ("khoi" finds "khởi") but not đ,
 * which Unicode gives no decomposition. Each record therefore carries two hidden, searchable metadata
 * fields with the folded forms of its đ-words: `fold_title` (the whole title folded, when it has a đ)
 * and `fold_text` (every other đ-word once: lead, body, category, tags, image description). Readers never
 * see them: the search page shows only title, date, category, image and an excerpt of the visible text,
 * and Pagefind's own excerpts come from `content`, which holds no folded copy.
 */
import { foldedDWords, foldedIfD } from './search-text.ts';
import { INDEX_KEYS } from './search-state.ts';
import { htmlToPlainText } from './text.ts';
import { toVietnamISOString, vietnamYear } from './dates.ts';
import { articlePath } from './urls.ts';
import { uniqueTerms } from './articles.ts';
import { storedBodyText } from './body-stats.ts';

export const SEARCH_LANGUAGE = 'vi';

/** Metadata keys of a record (Pagefind returns them with each result). */
export const META_KEYS = {
  title: 'title',
  date: 'date',
  category: 'category',
  tags: 'tags',
  image: 'image',
  imageSrcset: 'image_srcset',
  imageAlt: 'image_alt',
  foldTitle: 'fold_title',
  foldText: 'fold_text',
} as const;

/**
 * How much each metadata field adds to a page's score when the query matches it (Pagefind's
 * `ranking.metaWeights`; unlisted fields count 1). The folded title weighs as much as the title, so
 * "duong day" ranks "Đường dây…" headlines as high as "đường dây" does; addresses and dates do not rank.
 */
export const META_WEIGHTS: Record<string, number> = {
  [META_KEYS.title]: 5,
  [META_KEYS.foldTitle]: 5,
  [META_KEYS.tags]: 2,
  [META_KEYS.category]: 1,
  [META_KEYS.foldText]: 1,
  [META_KEYS.imageAlt]: 0.5,
  [META_KEYS.date]: 0,
  [META_KEYS.image]: 0,
  [META_KEYS.imageSrcset]: 0,
};

/** Pagefind weight of the headline inside `content` (as for an <h1> in HTML indexing). */
export const TITLE_WEIGHT = 7;

/**
 * What goes into the index. Full-text indexing costs about 0.3 GB of indexer memory per 1,000 articles,
 * so only the newest articles are indexed in full; older ones keep title, lead and the opening of the
 * body, which is where news articles say what they are about.
 */
export interface IndexPolicy {
  /** The newest N articles are indexed with their whole body (up to maxBodyWords). */
  fullTextArticles: number;
  /** Older articles: the first N words of the body. */
  openingWords: number;
  /** No body is indexed beyond N words, however new. */
  maxBodyWords: number;
}

export const DEFAULT_INDEX_POLICY: IndexPolicy = {
  fullTextArticles: 1000,
  openingWords: 60,
  maxBodyWords: 3000,
};

/** Reads overrides from SEARCH_FULL_TEXT_ARTICLES, SEARCH_OPENING_WORDS and SEARCH_MAX_BODY_WORDS. */
export function indexPolicyFromEnv(env: Record<string, string | undefined>, base: IndexPolicy = DEFAULT_INDEX_POLICY): IndexPolicy {
  const read = (name: string, fallback: number) => {
    const raw = env[name]?.trim();
    if (!raw) return fallback;
    const value = Number(raw);
    if (!Number.isInteger(value) || value < 0) throw new Error(`${name} phải là số nguyên không âm (đang là “${raw}”)`);
    return value;
  };
  return {
    fullTextArticles: read('SEARCH_FULL_TEXT_ARTICLES', base.fullTextArticles),
    openingWords: read('SEARCH_OPENING_WORDS', base.openingWords),
    maxBodyWords: read('SEARCH_MAX_BODY_WORDS', base.maxBodyWords),
  };
}

/** The first `count` whitespace-separated words of a text. */
export function firstWords(text: string, count: number): string {
  if (count <= 0) return '';
  const tokens = text.split(/\s+/).filter(Boolean);
  return tokens.length <= count ? tokens.join(' ') : tokens.slice(0, count).join(' ');
}

/**
 * An article body as the content store keeps it: the HTML rendered from Markdown, or, for a format
 * the store holds no HTML for (MDX, rendered only with the page), its plain text.
 */
export type ArticleBody = { html: string } | { text: string };

/** The plain text of a body. */
function bodyPlainText(body: ArticleBody): string {
  return 'html' in body ? htmlToPlainText(body.html) : body.text;
}

/** The end of a block element: a word ends there, and no tag or listing is open after it. */
const BLOCK_END = /<\/(?:p|li|h[1-6]|blockquote|ul|ol|dl|dd|dt|table|figure|figcaption|div|section)\s*>/gi;
/** The start of content htmlToPlainText leaves out, to find one cut open. */
const SKIPPED_START = /<(pre|script|style|template)\b|<!--/gi;

/** `html` cut after its last block end, before any listing or comment the cut leaves open. */
function openingHtml(html: string): string {
  let end = 0;
  for (const match of html.matchAll(BLOCK_END)) end = match.index + match[0].length;
  let opening = html.slice(0, end);
  for (const match of opening.matchAll(SKIPPED_START)) {
    const closer = match[1] ? new RegExp(`</${match[1]}\\s*>`, 'i') : /-->/;
    if (!closer.test(opening.slice(match.index))) {
      opening = opening.slice(0, match.index);
      break;
    }
  }
  return opening;
}

/**
 * The first `count` words of the body's plain text: only as much HTML is converted as they need (the
 * archive's thousands of older articles are indexed by their opening only).
 */
function openingWords(body: ArticleBody, count: number): string {
  if (!('html' in body)) return firstWords(body.text, count);
  for (let length = 2000; length < body.html.length; length *= 2) {
    const words = firstWords(htmlToPlainText(openingHtml(body.html.slice(0, length))), count);
    if (words && words.split(' ').length >= count) return words;
  }
  return firstWords(htmlToPlainText(body.html), count);
}

/** How many body words are indexed for the article at `rank` (0 = newest). */
function indexedWordLimit(rank: number, policy: IndexPolicy): number {
  return rank < policy.fullTextArticles ? policy.maxBodyWords : Math.min(policy.openingWords, policy.maxBodyWords);
}

/** The plain text indexed for the article at `rank` (0 = newest). */
export function indexedBody(body: ArticleBody, rank: number, policy: IndexPolicy = DEFAULT_INDEX_POLICY): string {
  const limit = indexedWordLimit(rank, policy);
  return rank < policy.fullTextArticles ? firstWords(bodyPlainText(body), limit) : openingWords(body, limit);
}

/** An article as the index needs it: plain data, NFC text, resolved image addresses. */
export interface SearchSource {
  url: string;
  title: string;
  lead: string;
  /** Plain text of the indexed part of the body (see indexedBody). */
  body: string;
  category: string;
  tags: string[];
  /** ISO 8601 in Vietnam time, e.g. 2022-09-29T16:02:00+07:00 (sortable as text). */
  publishedAt: string;
  year: string;
  image?: { src: string; srcset?: string | undefined; alt: string } | undefined;
}

/** Pagefind's `addCustomRecord` argument. */
export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

function clean(text: string): string {
  // Pagefind treats words starting with "___PAGEFIND_" as instructions; no content may smuggle one in.
  return text.normalize('NFC').replace(/_{3,}PAGEFIND_\S*/gi, ' ').replace(/\s+/g, ' ').trim();
}

export function buildSearchRecord(source: SearchSource): SearchRecord {
  const title = clean(source.title);
  const lead = clean(source.lead);
  const body = clean(source.body);
  const tags = source.tags.map(clean).filter(Boolean);
  const category = clean(source.category);
  const meta: Record<string, string> = {
    [META_KEYS.title]: title,
    [META_KEYS.date]: dateMetaValue(source.publishedAt),
    [META_KEYS.category]: category,
  };
  if (tags.length > 0) meta[META_KEYS.tags] = tags.join(', ');
  if (source.image) {
    meta[META_KEYS.image] = source.image.src;
    if (source.image.srcset) meta[META_KEYS.imageSrcset] = source.image.srcset;
    if (source.image.alt) meta[META_KEYS.imageAlt] = clean(source.image.alt);
  }
  const foldTitle = foldedIfD(title);
  if (foldTitle) meta[META_KEYS.foldTitle] = foldTitle;
  const foldText = foldedDWords(lead, body, category, tags.join(' '), source.image?.alt ?? '');
  if (foldText) meta[META_KEYS.foldText] = foldText;

  const filters: Record<string, string[]> = {
    [INDEX_KEYS.category]: [category],
    [INDEX_KEYS.year]: [source.year],
  };
  if (tags.length > 0) filters[INDEX_KEYS.tag] = tags;

  return {
    url: source.url,
    language: SEARCH_LANGUAGE,
    content: [`___PAGEFIND_WEIGHT___${TITLE_WEIGHT}`, title, '___END_PAGEFIND_WEIGHT___', lead, body].filter(Boolean).join(' '),
    meta,
    filters,
    sort: { [INDEX_KEYS.date]: source.publishedAt },
  };
}

/**
 * The publication time as a record's metadata: Unix seconds. Pagefind indexes metadata values as
 * words, and an ISO time ("2026-11-17T13:09:10+07:00") is seven of them in every record: 0.5 s of
 * Pagefind's CPU at 10,000 articles (docs/performance.md), where one number is one word. The sort
 * key stays ISO (Pagefind compares it as text).
 */
export function dateMetaValue(isoTime: string): string {
  return String(Math.round(Date.parse(isoTime) / 1000));
}

/** The time dateMetaValue wrote, or undefined for anything else. */
export function dateFromMeta(value: string | undefined): Date | undefined {
  if (!value || !/^-?\d+$/.test(value)) return undefined;
  const date = new Date(Number(value) * 1000);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** A published article as the index reads it. */
export interface IndexedArticle {
  slug: string;
  title: string;
  description: string;
  categoryTitle: string;
  tags: readonly { name: string }[];
  publishedAt: Date;
  body: ArticleBody;
  /** Identifies the body's source (Astro's digest of the file); without it the body itself is compared. */
  digest?: string | undefined;
  /** Set when the article has an image. */
  imageAlt?: string | undefined;
}

/**
 * The index's view of a stored article entry: one mapping for the records route and the early
 * index, so their per-article keys agree whenever the content does.
 */
export function indexedArticleOf(
  entry: { id: string; data: object; rendered?: { html: string } | undefined; digest?: string | number | undefined },
  data: { title: string; description: string; tags: readonly string[]; publishedAt: Date; image?: { alt: string } | undefined },
  categoryTitle: string,
): IndexedArticle {
  return {
    slug: entry.id,
    title: data.title,
    description: data.description,
    categoryTitle,
    tags: uniqueTerms(data.tags),
    publishedAt: data.publishedAt,
    body: entry.rendered ? { html: entry.rendered.html } : { text: storedBodyText(entry.data) ?? '' },
    digest: entry.digest === undefined ? undefined : String(entry.digest),
    imageAlt: data.image?.alt,
  };
}

/** The search-result thumbnail of an article's image. */
export interface Thumbnail {
  src: string;
  srcset: string;
}

/** The thumbnails a build's records carry, by article URL (the next build reuses their addresses). */
export function recordThumbnails(records: readonly SearchRecord[]): Map<string, Thumbnail> {
  const thumbnails = new Map<string, Thumbnail>();
  for (const record of records) {
    const src = record.meta[META_KEYS.image];
    if (src) thumbnails.set(record.url, { src, srcset: record.meta[META_KEYS.imageSrcset] ?? '' });
  }
  return thumbnails;
}

/** A build's records by their keys (searchRecordKeys), or undefined when keys and records do not pair up. */
export function recordsByKey(keys: readonly string[] | undefined, records: readonly SearchRecord[]): Map<string, SearchRecord> | undefined {
  if (keys?.length !== records.length) return undefined;
  return new Map(keys.map((key, position) => [key, records[position]!]));
}

/**
 * One key per article (given newest first) for everything its record is built from: equal keys
 * give equal records (with the same code), so a record can be reused instead of built again.
 */
export function searchRecordKeys(
  articlesNewestFirst: readonly IndexedArticle[],
  policy: IndexPolicy,
  thumbnailOf: (article: IndexedArticle) => Thumbnail | undefined,
): string[] {
  return articlesNewestFirst.map((article, rank) =>
    JSON.stringify([
      article.slug,
      article.title,
      article.description,
      article.categoryTitle,
      article.tags.map((tag) => tag.name),
      article.publishedAt.getTime(),
      article.digest ?? article.body,
      indexedWordLimit(rank, policy),
      article.imageAlt ?? null,
      article.imageAlt === undefined ? null : (thumbnailOf(article) ?? null),
    ]),
  );
}

/** The record of the published article at `rank` (0 = newest; the rank decides how much of the body is indexed). */
export function searchRecordOf(article: IndexedArticle, rank: number, policy: IndexPolicy, thumbnail: Thumbnail | undefined): SearchRecord {
  return buildSearchRecord({
    url: articlePath(article.slug),
    title: article.title,
    lead: article.description,
    body: indexedBody(article.body, rank, policy),
    category: article.categoryTitle,
    tags: article.tags.map((tag) => tag.name),
    publishedAt: toVietnamISOString(article.publishedAt),
    year: String(vietnamYear(article.publishedAt)),
    image: thumbnail && article.imageAlt !== undefined ? { ...thumbnail, alt: article.imageAlt } : undefined,
  });
}

/**
 * The records of the published articles, given newest first. `thumbnailOf` gives the thumbnail of
 * each article with an image; `reuse` may return an already built record for an article's key
 * (searchRecordKeys).
 */
export function searchRecordsOf(
  articlesNewestFirst: readonly IndexedArticle[],
  policy: IndexPolicy,
  thumbnailOf: (article: IndexedArticle) => Thumbnail | undefined,
  reuse?: { keys: readonly string[]; recordFor: (key: string) => SearchRecord | undefined },
): SearchRecord[] {
  return articlesNewestFirst.map((article, rank) => reuse?.recordFor(reuse.keys[rank]!) ?? searchRecordOf(article, rank, policy, thumbnailOf(article)));
}

/** A short stable hash (FNV-1a, base 36) of strings: the cache tag that changes when the index does. */
export function contentHash(parts: Iterable<string>): string {
  let hash = 0x811c9dc5;
  for (const part of parts) {
    for (let index = 0; index < part.length; index += 1) {
      hash ^= part.charCodeAt(index);
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    hash ^= 0x1f;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}
