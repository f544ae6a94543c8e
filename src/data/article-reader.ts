/**
 * Reads an article file as the build indexes it, outside Astro's content loading: the same
 * frontmatter parser and schema as the loader, Markdown rendered by the same processor (the loader's
 * worker hands Astro exactly this HTML), MDX as the plain text the loader stores. For the search
 * index's prediction (src/lib/search-prediction.ts), which runs before Astro has loaded anything.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { BODY_TEXT_KEY } from '../lib/body-stats.ts';
import { slugFromPath } from '../lib/content-dir.ts';
import { listContentFiles } from '../lib/content-files.ts';
import { readTextFile } from '../lib/file-tree.ts';
import { isPublished } from '../lib/publishing.ts';
import { articleSchema, categorySchema } from '../lib/schema.ts';
import { indexedArticleOf } from '../lib/search-records.ts';
import type { ArticleReader } from '../lib/search-prediction.ts';
import { markdownToPlainText } from '../lib/text.ts';
import { readEntrySource } from './entry-source.ts';
import { markdownProcessor } from './markdown-plugins.ts';
import type { RenderOptions } from './content-worker-client.ts';

export async function createArticleReader(root: string, renderOptions: RenderOptions, now: Date): Promise<ArticleReader> {
  const renderer = await markdownProcessor().createRenderer(renderOptions);
  const categoryTitles = new Map<string, string>();
  for (const file of listContentFiles(root).categories) {
    const parsed = categorySchema.safeParse(readEntrySource(readTextFile(file)).data);
    if (parsed.success) categoryTitles.set(slugFromPath(file), parsed.data.title);
  }
  return async (file) => {
    const source = readEntrySource(readTextFile(file));
    const parsed = articleSchema.safeParse(source.data);
    if (!parsed.success) return null;
    const data = parsed.data;
    if (!isPublished(data, now)) return undefined;
    const categoryTitle = categoryTitles.get(data.category);
    if (categoryTitle === undefined) return null;
    const id = slugFromPath(file);
    if (path.extname(file) !== '.md') return indexedArticleOf({ id, data: { [BODY_TEXT_KEY]: markdownToPlainText(source.body) } }, data, categoryTitle);
    const { code } = await renderer.render(source.body, { frontmatter: source.data, fileURL: pathToFileURL(file) });
    return indexedArticleOf({ id, data: {}, rendered: { html: code } }, data, categoryTitle);
  };
}
