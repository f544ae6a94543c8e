/** /robots.txt, generated so the Sitemap lines follow SITE_URL. */
import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/site.ts';
import { robotsTxt } from '../lib/sitemaps.ts';
import { NEWS_SITEMAP_PATH, SITEMAP_INDEX_PATH } from '../lib/urls.ts';

export const GET: APIRoute = () =>
  new Response(robotsTxt([absoluteUrl(SITEMAP_INDEX_PATH), absoluteUrl(NEWS_SITEMAP_PATH)]), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
