/**
 * Options for @astrojs/sitemap, which runs after the build and knows only URLs. lastmod needs
 * article dates, so the content folder is read here with the same parser, schema and
 * publication rules as the build (frontmatter.ts, schema.ts, publishing.ts). The sitemap only
 * ever lists pages the build wrote, so drafts and scheduled articles cannot appear through this:
 * at worst a page would lack its lastmod.
 */
import fs from 'node:fs';
import type { SitemapOptions } from '@astrojs/sitemap';
import { toTerm, uniqueTerms } from './articles.ts';
import { slugFromPath } from './content-dir.ts';
import { listContentFiles } from './content-files.ts';
import { parseContentFile, prepareContentSource } from './frontmatter.ts';
import { isPublished } from './publishing.ts';
import { articleSchema } from './schema.ts';
import { isSitemapPage, lastModifiedByPath, lastModifiedFor, type DatedArticle } from './sitemaps.ts';

/** Published articles' dates and terms, read from `<contentDir>/articles`. Invalid files are skipped: the build reports them. */
export function readPublishedArticleDates(contentDir: string, now: Date): DatedArticle[] {
  const articles: DatedArticle[] = [];
  // The files the build reads (content-files.ts mirrors content.config.ts), read the way it reads them.
  for (const file of listContentFiles(contentDir).articles) {
    let data: Record<string, unknown>;
    try {
      data = parseContentFile(prepareContentSource(fs.readFileSync(file, 'utf8'))).data;
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
