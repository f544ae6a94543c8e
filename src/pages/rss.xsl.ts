/** /rss.xsl: what a browser shows for a feed (see src/lib/feed-stylesheet.ts). */
import type { APIRoute } from 'astro';
import { feedStylesheet } from '../lib/feed-stylesheet.ts';
import { ui } from '../lib/strings.ts';
import { FEEDS_PAGE_PATH } from '../lib/urls.ts';

export const GET: APIRoute = () => {
  const { feeds } = ui;
  const xsl = feedStylesheet({
    feedsPagePath: FEEDS_PAGE_PATH,
    text: {
      banner: feeds.previewBanner,
      intro: feeds.previewIntro,
      subscribe: feeds.previewSubscribe,
      address: feeds.previewAddress,
      visit: feeds.previewVisit,
      allFeeds: feeds.previewAllFeeds,
      latest: feeds.previewLatest,
      empty: feeds.previewEmpty,
    },
  });
  return new Response(xsl, { headers: { 'Content-Type': 'text/xsl; charset=utf-8' } });
};
