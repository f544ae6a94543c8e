import { getRssString } from '@astrojs/rss';
import { parse as parseHtml } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { feedStylesheet } from '../../src/lib/feed-stylesheet.ts';
import {
  FEED_ITEM_LIMIT,
  absolutizeHtml,
  channelLastChanged,
  feedContentHtml,
  jsonFeed,
  newestEntries,
  rssFeedOptions,
  toRfc822,
  type FeedChannel,
  type FeedEntry,
  type JsonFeedChannel,
} from '../../src/lib/feeds.ts';
import { escapeMarkup, jsonForScript, xmlText } from '../../src/lib/markup.ts';
import { articleSchema } from '../../src/lib/schema.ts';
import { cleanText, removeControlCharacters } from '../../src/lib/text.ts';
import { FORBIDDEN_XML_CHARACTERS, parseXml, textOf } from '../support/xml.ts';

const HOSTILE_TITLE = 'Cảnh báo <script>alert(1)</script> & "mã độc" 🚀\u000Btệp\u0008 Word';
const CLEAN_TITLE = 'Cảnh báo <script>alert(1)</script> & "mã độc" 🚀 tệp Word';
const HOSTILE_LEAD = "Có <b>thẻ</b> & 'nháy' \u0007\u001Fký tự\u0000 😀";
const CLEAN_LEAD = "Có <b>thẻ</b> & 'nháy' ký tự 😀";

describe('control characters', () => {
  it('drops what XML forbids, turns Word line and page breaks into spaces, keeps emoji and line breaks', () => {
    expect(removeControlCharacters(HOSTILE_TITLE)).toBe(CLEAN_TITLE);
    expect(removeControlCharacters('a\tb\nc\r\nd')).toBe('a\tb\nc\r\nd');
    expect(removeControlCharacters('x\u0085y\u009Fz\u007F')).toBe('xyz');
    expect(removeControlCharacters('😀 \uD83D lẻ \uDE00')).toBe('😀  lẻ ');
    expect(removeControlCharacters('\uFFFE\uFFFFok')).toBe('ok');
  });
  it('cleans frontmatter text: NFC, no control characters, trimmed', () => {
    expect(cleanText(' Vie\u0323\u0302t\u0008 ')).toBe('Việt');
  });
  it('is applied by the content schema to titles, leads, tags, authors and alt text', () => {
    const parsed = articleSchema.parse({
      title: HOSTILE_TITLE,
      description: HOSTILE_LEAD,
      category: 'tin-khcn',
      publishedAt: '2026-01-01T08:00:00+07:00',
      author: 'Tí\u0008',
      tags: ['R&D\u000B'],
      image: { src: './a.png', alt: 'ảnh\u0001', caption: 'chú\u0002 thích' },
    });
    expect(parsed.title).toBe(CLEAN_TITLE);
    expect(parsed.description).toBe(CLEAN_LEAD);
    expect(parsed.author).toBe('Tí');
    expect(parsed.tags).toEqual(['R&D']);
    expect(parsed.image).toMatchObject({ alt: 'ảnh', caption: 'chú thích' });
  });
});

