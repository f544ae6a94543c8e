/**
 * The search records of every published article, for the search integration (src/lib/search-records-file.ts:
 * a header line, then the records in V8's format). It moves the file out of the site into Astro's cache
 * folder once the build is done, for the next build's early index. Not a public page.
 */
import type { APIRoute } from 'astro';
import { getImage } from 'astro:assets';
import { getCatalog, type ImageSource } from '../../data/catalog.ts';
import { searchCacheTag } from '../../data/search.ts';
import { indexPolicyFromEnv, indexedArticleOf, searchRecordKeys, searchRecordOf, searchRecordsOf, type IndexedArticle, type Thumbnail } from '../../lib/search-records.ts';
import { searchRecordsFileBytes, serializeRecords } from '../../lib/search-records-file.ts';
import { completeComputedIndex, earlySearchRecords, searchCodeVersion, startSearchIndexing } from '../../integrations/search-index.ts';

async function thumbnailFor(src: ImageSource): Promise<Thumbnail> {
  // The same 240/480 px WebP files the list cards use, so no extra image is generated.
  const thumbnail = await getImage({ src, widths: [240, 480], format: 'webp' });
  // The 480 px file as the plain thumbnail (the fallback `src` would be the full-size image).
  const byWidth = [...thumbnail.srcSet.values].sort((a, b) => parseInt(a.descriptor ?? '0', 10) - parseInt(b.descriptor ?? '0', 10));
  return { src: byWidth.at(-1)?.url ?? thumbnail.src, srcset: thumbnail.srcSet.attribute };
}

export const GET: APIRoute = async () => {
  const catalog = await getCatalog();
  // `astro dev` shows drafts; the index is only ever built from a production build.
  if (catalog.showsUnpublished) return new Response(null, { status: 404 });
  const thumbnails = new Map<string, Thumbnail>();
  for (const article of catalog.articles) {
    if (article.image) thumbnails.set(article.slug, await thumbnailFor(article.image.src));
  }
  const articles = catalog.articles.map((article) => indexedArticleOf(article.entry, article.entry.data, article.category.title));
  const policy = indexPolicyFromEnv(process.env);
  const thumbnailOf = (article: IndexedArticle) => thumbnails.get(article.slug);
  const recordKeys = searchRecordKeys(articles, policy, thumbnailOf);
  // A first build: the indexer's worker has computed the records; only those the thumbnails change are built here.
  let serializedRecords = await completeComputedIndex(articles, recordKeys, (position) =>
    searchRecordOf(articles[position]!, position, policy, thumbnailOf(articles[position]!)),
  );
  if (serializedRecords === undefined) {
    // On a rebuild the same records were usually computed from the loaded content already.
    const records = earlySearchRecords(recordKeys) ?? searchRecordsOf(articles, policy, thumbnailOf);
    startSearchIndexing(records);
    serializedRecords = serializeRecords(records);
  }
  const fields = { version: 1, cacheTag: searchCacheTag(catalog), recordKeys, codeVersion: searchCodeVersion() } as const;
  return new Response(searchRecordsFileBytes(fields, serializedRecords), { headers: { 'content-type': 'application/octet-stream' } });
};
