/**
 * A rebuild's search records, predicted before Astro has loaded any content, so that Pagefind can
 * start indexing while Astro is still starting up (on a rebuild the build ends when Pagefind does).
 *
 * The prediction starts from the last build's records and the size and modification time of every
 * content file then and now: records of unchanged articles are taken over, the few changed or new
 * files are read as the build will read them (readArticle), and the order and the indexed length
 * of each body follow from the dates as in the build. The build checks the prediction against the
 * records it computes from the loaded content and indexes again when they differ (a file changed
 * without a new time, a scheduled article now due, a new image…), so a wrong guess costs time only.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { sortNewestFirst } from './articles.ts';
import { slugFromPath } from './content-dir.ts';
import { listContentFiles } from './content-files.ts';
import { recordThumbnails, recordsByKey, searchRecordKeys, searchRecordsOf, type IndexPolicy, type IndexedArticle, type SearchRecord } from './search-records.ts';
import type { SearchRecordsFile } from './search-build.ts';
import { articlePath } from './urls.ts';

/**
 * Files read at most (changed, or moved across the full-text window): each is parsed and rendered
 * on the indexer's thread while Astro starts; beyond this (a branch switch, a bulk edit, another
 * indexing policy) the build's own records are faster.
 */
export const MAX_CHANGED_FILES = 500;

/** Size and modification time of each content file, by path relative to the content folder. */
export interface ContentStamps {
  articles: Record<string, string>;
  categories: Record<string, string>;
}

export function readContentStamps(root: string): ContentStamps {
  const files = listContentFiles(root);
  const stampsOf = (list: readonly string[]) =>
    Object.fromEntries(
      list.map((file) => {
        const stat = fs.statSync(file);
        return [path.relative(root, file), `${stat.mtimeMs}:${stat.size}`];
      }),
    );
  return { articles: stampsOf(files.articles), categories: stampsOf(files.categories) };
}

/**
 * How the build would index an article file: `undefined` when it is not published, `null` when
 * its record cannot be predicted (invalid frontmatter, unknown category…; the build will say why).
 */
export type ArticleReader = (file: string) => Promise<IndexedArticle | undefined | null>;

export interface PredictionInput {
  root: string;
  previous: Pick<SearchRecordsFile, 'records' | 'recordKeys'>;
  previousStamps: ContentStamps;
  stamps: ContentStamps;
  policy: IndexPolicy;
  readArticle: ArticleReader;
}

/** An article known only from its key in the last build (searchRecordKeys): enough to place and key it. */
function articleFromKey(key: string): IndexedArticle {
  const [slug, title, description, categoryTitle, tags, publishedAt, digestOrBody, , imageAlt] = JSON.parse(key) as [
    string,
    string,
    string,
    string,
    string[],
    number,
    string | IndexedArticle['body'],
    number,
    string | null,
  ];
  return {
    slug,
    title,
    description,
    categoryTitle,
    tags: tags.map((name) => ({ name })),
    publishedAt: new Date(publishedAt),
    ...(typeof digestOrBody === 'string' ? { digest: digestOrBody, body: { text: '' } } : { body: digestOrBody }),
    imageAlt: imageAlt ?? undefined,
  };
}

/** The predicted records, newest first, or undefined when the change is not one this can follow. */
export async function predictSearchRecords({ root, previous, previousStamps, stamps, policy, readArticle }: PredictionInput): Promise<SearchRecord[] | undefined> {
  const recordByKey = recordsByKey(previous.recordKeys, previous.records);
  if (!recordByKey) return undefined;
  // Category titles are in many records; a category change is rare enough to index after loading.
  if (JSON.stringify(previousStamps.categories) !== JSON.stringify(stamps.categories)) return undefined;
  const fileBySlug = new Map<string, string>();
  for (const relative of Object.keys(stamps.articles)) {
    const slug = slugFromPath(relative);
    // The build stops on a duplicate file name, with its own message.
    if (fileBySlug.has(slug)) return undefined;
    fileBySlug.set(slug, relative);
  }
  const unchanged = (relative: string) => previousStamps.articles[relative] === stamps.articles[relative];
  if (Object.keys(stamps.articles).filter((relative) => !unchanged(relative)).length > MAX_CHANGED_FILES) return undefined;

  const thumbnails = recordThumbnails(previous.records);
  const known = new Set<string>();
  const articles: IndexedArticle[] = [];
  for (const key of previous.recordKeys) {
    const article = articleFromKey(key);
    const relative = fileBySlug.get(article.slug);
    if (relative === undefined || !unchanged(relative)) continue;
    known.add(article.slug);
    articles.push(article);
  }
  const read = (slug: string) => readArticle(path.join(root, fileBySlug.get(slug)!));
  for (const [slug, relative] of fileBySlug) {
    // Unchanged files without a record are drafts or scheduled articles, assumed still unpublished.
    if (known.has(slug) || unchanged(relative)) continue;
    const article = await read(slug);
    if (article === null) return undefined;
    if (article) articles.push(article);
  }

  let sorted = sortNewestFirst(articles);
  const thumbnailOf = (article: IndexedArticle) => thumbnails.get(articlePath(article.slug));
  // A new image's thumbnail address is known only once Astro renders it.
  if (sorted.some((article) => article.imageAlt !== undefined && !thumbnailOf(article))) return undefined;
  let keys = searchRecordKeys(sorted, policy, thumbnailOf);
  // An unchanged article whose rank now indexes a different length of its body: read its body.
  const reread = new Set(sorted.filter((article, rank) => known.has(article.slug) && !recordByKey.has(keys[rank]!)).map((article) => article.slug));
  // Many (another indexing policy): the build's own records are faster.
  if (reread.size > MAX_CHANGED_FILES) return undefined;
  if (reread.size > 0) {
    const replaced: IndexedArticle[] = [];
    for (const article of sorted) {
      if (!reread.has(article.slug)) {
        replaced.push(article);
        continue;
      }
      const fresh = await read(article.slug);
      if (!fresh) return undefined;
      replaced.push(fresh);
    }
    sorted = sortNewestFirst(replaced);
    keys = searchRecordKeys(sorted, policy, thumbnailOf);
  }
  return searchRecordsOf(sorted, policy, thumbnailOf, { keys, recordFor: (key) => recordByKey.get(key) });
}

/** A digest of records, to compare a prediction with the records the build computes. */
export function searchRecordsDigest(records: readonly SearchRecord[]): string {
  const hash = createHash('sha1');
  for (const record of records) hash.update(JSON.stringify(record)).update('\n');
  return hash.digest('base64url');
}
