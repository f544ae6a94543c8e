/**
 * The search records of every published article, for the search integration to index after the
 * build (it deletes this file once the index is written). Not a public page.
 */
import type { APIRoute } from 'astro';
import { getImage } from 'astro:assets';
import { getCatalog } from '../../data/catalog.ts';
import { searchCacheTag } from '../../data/search.ts';
import { toVietnamISOString, vietnamYear } from '../../lib/dates.ts';
import { buildSearchRecord, indexedBody, indexPolicyFromEnv, type SearchRecord } from '../../lib/search-records.ts';
import type { SearchRecordsFile } from '../../lib/search-build.ts';
import { startSearchIndexing } from '../../integrations/search-index.ts';
import { markdownToPlainText } from '../../lib/text.ts';
import { articlePath } from '../../lib/urls.ts';

export const GET: APIRoute = async () => {
  const catalog = await getCatalog();
  // `astro dev` shows drafts; the index is only ever built from a production build.
  if (catalog.showsUnpublished) return new Response(null, { status: 404 });
  const policy = indexPolicyFromEnv(process.env);
  const records: SearchRecord[] = [];
  for (const [rank, article] of catalog.articles.entries()) {
    let image: { src: string; srcset: string; alt: string } | undefined;
    if (article.image) {
      // The same 240/480 px WebP files the list cards use, so no extra image is generated.
      const thumbnail = await getImage({ src: article.image.src, widths: [240, 480], format: 'webp' });
      // The 480 px file as the plain thumbnail (the fallback `src` would be the full-size image).
      const byWidth = [...thumbnail.srcSet.values].sort((a, b) => parseInt(a.descriptor ?? '0', 10) - parseInt(b.descriptor ?? '0', 10));
      const largest = byWidth.at(-1)?.url ?? thumbnail.src;
      image = { src: largest, srcset: thumbnail.srcSet.attribute, alt: article.image.alt };
    }
    records.push(
      buildSearchRecord({
        url: articlePath(article.slug),
        title: article.title,
        lead: article.description,
        body: indexedBody(markdownToPlainText(article.entry.body ?? ''), rank, policy),
        category: article.category.title,
        tags: article.tags.map((tag) => tag.name),
        publishedAt: toVietnamISOString(article.publishedAt),
        year: String(vietnamYear(article.publishedAt)),
        image,
      }),
    );
  }
  startSearchIndexing(records);
  const file: SearchRecordsFile = { version: 1, cacheTag: searchCacheTag(catalog), records };
  return new Response(JSON.stringify(file), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
