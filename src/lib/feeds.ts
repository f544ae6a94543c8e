/**
 * The site's feeds as plain data: RSS 2.0 options for @astrojs/rss and a JSON Feed 1.1 object.
 * Pages only fetch articles and hand them here.
 *
 * What @astrojs/rss 4 does with what we give it (read from its source): it XML-escapes every text
 * and attribute value once (so we pass raw text, never pre-escaped text, or readers would see
 * "&amp;"), it writes `content:encoded` escaped rather than as CDATA, it re-parses `customData`
 * as XML (so customData must be escaped XML, which the parser decodes and the builder escapes
 * again: one escaping in the output), it writes `pubDate` only in GMT, and it passes control
 * characters through, which makes the whole feed invalid XML: we remove them here, whatever the
 * content layer already did.
 *
 * Escaping per field, each once per language layer:
 * - title: plain text (readers show it as text).
 * - description: RSS readers treat it as HTML, so the plain-text lead is HTML-escaped first and
 *   a lead quoting "<script>" shows as those characters rather than being eaten as a tag.
 * - content:encoded: the article's HTML with every link and image made absolute.
 */
import type { RSSFeedItem, RSSOptions } from '@astrojs/rss';
import { parse } from 'node-html-parser';
import { toVietnamISOString, toVietnamRfc822 } from './dates.ts';
import { escapeMarkup, xmlText } from './markup.ts';
import { removeControlCharacters } from './text.ts';

/** Newest items in every feed: enough for a reader who checks weekly, small enough to fetch often. */
export const FEED_ITEM_LIMIT = 50;

export const FEED_NAMESPACES = {
  atom: 'http://www.w3.org/2005/Atom',
  dc: 'http://purl.org/dc/elements/1.1/',
  media: 'http://search.yahoo.com/mrss/',
} as const;

export interface FeedImage {
  /** Absolute URL. */
  url: string;
  width: number;
  height: number;
  /** MIME type, e.g. image/jpeg. */
  type: string;
  alt: string;
  credit?: string | undefined;
}

export interface FeedEntry {
  /** Absolute canonical URL: also the item's id. */
  url: string;
  title: string;
  /** Plain-text lead. */
  lead: string;
  /** The article body as rendered HTML; may hold site-relative links. */
  contentHtml: string;
  publishedAt: Date;
  updatedAt?: Date | undefined;
  categoryName: string;
  authorName?: string | undefined;
  tags: string[];
  image?: FeedImage | undefined;
}

export interface FeedChannel {
  title: string;
  description: string;
  /** Absolute URL of the page the feed follows (home or category page). */
  homeUrl: string;
  /** Absolute URL of this RSS feed (atom:link rel="self"). */
  feedUrl: string;
  /** Site path of the XSL style sheet. */
  stylesheetPath: string;
  /** RSS <image>: at most 144 pixels wide by the RSS 2.0 spec. */
  logo: { url: string; width: number; height: number };
  /** Newsroom address: RSS wants an e-mail address in <author> and <managingEditor>. */
  contactEmail: string;
  /** Name shown for the newsroom and for articles without a byline. */
  publisherName: string;
  language: string;
  /** When the feed has no items, lastBuildDate falls back to the build time. */
  buildTime: Date;
}

/** The newest `limit` entries; callers pass articles already sorted newest first. */
export function newestEntries<T>(articlesNewestFirst: readonly T[], limit: number = FEED_ITEM_LIMIT): T[] {
  return articlesNewestFirst.slice(0, limit);
}

/** When the channel last changed: the latest publication or update among its items (not the build time, so unchanged feeds stay byte-identical). */
export function channelLastChanged(entries: readonly Pick<FeedEntry, 'publishedAt' | 'updatedAt'>[], fallback: Date): Date {
  let latest: Date | undefined;
  for (const entry of entries) {
    const changed = entry.updatedAt && entry.updatedAt > entry.publishedAt ? entry.updatedAt : entry.publishedAt;
    if (!latest || changed > latest) latest = changed;
  }
  return latest ?? fallback;
}

/**
 * RSS dates are RFC 822 in Vietnam time ("Thu, 29 Sep 2022 16:02:00 +0700"): the same instant as
 * GMT, but what a Vietnamese reader of the raw feed or the XSL page expects to see. @astrojs/rss
 * would write its `pubDate` option in GMT (toUTCString), so items carry pubDate in customData.
 */
export const toRfc822 = toVietnamRfc822;

const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const URL_ATTRIBUTES = ['href', 'src', 'poster'] as const;

function absoluteFrom(value: string, baseUrl: string): string {
  const trimmed = value.trim();
  if (trimmed === '' || HAS_SCHEME.test(trimmed)) return value;
  try {
    return new URL(trimmed, baseUrl).href;
  } catch {
    return value;
  }
}

function absoluteSrcset(value: string, baseUrl: string): string {
  return value
    .split(',')
    .map((candidate) => {
      const [url = '', ...descriptors] = candidate.trim().split(/\s+/);
      return [absoluteFrom(url, baseUrl), ...descriptors].join(' ');
    })
    .join(', ');
}

/**
 * Makes every link and image in an HTML fragment absolute, against the article's own URL (so
 * "/x/", "../x" and "#part" all work): feed readers show content away from our site.
 */
export function absolutizeHtml(html: string, baseUrl: string): string {
  const root = parse(html, { comment: true });
  for (const element of root.querySelectorAll('*')) {
    for (const name of URL_ATTRIBUTES) {
      const value = element.getAttribute(name);
      if (value !== undefined) element.setAttribute(name, escapeMarkup(absoluteFrom(value, baseUrl)));
    }
    const srcset = element.getAttribute('srcset');
    if (srcset !== undefined) element.setAttribute('srcset', escapeMarkup(absoluteSrcset(srcset, baseUrl)));
  }
  return root.toString();
}

