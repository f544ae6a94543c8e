/** /chuyen-muc/<category>/rss.xml: the newest articles of one category. */
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalog } from '../../../data/catalog.ts';
import { feedEntries } from '../../../data/feeds.ts';
import type { Category } from '../../../lib/articles.ts';
import { rssFeedOptions } from '../../../lib/feeds.ts';
import { categoryFeed, rssChannel } from '../../../lib/site-feeds.ts';

export const getStaticPaths = (async () => {
  const { categories } = await getCatalog();
  return categories.map((category) => ({ params: { slug: category.slug }, props: { category } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ category: Category }> = async ({ props }) => {
  const { byCategory, now } = await getCatalog();
  const articles = byCategory.get(props.category.slug) ?? [];
  return rss(rssFeedOptions(rssChannel(categoryFeed(props.category), now), await feedEntries(articles)));
};