describe('escaping', () => {
  it('escapes the five markup characters once', () => {
    expect(escapeMarkup(`<a href="x">R&D's</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;R&amp;D&#39;s&lt;/a&gt;');
    expect(escapeMarkup('&amp;')).toBe('&amp;amp;');
    expect(xmlText('a\u0008&b')).toBe('a&amp;b');
  });
  it('writes JSON that cannot end a script element and still parses to the same value', () => {
    const value = { headline: '</script><script>alert(1)</script> & <!-- \u2028' };
    const json = jsonForScript(value);
    expect(json).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(json)).toEqual(value);
    expect(jsonForScript(['a<b>&\u2028\u2029'])).toBe('["a\\u003cb\\u003e\\u0026\\u2028\\u2029"]');
  });
});

describe('absolute URLs in feed HTML', () => {
  const base = 'https://tin.example.org/tin-tuc/bai-viet/';
  it('resolves site-relative, relative and fragment links, images, srcset and poster against the article URL', () => {
    const html = absolutizeHtml(
      '<p><a href="/chuyen-muc/x/">a</a> <a href="../khac/">b</a> <a href="#phan-2">c</a> <a href="https://example.org/?a=1&amp;b=2">d</a> ' +
        '<a href="mailto:toasoan@example.org">e</a></p><img src="/_astro/a.webp" srcset="/_astro/a-480.webp 480w, /_astro/a-800.webp 800w" alt="">' +
        '<video poster="/p.jpg" src="v.mp4"></video>',
      base,
    );
    const root = parseHtml(html);
    expect(root.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual([
      'https://tin.example.org/chuyen-muc/x/',
      'https://tin.example.org/tin-tuc/khac/',
      'https://tin.example.org/tin-tuc/bai-viet/#phan-2',
      'https://example.org/?a=1&b=2',
      'mailto:toasoan@example.org',
    ]);
    expect(root.querySelector('img')!.getAttribute('src')).toBe('https://tin.example.org/_astro/a.webp');
    expect(root.querySelector('img')!.getAttribute('srcset')).toBe(
      'https://tin.example.org/_astro/a-480.webp 480w, https://tin.example.org/_astro/a-800.webp 800w',
    );
    expect(root.querySelector('video')!.getAttribute('poster')).toBe('https://tin.example.org/p.jpg');
    expect(root.querySelector('video')!.getAttribute('src')).toBe('https://tin.example.org/tin-tuc/bai-viet/v.mp4');
  });
  it('keeps text, entities and other markup as they were', () => {
    const html = '<h2 id="kết-quả">Kết quả</h2>\n<p>R&amp;D và 5 &lt; 7 <code>&lt;b&gt;</code></p><!-- ghi chú --><pre>a  b</pre>';
    expect(absolutizeHtml(html, base)).toBe(html);
  });
  it('strips control characters from feed HTML', () => {
    expect(feedContentHtml('<p>a\u0008b\u000Bc</p>', base)).toBe('<p>ab c</p>');
  });
});

const channel: FeedChannel = {
  title: 'Trang & "tin"',
  description: 'Mô tả <kênh>',
  homeUrl: 'https://tin.example.org/',
  feedUrl: 'https://tin.example.org/rss.xml',
  stylesheetPath: '/rss.xsl',
  logo: { url: 'https://tin.example.org/logo-144.png', width: 144, height: 144 },
  contactEmail: 'toasoan@example.org',
  publisherName: 'Tòa soạn',
  language: 'vi',
  buildTime: new Date('2026-11-20T03:00:00Z'),
};

function entry(n: number, extra: Partial<FeedEntry> = {}): FeedEntry {
  return {
    url: `https://tin.example.org/tin-tuc/bai-${n}/`,
    title: `Bài ${n}`,
    lead: `Tóm tắt ${n}`,
    contentHtml: `<p>Nội dung <a href="/the/x/">thẻ</a></p>`,
    publishedAt: new Date(Date.UTC(2026, 10, 10 - n, 1, 0, 0)),
    categoryName: 'Tin KHCN',
    tags: ['Bản tin'],
    ...extra,
  };
}

const hostile = entry(0, {
  title: HOSTILE_TITLE,
  lead: HOSTILE_LEAD,
  authorName: 'Trần "Tí" & Cộng sự',
  contentHtml: '<p>R&amp;D\u0008 <img src="/_astro/x.webp" alt=""></p>',
  // Naive 16:02 Vietnam time is 09:02 GMT.
  publishedAt: new Date('2022-09-29T16:02:00+07:00'),
  updatedAt: new Date('2022-10-01T09:15:00+07:00'),
  image: { url: 'https://tin.example.org/_astro/x.jpeg', width: 1200, height: 675, type: 'image/jpeg', alt: 'Ảnh <đẹp> & "rõ"', credit: 'Ban biên tập' },
});

describe('RSS through @astrojs/rss', () => {
  it('writes a well-formed feed with the channel fields and single escaping', async () => {
    const xml = await getRssString(rssFeedOptions(channel, [hostile, entry(1, { updatedAt: new Date('2026-11-19T00:00:00Z') })]));
    expect(xml).not.toMatch(FORBIDDEN_XML_CHARACTERS);
    expect(xml).toContain('<?xml-stylesheet href="/rss.xsl" type="text/xsl"?>');
    // Titles are escaped once; content:encoded holds HTML, so its "R&amp;D" is escaped once more.
    expect(xml).toContain('<title>Cảnh báo &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;mã độc&quot;');
    expect(xml).toContain('&lt;p&gt;R&amp;amp;D');
    const rss = parseXml(xml).rss;
    expect(rss['@_xmlns:atom']).toBe('http://www.w3.org/2005/Atom');
    expect(rss['@_xmlns:media']).toBe('http://search.yahoo.com/mrss/');
    const ch = rss.channel;
    expect(ch.title).toBe('Trang & "tin"');
    expect(ch.description).toBe('Mô tả <kênh>');
    expect(ch.link).toBe('https://tin.example.org/');
    expect(ch.language).toBe('vi');
    // The latest change among the items, not the build time.
    expect(ch.lastBuildDate).toBe('Thu, 19 Nov 2026 07:00:00 +0700');
    expect(ch['atom:link']).toMatchObject({ '@_href': 'https://tin.example.org/rss.xml', '@_rel': 'self', '@_type': 'application/rss+xml' });
    expect(ch.image).toMatchObject({ url: 'https://tin.example.org/logo-144.png', title: 'Trang & "tin"', link: 'https://tin.example.org/', width: '144' });
    const [item] = ch.item;
    expect(item.title).toBe(CLEAN_TITLE);
    // description is HTML: the plain-text lead is escaped, so readers show its characters.
    expect(item.description).toBe(escapeMarkup(CLEAN_LEAD));
    expect(parseHtml(item.description).text).toBe(CLEAN_LEAD);
    expect(item.link).toBe('https://tin.example.org/tin-tuc/bai-0/');
    expect(item.guid).toEqual({ '#text': 'https://tin.example.org/tin-tuc/bai-0/', '@_isPermaLink': 'true' });
    // RFC 822 in Vietnam time: 16:02 +0700 is the real instant 09:02 GMT.
    expect(item.pubDate).toBe('Thu, 29 Sep 2022 16:02:00 +0700');
    expect(new Date(item.pubDate).toISOString()).toBe('2022-09-29T09:02:00.000Z');
    expect(xml.match(/<pubDate>/g)).toHaveLength(2);
    expect(item['content:encoded']).toBe('<p>R&amp;D <img src="https://tin.example.org/_astro/x.webp" alt></p>');
    expect(item.category).toEqual(['Tin KHCN']);
    expect(item.author).toBe('toasoan@example.org (Trần "Tí" & Cộng sự)');
    expect(item['dc:creator']).toBe('Trần "Tí" & Cộng sự');
    expect(item['media:content']).toEqual([
      {
        '@_url': 'https://tin.example.org/_astro/x.jpeg',
        '@_medium': 'image',
        '@_type': 'image/jpeg',
        '@_width': '1200',
        '@_height': '675',
        'media:description': { '#text': 'Ảnh <đẹp> & "rõ"', '@_type': 'plain' },
        'media:credit': 'Ban biên tập',
      },
    ]);
    expect(ch.item[1].author).toBe('toasoan@example.org (Tòa soạn)');
    expect(ch.item[1]['media:content']).toBeUndefined();
  });
  it('falls back to the build time for an empty feed', async () => {
    const ch = parseXml(await getRssString(rssFeedOptions(channel, []))).rss.channel;
    expect(ch.lastBuildDate).toBe(toRfc822(channel.buildTime));
    expect(ch.item).toBeUndefined();
  });
  it('uses the category page as the channel link of a category feed', async () => {
    const xml = await getRssString(rssFeedOptions({ ...channel, homeUrl: 'https://tin.example.org/chuyen-muc/tin-khcn/' }, []));
    expect(parseXml(xml).rss.channel.link).toBe('https://tin.example.org/chuyen-muc/tin-khcn/');
  });
});

describe('feed helpers', () => {
  it('keeps the newest 50', () => {
    const many = Array.from({ length: 70 }, (_, i) => i);
    expect(newestEntries(many)).toEqual(many.slice(0, FEED_ITEM_LIMIT));
    expect(FEED_ITEM_LIMIT).toBe(50);
  });
  it('writes RFC 822 dates in Vietnam time, across day and year boundaries', () => {
    expect(toRfc822(new Date('2026-12-31T20:00:00Z'))).toBe('Fri, 01 Jan 2027 03:00:00 +0700');
    expect(toRfc822(new Date('2024-02-29T00:00:00+07:00'))).toBe('Thu, 29 Feb 2024 00:00:00 +0700');
    expect(new Date(toRfc822(new Date('2026-12-31T20:00:00Z'))).toISOString()).toBe('2026-12-31T20:00:00.000Z');
  });
  it('finds when a channel last changed', () => {
    const a = { publishedAt: new Date('2026-01-01T00:00:00Z') };
    const b = { publishedAt: new Date('2025-01-01T00:00:00Z'), updatedAt: new Date('2026-02-01T00:00:00Z') };
    expect(channelLastChanged([a, b], new Date(0))).toEqual(b.updatedAt);
    expect(channelLastChanged([], new Date(5))).toEqual(new Date(5));
  });
});

describe('JSON Feed 1.1', () => {
  const jsonChannel: JsonFeedChannel = {
    title: 'Tin & "mới"',
    description: 'Mô tả',
    homeUrl: 'https://tin.example.org/',
    feedUrl: 'https://tin.example.org/feed.json',
    icon: 'https://tin.example.org/logo.png',
    favicon: 'https://tin.example.org/favicon.svg',
    publisherName: 'Tòa soạn',
    language: 'vi',
  };
  it('has the required fields, plain-text title and summary, absolute HTML and Vietnam-time dates', () => {
    const feed = JSON.parse(JSON.stringify(jsonFeed(jsonChannel, [hostile, entry(1)])));
    expect(feed).toMatchObject({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Tin & "mới"',
      home_page_url: 'https://tin.example.org/',
      feed_url: 'https://tin.example.org/feed.json',
      language: 'vi',
      icon: 'https://tin.example.org/logo.png',
    });
    const [item, plain] = feed.items;
    expect(item).toEqual({
      id: 'https://tin.example.org/tin-tuc/bai-0/',
      url: 'https://tin.example.org/tin-tuc/bai-0/',
      title: CLEAN_TITLE,
      summary: CLEAN_LEAD,
      content_html: '<p>R&amp;D <img src="https://tin.example.org/_astro/x.webp" alt></p>',
      image: 'https://tin.example.org/_astro/x.jpeg',
      date_published: '2022-09-29T16:02:00+07:00',
      date_modified: '2022-10-01T09:15:00+07:00',
      authors: [{ name: 'Trần "Tí" & Cộng sự' }],
      tags: ['Tin KHCN', 'Bản tin'],
      language: 'vi',
    });
    expect(plain.authors).toEqual([{ name: 'Tòa soạn' }]);
    expect(plain.tags).toEqual(['Tin KHCN', 'Bản tin']);
    expect(plain).not.toHaveProperty('image');
    expect(plain).not.toHaveProperty('date_modified');
  });
});

describe('XSL style sheet', () => {
  it('is well-formed XSLT with the Vietnamese text escaped', () => {
    const xsl = feedStylesheet({
      feedsPagePath: '/rss/',
      text: { banner: 'Kênh <RSS> & tin', intro: 'a', subscribe: 'b', address: 'c', visit: 'd', allFeeds: 'e', latest: 'f', empty: 'g' },
    });
    const sheet = parseXml(xsl)['xsl:stylesheet'];
    expect(sheet['@_version']).toBe('1.0');
    expect(xsl).toContain('Kênh &lt;RSS&gt; &amp; tin');
    expect(textOf(sheet['xsl:output'])).toBe('');
    expect(sheet['xsl:output']['@_method']).toBe('html');
  });
});