/** Article HTML as it goes into a feed: no characters XML forbids, every URL absolute. */
export function feedContentHtml(html: string, articleUrl: string): string {
  return absolutizeHtml(removeControlCharacters(html), articleUrl);
}

function authorAddress(channel: FeedChannel, name: string | undefined): string {
  return `${channel.contactEmail} (${name ?? channel.publisherName})`;
}

function mediaContent(image: FeedImage): string {
  const credit = image.credit ? `<media:credit>${xmlText(image.credit)}</media:credit>` : '';
  return (
    `<media:content url="${xmlText(image.url)}" medium="image" type="${xmlText(image.type)}" width="${image.width}" height="${image.height}">` +
    `<media:description type="plain">${xmlText(image.alt)}</media:description>${credit}</media:content>`
  );
}

/** One RSS item. The hero image goes in media:content (type, width, height): see rssFeedOptions. */
export function rssItem(channel: FeedChannel, entry: FeedEntry): RSSFeedItem {
  const title = removeControlCharacters(entry.title);
  const customData =
    `<pubDate>${toRfc822(entry.publishedAt)}</pubDate>` +
    (entry.authorName ? `<dc:creator>${xmlText(entry.authorName)}</dc:creator>` : '') +
    (entry.image ? mediaContent(entry.image) : '');
  return {
    title,
    link: entry.url,
    description: escapeMarkup(removeControlCharacters(entry.lead)),
    content: feedContentHtml(entry.contentHtml, entry.url),
    categories: [removeControlCharacters(entry.categoryName)],
    author: removeControlCharacters(authorAddress(channel, entry.authorName)),
    customData,
  };
}

/**
 * Options for @astrojs/rss. The hero image is a `media:content` with type, width and height
 * rather than an `enclosure`: an enclosure needs the file's length in bytes, and Astro writes
 * resized images only after every page and feed has been rendered.
 */
export function rssFeedOptions(channel: FeedChannel, entries: readonly FeedEntry[]): RSSOptions {
  const lastChanged = channelLastChanged(entries, channel.buildTime);
  const customData =
    `<language>${xmlText(channel.language)}</language>` +
    `<lastBuildDate>${toRfc822(lastChanged)}</lastBuildDate>` +
    `<managingEditor>${xmlText(authorAddress(channel, undefined))}</managingEditor>` +
    `<atom:link href="${xmlText(channel.feedUrl)}" rel="self" type="application/rss+xml"/>` +
    `<image><url>${xmlText(channel.logo.url)}</url><title>${xmlText(channel.title)}</title><link>${xmlText(channel.homeUrl)}</link>` +
    `<width>${channel.logo.width}</width><height>${channel.logo.height}</height></image>`;
  return {
    title: removeControlCharacters(channel.title),
    description: removeControlCharacters(channel.description),
    // @astrojs/rss uses `site` as the channel <link>: a category feed links its category page.
    site: channel.homeUrl,
    stylesheet: channel.stylesheetPath,
    xmlns: { ...FEED_NAMESPACES },
    customData,
    items: entries.map((entry) => rssItem(channel, entry)),
  };
}

export interface JsonFeedChannel {
  title: string;
  description: string;
  homeUrl: string;
  /** Absolute URL of this JSON feed. */
  feedUrl: string;
  /** Absolute URL of a square icon (512 × 512). */
  icon: string;
  favicon: string;
  publisherName: string;
  language: string;
}

export interface JsonFeedItem {
  id: string;
  url: string;
  title: string;
  summary: string;
  content_html: string;
  image?: string;
  date_published: string;
  date_modified?: string;
  authors: { name: string }[];
  tags: string[];
  language: string;
}

export interface JsonFeed {
  version: 'https://jsonfeed.org/version/1.1';
  title: string;
  home_page_url: string;
  feed_url: string;
  description: string;
  icon: string;
  favicon: string;
  language: string;
  authors: { name: string; url: string }[];
  items: JsonFeedItem[];
}

/** JSON Feed 1.1 (https://jsonfeed.org/version/1.1). Dates are RFC 3339 in Vietnam time. */
export function jsonFeed(channel: JsonFeedChannel, entries: readonly FeedEntry[]): JsonFeed {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: removeControlCharacters(channel.title),
    home_page_url: channel.homeUrl,
    feed_url: channel.feedUrl,
    description: removeControlCharacters(channel.description),
    icon: channel.icon,
    favicon: channel.favicon,
    language: channel.language,
    authors: [{ name: channel.publisherName, url: channel.homeUrl }],
    items: entries.map((entry) => {
      const item: JsonFeedItem = {
        id: entry.url,
        url: entry.url,
        title: removeControlCharacters(entry.title),
        // JSON Feed's summary is plain text: no HTML escaping, JSON.stringify does the rest.
        summary: removeControlCharacters(entry.lead),
        content_html: feedContentHtml(entry.contentHtml, entry.url),
        date_published: toVietnamISOString(entry.publishedAt),
        authors: [{ name: removeControlCharacters(entry.authorName ?? channel.publisherName) }],
        tags: [entry.categoryName, ...entry.tags].map(removeControlCharacters),
        language: channel.language,
      };
      if (entry.image) item.image = entry.image.url;
      if (entry.updatedAt && entry.updatedAt > entry.publishedAt) item.date_modified = toVietnamISOString(entry.updatedAt);
      return item;
    }),
  };
}
