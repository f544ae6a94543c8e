/** /rss.xml: the newest articles of the whole site. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCatalog } from '../data/catalog.ts';
import { feedEntries } from '../data/feeds.ts';
import { rssFeedOptions } from '../lib/feeds.ts';
import { rssChannel, siteFeed } from '../lib/site-feeds.ts';

export const GET: APIRoute = async () => {
  const { articles, now } = await getCatalog();
  return rss(rssFeedOptions(rssChannel(siteFeed(), now), await feedEntries(articles)));
};
