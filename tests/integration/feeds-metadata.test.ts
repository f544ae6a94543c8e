/**
 * Feeds, sitemaps, robots.txt and page metadata of the built fixture site, read with real
 * parsers (fast-xml-parser for XML, node-html-parser for HTML, JSON.parse for JSON and JSON-LD).
 */
import fs from 'node:fs';
import { parse as parseHtml, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { parseVietnamDateTime } from '../../src/lib/dates.ts';
import { documentTitle } from '../../src/lib/document-title.ts';
import { site } from '../../src/lib/site.ts';
import { fixtureArticles, fixtureCategories, hiddenFixtureArticles, publishedFixtureArticles, type FixtureArticle } from '../support/fixture-content.ts';
import { FIXTURE_SITE_URL as SITE, fixtureDistDir as dist } from '../support/paths.ts';
import { distFile, hasPage, htmlFiles, readPage, readText } from '../support/dist.ts';
import { FORBIDDEN_XML_CHARACTERS, parseXml, textOf, type XmlNode } from '../support/xml.ts';

const HOSTILE = 'canh-bao-ma-doc-tu-tep-word';
const MDX = 'so-do-trien-khai-mdx';
/** The hostile fixture's title and lead as the site must show them: same text, control characters gone. */
const HOSTILE_TITLE = 'Cảnh báo <script>alert(1)</script> & "mã độc" 🚀 từ tệp Word dán vào';
const HOSTILE_LEAD = 'Biên tập viên dán “văn bản” có <b>thẻ</b> & ký tự điều khiển, \'nháy đơn\' và "nháy kép" 😀';

/** RSS dates: RFC 822 in Vietnam time (+0700). */
const RFC_822_VIETNAM = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} \+0700$/;
const VIETNAM_ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+07:00$/;

const article = (slug: string) => fixtureArticles.find((a) => a.slug === slug)!;
const published = (a: FixtureArticle) => parseVietnamDateTime(a.publishedAt)!;
const updated = (a: FixtureArticle) => (a.updatedAt ? parseVietnamDateTime(a.updatedAt)! : undefined);
const changed = (a: FixtureArticle) => updated(a) ?? published(a);
const newestFirst = (list: FixtureArticle[]) =>
  [...list].sort((a, b) => published(b).getTime() - published(a).getTime() || (a.slug < b.slug ? -1 : 1));
const articleUrl = (slug: string) => `${SITE}/tin-tuc/${slug}/`;
const categoryTitle = (slug: string) => fixtureCategories.find((c) => c.slug === slug)!.title;

/** A URL of the fixture site → whether the built file exists. */
function existsInDist(url: string): boolean {
  const { origin, pathname } = new URL(url);
  return origin === SITE && fs.existsSync(distFile(dist, decodeURIComponent(pathname)));
}

function readXml(sitePath: string): { text: string; doc: XmlNode } {
  const text = readText(dist, sitePath);
  return { text, doc: parseXml(text) };
}

/** Every URL in an HTML fragment's links and images. */
function urlsIn(html: string): string[] {
  const root = parseHtml(html);
  const urls: string[] = [];
  for (const element of root.querySelectorAll('[href], [src], [srcset]')) {
    for (const name of ['href', 'src']) {
      const value = element.getAttribute(name);
      if (value !== undefined) urls.push(value);
    }
    const srcset = element.getAttribute('srcset');
    if (srcset) urls.push(...srcset.split(',').map((candidate) => candidate.trim().split(/\s+/)[0]!));
  }
  return urls;
}

function jsonLd(page: HTMLElement): Record<string, any>[] {
  return page.querySelectorAll('script[type="application/ld+json"]').map((script) => JSON.parse(script.rawText));
}

function meta(page: HTMLElement, key: string): string | undefined {
  return (page.querySelector(`meta[property="${key}"]`) ?? page.querySelector(`meta[name="${key}"]`))?.getAttribute('content');
}

const siteFeed = readXml('/rss.xml');
const siteItems: XmlNode[] = siteFeed.doc.rss.channel.item;
const expectedSiteOrder = newestFirst(publishedFixtureArticles).slice(0, 50);

