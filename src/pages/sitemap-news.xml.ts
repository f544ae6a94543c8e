/** /sitemap-news.xml: Google News sitemap of the articles published in the two days before the build. */
import type { APIRoute } from 'astro';
import { getCatalog } from '../data/catalog.ts';
import { publishedOnly } from '../data/feeds.ts';
import { CONTENT_LANGUAGE } from '../lib/seo.ts';
import { absoluteUrl, site } from '../lib/site.ts';
import { newsSitemapXml, selectNewsArticles } from '../lib/sitemaps.ts';
import { articlePath } from '../lib/urls.ts';

export const GET: APIRoute = async () => {
  const { articles, now } = await getCatalog();
  const items = selectNewsArticles(publishedOnly(articles), now).map((article) => ({
    url: absoluteUrl(articlePath(article.slug)),
    title: article.title,
    publishedAt: article.publishedAt,
  }));
  return new Response(newsSitemapXml(items, { name: site.name, language: CONTENT_LANGUAGE }), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
};
