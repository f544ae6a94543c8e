/**
 * This site's feeds: which exist, their titles and addresses, and the channel settings each one
 * is built with. Used by the feed endpoints, the /rss/ page and every page's autodiscovery links.
 */
import type { Category } from './articles.ts';
import { FEED_LOGO, SQUARE_LOGO } from './brand.ts';
import type { FeedChannel, JsonFeedChannel } from './feeds.ts';
import type { FeedLink } from './seo.ts';
import { absoluteUrl, site } from './site.ts';
import { ui } from './strings.ts';
import { CONTENT_LANGUAGE } from './seo.ts';
import { FEED_STYLESHEET_PATH, HOME_PATH, JSON_FEED_PATH, SITE_FEED_PATH, categoryFeedPath, categoryPath } from './urls.ts';

export interface FeedDescription {
  title: string;
  description: string;
  /** Site path of the RSS file. */
  path: string;
  /** Absolute address readers subscribe to. */
  url: string;
  /** Absolute URL of the page the feed follows. */
  pageUrl: string;
}

export function siteFeed(): FeedDescription {
  return {
    title: ui.feeds.siteFeedTitle(site.name),
    description: site.description,
    path: SITE_FEED_PATH,
    url: absoluteUrl(SITE_FEED_PATH),
    pageUrl: absoluteUrl(HOME_PATH),
  };
}

export function categoryFeed(category: Category): FeedDescription {
  return {
    title: ui.feeds.categoryFeedTitle(category.title, site.name),
    description: category.description || site.description,
    path: categoryFeedPath(category.slug),
    url: absoluteUrl(categoryFeedPath(category.slug)),
    pageUrl: absoluteUrl(categoryPath(category.slug)),
  };
}

/** Channel settings for an RSS feed described by `feed`. */
export function rssChannel(feed: FeedDescription, buildTime: Date): FeedChannel {
  return {
    title: feed.title,
    description: feed.description,
    homeUrl: feed.pageUrl,
    feedUrl: feed.url,
    stylesheetPath: FEED_STYLESHEET_PATH,
    logo: { url: absoluteUrl(FEED_LOGO.path), width: FEED_LOGO.width, height: FEED_LOGO.height },
    contactEmail: site.contact.email,
    publisherName: site.name,
    language: CONTENT_LANGUAGE,
    buildTime,
  };
}

export function jsonFeedChannel(): JsonFeedChannel {
  return {
    title: ui.feeds.siteFeedTitle(site.name),
    description: site.description,
    homeUrl: absoluteUrl(HOME_PATH),
    feedUrl: absoluteUrl(JSON_FEED_PATH),
    icon: absoluteUrl(SQUARE_LOGO.path),
    favicon: absoluteUrl('/favicon.svg'),
    publisherName: site.name,
    language: CONTENT_LANGUAGE,
  };
}

/** Autodiscovery links every page has: the site's RSS and JSON feeds. */
export function siteFeedLinks(): FeedLink[] {
  const feed = siteFeed();
  return [
    { title: feed.title, href: feed.url, type: 'application/rss+xml' },
    { title: ui.feeds.jsonFeedTitle, href: absoluteUrl(JSON_FEED_PATH), type: 'application/feed+json' },
  ];
}

/** The extra autodiscovery link of category pages and articles. */
export function categoryFeedLink(category: Category): FeedLink {
  const feed = categoryFeed(category);
  return { title: feed.title, href: feed.url, type: 'application/rss+xml' };
}
