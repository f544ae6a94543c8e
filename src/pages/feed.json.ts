/** /feed.json: JSON Feed 1.1 of the same articles as /rss.xml. */
import type { APIRoute } from 'astro';
import { getCatalog } from '../data/catalog.ts';
import { feedEntries } from '../data/feeds.ts';
import { jsonFeed } from '../lib/feeds.ts';
import { jsonFeedChannel } from '../lib/site-feeds.ts';

export const GET: APIRoute = async () => {
  const { articles } = await getCatalog();
  const feed = jsonFeed(jsonFeedChannel(), await feedEntries(articles));
  return new Response(JSON.stringify(feed, null, 2), { headers: { 'Content-Type': 'application/feed+json; charset=utf-8' } });
};
