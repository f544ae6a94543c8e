/**
 * Options for @astrojs/sitemap, which runs after the build and knows only URLs. lastmod needs
 * article dates, so the content folder is read here with the same parser, schema and
 * publication rules as the build (frontmatter.ts, schema.ts, publishing.ts). The sitemap only
 * ever lists pages the build wrote, so drafts and scheduled articles cannot appear through this:
 * at worst a page would lack its lastmod.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { SitemapOptions } from '@astrojs/sitemap';
import { toTerm, uniqueTerms } from './articles.ts';
import { slugFromPath } from './content-dir.ts';
import { parseContentFile } from './frontmatter.ts';
import { isPublished } from './publishing.ts';
import { articleSchema } from './schema.ts';
import { isSitemapPage, lastModifiedByPath, lastModifiedFor, type DatedArticle } from './sitemaps.ts';
import { removeControlCharacters } from './text.ts';

function articleFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(md|mdx)$/i.test(file))
    .map((file) => path.join(dir, file))
    .sort();
}

/** Published articles' dates and terms, read from `<contentDir>/articles`. Invalid files are skipped: the build reports them. */
export function readPublishedArticleDates(contentDir: string, now: Date): DatedArticle[] {
  const articles: DatedArticle[] = [];
  for (const file of articleFiles(path.join(contentDir, 'articles'))) {
    let data: Record<string, unknown>;
    try {
      // The same clean-up the content loader does before parsing.
      data = parseContentFile(removeControlCharacters(fs.readFileSync(file, 'utf8').normalize('NFC'))).data;
    } catch {
      continue;
    }
    const parsed = articleSchema.safeParse(data);
    if (!parsed.success || !isPublished(parsed.data, now)) continue;
    articles.push({
      slug: slugFromPath(file),
      categorySlug: parsed.data.category,
      publishedAt: parsed.data.publishedAt,
      updatedAt: parsed.data.updatedAt,
      tags: uniqueTerms(parsed.data.tags),
      author: parsed.data.author ? toTerm(parsed.data.author) : undefined,
    });
  }
  return articles;
}

export interface SitemapSetup {
  contentDir: string;
  now: () => Date;
  /** Absolute URLs of extra sitemaps for the index (the news sitemap). */
  customSitemaps: string[];
}

/** @astrojs/sitemap options: page filter, lastmod per URL, the news sitemap in the index. */
export function sitemapOptions({ contentDir, now, customSitemaps }: SitemapSetup): NonNullable<SitemapOptions> {
  // Read lazily: serialize runs only at the end of a build, never in dev or `astro check`.
  let dates: Map<string, Date> | undefined;
  return {
    filter: isSitemapPage,
    customSitemaps,
    namespaces: { news: false, xhtml: false, image: false, video: false },
    serialize(item) {
      dates ??= lastModifiedByPath(readPublishedArticleDates(contentDir, now()));
      const lastmod = lastModifiedFor(item.url, dates);
      return lastmod ? { ...item, lastmod: lastmod.toISOString() } : item;
    },
  };
}