describe('site RSS feed (/rss.xml)', () => {
  it('is well-formed XML with no forbidden characters and points to the XSL page', () => {
    expect(siteFeed.text).not.toMatch(FORBIDDEN_XML_CHARACTERS);
    expect(siteFeed.text).toContain('<?xml-stylesheet href="/rss.xsl" type="text/xsl"?>');
    expect(siteFeed.doc.rss['@_version']).toBe('2.0');
  });

  it('describes the channel: title, link, description, language, lastBuildDate, self link and logo', () => {
    const channel = siteFeed.doc.rss.channel;
    expect(channel.title).toBe('Khoa học công nghệ ngành Công Thương – Tin mới nhất');
    expect(channel.link).toBe(`${SITE}/`);
    expect(channel.description).toMatch(/khoa học, công nghệ/);
    expect(channel.language).toBe('vi');
    // The newest change among the items: the MDX article's update at 09:30 Vietnam time.
    expect(channel.lastBuildDate).toMatch(RFC_822_VIETNAM);
    const newestChange = Math.max(...expectedSiteOrder.map((a) => changed(a).getTime()));
    expect(new Date(channel.lastBuildDate).getTime()).toBe(newestChange);
    expect(channel.lastBuildDate).toBe('Fri, 20 Nov 2026 09:30:00 +0700');
    expect(channel['atom:link']).toMatchObject({ '@_href': `${SITE}/rss.xml`, '@_rel': 'self', '@_type': 'application/rss+xml' });
    expect(channel.image.link).toBe(`${SITE}/`);
    expect(Number(channel.image.width)).toBeLessThanOrEqual(144);
    expect(existsInDist(channel.image.url)).toBe(true);
  });

  it('lists the newest published articles, newest first', () => {
    expect(siteItems.map((item) => item.link)).toEqual(expectedSiteOrder.map((a) => articleUrl(a.slug)));
  });

  it('gives every item an absolute link, a permalink guid, an RFC 822 date (+0700) of the real instant, category and author', () => {
    for (const [index, item] of siteItems.entries()) {
      const source = expectedSiteOrder[index]!;
      expect(item.guid).toEqual({ '#text': item.link, '@_isPermaLink': 'true' });
      expect(item.pubDate, source.slug).toMatch(RFC_822_VIETNAM);
      expect(new Date(item.pubDate).getTime(), source.slug).toBe(published(source).getTime());
      expect(item.category).toEqual([categoryTitle(source.category)]);
      expect(item.author).toMatch(/^\S+@\S+ \(.+\)$/);
      if (source.author) {
        expect(item['dc:creator']).toBe(source.author.normalize('NFC'));
        expect(item.author).toContain(`(${source.author.normalize('NFC')})`);
      }
      expect(parseHtml(item.description).text).toBe(source.description.normalize('NFC').replace(/[\u0000-\u0008]/g, ''));
    }
    // Naive "2022-09-29 16:02:00" is 16:02 in Vietnam, 09:02 GMT.
    const sensor = siteItems.find((item) => item.link === articleUrl('thu-nghiem-duong-day-500kv'))!;
    expect(sensor.pubDate).toBe('Thu, 29 Sep 2022 16:02:00 +0700');
    expect(new Date(sensor.pubDate).toISOString()).toBe('2022-09-29T09:02:00.000Z');
  });

  it('carries the full article HTML with every link and image absolute', () => {
    for (const item of siteItems) {
      const html: string = item['content:encoded'];
      expect(html.length, item.link).toBeGreaterThan(100);
      for (const url of urlsIn(html)) {
        expect(url, `${url} in ${item.link}`).toMatch(/^(https?:|mailto:|tel:)/);
        if (url.startsWith(SITE)) expect(existsInDist(url.split('#')[0]!), url).toBe(true);
      }
    }
  });

  it('renders MDX bodies too: components, body images and relative links', () => {
    const item = siteItems.find((entry) => entry.link === articleUrl(MDX))!;
    const body = parseHtml(item['content:encoded']);
    expect(body.querySelector('aside.callout')!.text).toContain('Hệ thống chạy thử trong ba tháng.');
    const image = body.querySelector('img')!;
    expect(image.getAttribute('src')).toMatch(new RegExp(`^${SITE}/_astro/so-do\\.`));
    expect(existsInDist(image.getAttribute('src')!)).toBe(true);
    expect(body.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual([
      `${SITE}/chuyen-muc/chuyen-doi-so/`,
      `${SITE}/tin-tuc/so-hoa-nha-may-det/`,
      `${SITE}/tin-tuc/${MDX}/#ket-luan`,
    ]);
  });

  it('gives articles with a hero image a media:content with type and size, the file being built', () => {
    for (const source of expectedSiteOrder) {
      const item = siteItems.find((entry) => entry.link === articleUrl(source.slug))!;
      if (!source.image) {
        expect(item['media:content'], source.slug).toBeUndefined();
        continue;
      }
      const [media] = item['media:content'];
      expect(media['@_medium']).toBe('image');
      expect(media['@_type']).toBe('image/jpeg');
      expect(media['@_url']).toMatch(/\.jpe?g$/);
      expect(Number(media['@_width'])).toBe(1200);
      expect(Number(media['@_height'])).toBe(675);
      expect(existsInDist(media['@_url'])).toBe(true);
      expect(textOf(media['media:description'])).toBe(source.image.alt);
    }
  });

  it('keeps hostile text intact and escaped: title as text, lead as escaped HTML, no control characters', () => {
    const item = siteItems.find((entry) => entry.link === articleUrl(HOSTILE))!;
    expect(item.title).toBe(HOSTILE_TITLE);
    expect(parseHtml(item.description).text).toBe(HOSTILE_LEAD);
    expect(item.description).not.toContain('<b>');
    expect(item['dc:creator']).toBe('Trần "Tí" & Cộng sự');
    expect(parseHtml(item['content:encoded']).text).toContain('Đoạn có ký tự điều khiển và ngắt dòng, R&D và 5 < 7');
    // Escaped once in the XML text: no double escaping of the title.
    expect(siteFeed.text).toContain('<title>Cảnh báo &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;mã độc&quot; 🚀 từ tệp Word dán vào</title>');
  });
});

describe('category RSS feeds (/chuyen-muc/<category>/rss.xml)', () => {
  it('exist for every category and hold only that category, newest first', () => {
    for (const category of fixtureCategories) {
      const { text, doc } = readXml(`/chuyen-muc/${category.slug}/rss.xml`);
      expect(text).not.toMatch(FORBIDDEN_XML_CHARACTERS);
      const channel = doc.rss.channel;
      expect(channel.title).toBe(`${category.title} – Khoa học công nghệ ngành Công Thương`);
      expect(channel.link).toBe(`${SITE}/chuyen-muc/${category.slug}/`);
      expect(channel.language).toBe('vi');
      expect(channel['atom:link']['@_href']).toBe(`${SITE}/chuyen-muc/${category.slug}/rss.xml`);
      const expected = newestFirst(publishedFixtureArticles.filter((a) => a.category === category.slug)).slice(0, 50);
      const items: XmlNode[] = channel.item ?? [];
      expect(items.map((item) => item.link)).toEqual(expected.map((a) => articleUrl(a.slug)));
      for (const item of items) expect(item.category).toEqual([category.title]);
    }
  });
});

describe('JSON Feed (/feed.json)', () => {
  const feed = JSON.parse(readText(dist, '/feed.json'));

  it('is JSON Feed 1.1 with the same items as the RSS feed', () => {
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    expect(feed.home_page_url).toBe(`${SITE}/`);
    expect(feed.feed_url).toBe(`${SITE}/feed.json`);
    expect(feed.language).toBe('vi');
    expect(existsInDist(feed.icon)).toBe(true);
    expect(feed.items.map((item: { id: string }) => item.id)).toEqual(siteItems.map((item) => item.link));
    for (const [index, item] of feed.items.entries()) {
      const source = expectedSiteOrder[index]!;
      expect(item.url).toBe(item.id);
      expect(item.date_published).toMatch(VIETNAM_ISO);
      expect(new Date(item.date_published).getTime()).toBe(published(source).getTime());
      expect(item.tags[0]).toBe(categoryTitle(source.category));
      for (const url of urlsIn(item.content_html)) expect(url).toMatch(/^(https?:|mailto:|tel:)/);
      if (source.image) expect(existsInDist(item.image)).toBe(true);
    }
    const mdx = feed.items.find((item: { id: string }) => item.id === articleUrl(MDX));
    expect(mdx.date_modified).toBe('2026-11-20T09:30:00+07:00');
  });

  it('keeps hostile text as plain text', () => {
    const item = feed.items.find((entry: { id: string }) => entry.id === articleUrl(HOSTILE));
    expect(item.title).toBe(HOSTILE_TITLE);
    expect(item.summary).toBe(HOSTILE_LEAD);
    expect(item.authors).toEqual([{ name: 'Trần "Tí" & Cộng sự' }]);
    expect(readText(dist, '/feed.json')).not.toMatch(/\\u000[0-8bcef]|\\u001[0-9a-f]/i);
  });
});

describe('feed pages and links', () => {
  it('serves a well-formed XSL style sheet', () => {
    const xsl = readXml('/rss.xsl');
    expect(xsl.doc['xsl:stylesheet']['@_version']).toBe('1.0');
    expect(xsl.text).toContain('Đây là kênh tin RSS');
  });

  it('lists every feed with its address on /rss/', () => {
    const page = readPage(dist, '/rss/');
    expect(page.querySelector('h1')!.text).toBe('Kênh tin RSS');
    const addresses = page.querySelectorAll('a.feed-address');
    const expected = [`${SITE}/rss.xml`, ...fixtureCategories.map((c) => `${SITE}/chuyen-muc/${c.slug}/rss.xml`), `${SITE}/feed.json`];
    expect(addresses.map((a) => a.text)).toEqual(expected);
    for (const link of addresses) {
      expect(new URL(link.getAttribute('href')!, SITE).href).toBe(link.text);
      expect(existsInDist(link.text)).toBe(true);
    }
    expect(page.text).toContain('RSS là gì?');
    expect(page.text).toContain('Cách theo dõi');
  });

  it('links the site feeds from every page, and the category feed from category pages and articles', () => {
    for (const file of htmlFiles(dist)) {
      const page = readPage(dist, `/${file}`);
      const rss = page.querySelectorAll('link[rel="alternate"][type="application/rss+xml"]').map((link) => link.getAttribute('href'));
      expect(rss[0], file).toBe(`${SITE}/rss.xml`);
      expect(page.querySelector('link[rel="alternate"][type="application/feed+json"]')!.getAttribute('href')).toBe(`${SITE}/feed.json`);
      const categoryPage = /^chuyen-muc\/([^/]+)\//.exec(file);
      const articlePage = /^tin-tuc\/([^/]+)\//.exec(file);
      const category = categoryPage?.[1] ?? (articlePage ? article(articlePage[1]!).category : undefined);
      expect(rss, file).toEqual(category ? [`${SITE}/rss.xml`, `${SITE}/chuyen-muc/${category}/rss.xml`] : [`${SITE}/rss.xml`]);
      for (const href of rss) expect(existsInDist(href!)).toBe(true);
    }
    const footer = readPage(dist, '/').querySelectorAll('.site-footer a').map((a) => a.getAttribute('href'));
    expect(footer).toEqual(expect.arrayContaining(['/rss/', '/rss.xml', '/feed.json']));
  });
});

describe('sitemaps and robots.txt', () => {
  const index = readXml('/sitemap-index.xml').doc.sitemapindex.sitemap.map((entry: XmlNode) => entry.loc);
  const urls: XmlNode[] = index
    .filter((loc: string) => !loc.endsWith('/sitemap-news.xml'))
    .flatMap((loc: string) => readXml(new URL(loc).pathname).doc.urlset.url);
  const locs = urls.map((url) => url.loc as string);

  it('indexes the page sitemap and the news sitemap', () => {
    expect(index).toEqual(expect.arrayContaining([`${SITE}/sitemap-0.xml`, `${SITE}/sitemap-news.xml`]));
  });

  it('lists every public page once, and no error page, search page, draft or scheduled article', () => {
    const pages = htmlFiles(dist)
      .filter((file) => file !== '404.html' && !file.startsWith('tim-kiem/'))
      .map((file) => `${SITE}/${file.replace(/index\.html$/, '')}`);
    expect([...locs].sort()).toEqual(pages.sort());
    expect(new Set(locs).size).toBe(locs.length);
    expect(locs.some((loc) => loc.includes('/tim-kiem/') || loc.includes('404'))).toBe(false);
    for (const hidden of hiddenFixtureArticles) expect(locs).not.toContain(articleUrl(hidden.slug));
  });

  it('dates articles by their update or publication, and lists by their newest article', () => {
    const lastmod = (loc: string) => urls.find((url) => url.loc === loc)?.lastmod;
    for (const source of publishedFixtureArticles) {
      expect(new Date(lastmod(articleUrl(source.slug))).getTime(), source.slug).toBe(changed(source).getTime());
    }
    const newestInTinKhcn = Math.max(...publishedFixtureArticles.filter((a) => a.category === 'tin-khcn').map((a) => changed(a).getTime()));
    expect(new Date(lastmod(`${SITE}/chuyen-muc/tin-khcn/`)).getTime()).toBe(newestInTinKhcn);
    expect(lastmod(`${SITE}/chuyen-muc/tin-khcn/trang/2/`)).toBe(lastmod(`${SITE}/chuyen-muc/tin-khcn/`));
    expect(new Date(lastmod(`${SITE}/`)).getTime()).toBe(Math.max(...publishedFixtureArticles.map((a) => changed(a).getTime())));
  });

  it('writes a Google News sitemap of the articles of the two days before the build', () => {
    const { text, doc } = readXml('/sitemap-news.xml');
    expect(text).not.toMatch(FORBIDDEN_XML_CHARACTERS);
    expect(doc.urlset['@_xmlns:news']).toBe('http://www.google.com/schemas/sitemap-news/0.9');
    const entries: XmlNode[] = doc.urlset.url;
    // Build time 2026-11-20 10:00 (+07:00): the MDX article (08:00) and the hostile one (19/11 20:00);
    // the Đồng Nai article (18/11 09:30) is 48.5 hours old.
    expect(entries.map((entry) => entry.loc)).toEqual([articleUrl(MDX), articleUrl(HOSTILE)]);
    for (const entry of entries) {
      const news = entry['news:news'];
      expect(news['news:publication']).toEqual({ 'news:name': 'Khoa học công nghệ ngành Công Thương', 'news:language': 'vi' });
      expect(news['news:publication_date']).toMatch(VIETNAM_ISO);
    }
    expect(entries[1]['news:news']['news:title']).toBe(HOSTILE_TITLE);
    expect(entries[1]['news:news']['news:publication_date']).toBe('2026-11-19T20:00:00+07:00');
  });

  it('announces both sitemaps with absolute URLs in robots.txt', () => {
    const robots = readText(dist, '/robots.txt');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).toContain(`Sitemap: ${SITE}/sitemap-index.xml\n`);
    expect(robots).toContain(`Sitemap: ${SITE}/sitemap-news.xml\n`);
  });

  it('keeps drafts and scheduled articles out of every feed and sitemap', () => {
    const files = ['/rss.xml', '/feed.json', '/sitemap-news.xml', ...index.map((loc: string) => new URL(loc).pathname), ...fixtureCategories.map((c) => `/chuyen-muc/${c.slug}/rss.xml`)];
    for (const file of files) {
      const text = readText(dist, file);
      for (const hidden of hiddenFixtureArticles) {
        expect(text.includes(hidden.slug), `${hidden.slug} in ${file}`).toBe(false);
        expect(text.includes(hidden.title), `${hidden.title} in ${file}`).toBe(false);
      }
    }
  });
});

describe('page metadata', () => {
  it('gives every page a title, description, absolute canonical URL, Open Graph and Twitter tags', () => {
    for (const file of htmlFiles(dist)) {
      const page = readPage(dist, `/${file}`);
      const url = `${SITE}/${file.replace(/index\.html$/, '')}`;
      expect(page.querySelector('title')!.text.length, file).toBeGreaterThan(0);
      expect(meta(page, 'description')!.length, file).toBeGreaterThan(0);
      expect(page.querySelector('link[rel="canonical"]')!.getAttribute('href'), file).toBe(url);
      expect(meta(page, 'og:url'), file).toBe(url);
      expect(meta(page, 'og:title')!.length).toBeGreaterThan(0);
      expect(meta(page, 'og:description')!.length).toBeGreaterThan(0);
      expect(meta(page, 'og:type')).toMatch(/^(website|article)$/);
      expect(meta(page, 'og:locale')).toBe('vi_VN');
      expect(meta(page, 'og:site_name')).toBe('Khoa học công nghệ ngành Công Thương');
      expect(existsInDist(meta(page, 'og:image')!), file).toBe(true);
      expect(meta(page, 'og:image:alt')!.length).toBeGreaterThan(0);
      expect(meta(page, 'twitter:card')).toMatch(/^summary(_large_image)?$/);
      for (const data of jsonLd(page)) expect(data['@context']).toBe('https://schema.org');
    }
  });

  it('describes an article: og:type article, times in +07:00, section, tags and its hero image', () => {
    const page = readPage(dist, '/tin-tuc/thu-nghiem-duong-day-500kv/');
    expect(meta(page, 'og:type')).toBe('article');
    expect(meta(page, 'article:published_time')).toBe('2022-09-29T16:02:00+07:00');
    expect(meta(page, 'article:modified_time')).toBe('2022-10-01T09:15:00+07:00');
    expect(meta(page, 'article:section')).toBe('Đổi mới sáng tạo');
    expect(page.querySelectorAll('meta[property="article:tag"]').map((tag) => tag.getAttribute('content'))).toEqual(['Đường dây', 'Cảm biến']);
    expect(meta(page, 'og:image')).toMatch(new RegExp(`^${SITE}/_astro/cam-bien\\..*\\.jpe?g$`));
    expect(meta(page, 'og:image:width')).toBe('1200');
    expect(meta(page, 'og:image:type')).toBe('image/jpeg');
    expect(meta(page, 'og:image:alt')).toBe('Cảm biến gắn trên dây dẫn điện');
    expect(meta(page, 'twitter:card')).toBe('summary_large_image');
    // Without a hero image: the logo and a small card.
    const plain = readPage(dist, '/tin-tuc/so-hoa-nha-may-det/');
    expect(meta(plain, 'og:image')).toBe(`${SITE}/logo.png`);
    expect(meta(plain, 'twitter:card')).toBe('summary');
  });

  it('gives articles NewsArticle and BreadcrumbList JSON-LD', () => {
    const page = readPage(dist, '/tin-tuc/thu-nghiem-duong-day-500kv/');
    const [news, breadcrumb] = jsonLd(page);
    expect(news).toMatchObject({
      '@type': 'NewsArticle',
      headline: article('thu-nghiem-duong-day-500kv').title,
      description: article('thu-nghiem-duong-day-500kv').description,
      datePublished: '2022-09-29T16:02:00+07:00',
      dateModified: '2022-10-01T09:15:00+07:00',
      author: { '@type': 'Person', name: 'Đặng Thu Hà', url: `${SITE}/tac-gia/dang-thu-ha/` },
      publisher: { '@type': 'Organization', name: 'Khoa học công nghệ ngành Công Thương' },
      mainEntityOfPage: { '@type': 'WebPage', '@id': articleUrl('thu-nghiem-duong-day-500kv') },
      articleSection: 'Đổi mới sáng tạo',
      keywords: ['Đường dây', 'Cảm biến'],
      inLanguage: 'vi',
    });
    expect(news!.image[0].url).toBe(meta(page, 'og:image'));
    expect(existsInDist(news!.publisher.logo.url)).toBe(true);
    expect(news!.publisher.logo).toMatchObject({ '@type': 'ImageObject', width: 600, height: 60 });
    expect(breadcrumb).toMatchObject({ '@type': 'BreadcrumbList' });
    expect(breadcrumb!.itemListElement.map((item: { name: string; item: string }) => [item.name, item.item])).toEqual([
      ['Trang chủ', `${SITE}/`],
      ['Đổi mới sáng tạo', `${SITE}/chuyen-muc/doi-moi-sang-tao/`],
      [article('thu-nghiem-duong-day-500kv').title, articleUrl('thu-nghiem-duong-day-500kv')],
    ]);
  });

  it('gives the home page WebSite with a search action and Organization', () => {
    const data = jsonLd(readPage(dist, '/'));
    const website = data.find((item) => item['@type'] === 'WebSite')!;
    expect(website.url).toBe(`${SITE}/`);
    expect(website.inLanguage).toBe('vi');
    expect(website.potentialAction).toMatchObject({
      '@type': 'SearchAction',
      target: { urlTemplate: `${SITE}/tim-kiem/?q={search_term_string}` },
      'query-input': 'required name=search_term_string',
    });
    const organization = data.find((item) => item['@type'] === 'Organization')!;
    expect(organization.name).toBe('Khoa học công nghệ ngành Công Thương');
    expect(existsInDist(organization.logo.url)).toBe(true);
  });

  it('links the neighbours of paginated lists with rel prev/next and a canonical URL per page', () => {
    const links = (path: string) => {
      const page = readPage(dist, path);
      return {
        canonical: page.querySelector('link[rel="canonical"]')!.getAttribute('href'),
        prev: page.querySelector('link[rel="prev"]')?.getAttribute('href'),
        next: page.querySelector('link[rel="next"]')?.getAttribute('href'),
      };
    };
    expect(links('/chuyen-muc/tin-khcn/')).toEqual({ canonical: `${SITE}/chuyen-muc/tin-khcn/`, prev: undefined, next: `${SITE}/chuyen-muc/tin-khcn/trang/2/` });
    expect(links('/chuyen-muc/tin-khcn/trang/2/')).toEqual({ canonical: `${SITE}/chuyen-muc/tin-khcn/trang/2/`, prev: `${SITE}/chuyen-muc/tin-khcn/`, next: undefined });
    expect(links('/the/ban-tin/trang/2/')).toEqual({ canonical: `${SITE}/the/ban-tin/trang/2/`, prev: `${SITE}/the/ban-tin/`, next: undefined });
    expect(links('/tac-gia/dang-thu-ha/')).toEqual({ canonical: `${SITE}/tac-gia/dang-thu-ha/`, prev: undefined, next: undefined });
  });

  it('shows hostile text escaped in HTML, with control characters stripped', () => {
    const html = readText(dist, `/tin-tuc/${HOSTILE}/`);
    expect(html).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    // Only inside quoted attribute values (meta content), where HTML needs just & and " escaped.
    expect(html.replace(/ content="[^"]*"/g, '')).not.toContain('<script>alert');
    const page = parseHtml(html);
    expect(page.querySelector('h1')!.text).toBe(HOSTILE_TITLE);
    expect(page.querySelector('.article-lead')!.text).toBe(HOSTILE_LEAD);
    expect(page.querySelector('title')!.text).toBe(documentTitle(HOSTILE_TITLE, site.shortName));
    expect(meta(page, 'og:title')).toBe(HOSTILE_TITLE);
    expect(meta(page, 'description')).toBe(HOSTILE_LEAD);
    expect(page.querySelectorAll('script').every((script) => script.getAttribute('type') === 'application/ld+json')).toBe(true);
    const [news] = jsonLd(page);
    expect(news!.headline).toBe(HOSTILE_TITLE);
    expect(news!.description).toBe(HOSTILE_LEAD);
    expect(news!.author).toMatchObject({ '@type': 'Person', name: 'Trần "Tí" & Cộng sự' });
    expect(hasPage(dist, '/tac-gia/tran-ti-cong-su/')).toBe(true);
  });
});
