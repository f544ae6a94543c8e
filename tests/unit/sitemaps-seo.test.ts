import { describe, expect, it } from 'vitest';
import { toTerm } from '../../src/lib/articles.ts';
import { sitemapOptions } from '../../src/lib/sitemap-content.ts';
import { renderOrder, sitemapUrlOrder } from '../../src/lib/render-order.ts';
import {
  NEWS_SITEMAP_LIMIT,
  isSitemapPage,
  lastModifiedByPath,
  lastModifiedFor,
  listBasePath,
  newsSitemapXml,
  robotsTxt,
  selectNewsArticles,
  type DatedArticle,
} from '../../src/lib/sitemaps.ts';
import {
  breadcrumbJsonLd,
  newsArticleJsonLd,
  organizationJsonLd,
  paginationLinks,
  socialMetaTags,
  webSiteJsonLd,
  type Publisher,
} from '../../src/lib/seo.ts';
import { parseXml } from '../support/xml.ts';

const now = new Date('2026-11-20T10:00:00+07:00');
const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 3_600_000);

describe('Google News sitemap', () => {
  it('takes articles of the two days before the build, newest first, at most 1,000', () => {
    const articles = [hoursAgo(-1), hoursAgo(0), hoursAgo(1), hoursAgo(47.9), hoursAgo(48), hoursAgo(72)].map((publishedAt, i) => ({ i, publishedAt }));
    expect(selectNewsArticles(articles, now).map((a) => a.i)).toEqual([1, 2, 3]);
    const many = Array.from({ length: 1200 }, (_, i) => ({ publishedAt: hoursAgo(i / 100) }));
    expect(selectNewsArticles(many, now)).toHaveLength(NEWS_SITEMAP_LIMIT);
  });
  it('writes the news namespace, publication, language, Vietnam-time date and escaped title', () => {
    const xml = newsSitemapXml(
      [{ url: 'https://tin.example.org/tin-tuc/a/', title: 'A & <b> "c"\u0008', publishedAt: new Date('2026-11-19T13:00:00Z') }],
      { name: 'Báo & Tin', language: 'vi' },
    );
    const urlset = parseXml(xml).urlset;
    expect(urlset['@_xmlns:news']).toBe('http://www.google.com/schemas/sitemap-news/0.9');
    expect(urlset.url[0]).toEqual({
      loc: 'https://tin.example.org/tin-tuc/a/',
      'news:news': {
        'news:publication': { 'news:name': 'Báo & Tin', 'news:language': 'vi' },
        'news:publication_date': '2026-11-19T20:00:00+07:00',
        'news:title': 'A & <b> "c"',
      },
    });
    expect(parseXml(newsSitemapXml([], { name: 'x', language: 'vi' })).urlset.url).toBeUndefined();
  });
});

describe('robots.txt', () => {
  it('allows everything and lists absolute sitemaps', () => {
    expect(robotsTxt(['https://tin.example.org/sitemap-index.xml', 'https://tin.example.org/sitemap-news.xml'])).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://tin.example.org/sitemap-index.xml\nSitemap: https://tin.example.org/sitemap-news.xml\n',
    );
  });
});

describe('general sitemap rules', () => {
  it('lists pages but not the search page, error pages or non-page files', () => {
    expect(isSitemapPage('https://tin.example.org/')).toBe(true);
    expect(isSitemapPage('https://tin.example.org/tin-tuc/a/')).toBe(true);
    expect(isSitemapPage('https://tin.example.org/rss/')).toBe(true);
    expect(isSitemapPage('https://tin.example.org/tim-kiem/')).toBe(false);
    expect(isSitemapPage('https://tin.example.org/404/')).toBe(false);
    expect(isSitemapPage('https://tin.example.org/rss.xml')).toBe(false);
    expect(isSitemapPage('https://tin.example.org/robots.txt')).toBe(false);
  });

  const article = (slug: string, category: string, publishedAt: string, extra: Partial<DatedArticle> = {}): DatedArticle => ({
    slug,
    categorySlug: category,
    publishedAt: new Date(publishedAt),
    tags: [],
    ...extra,
  });

  it('dates articles by update or publication and lists by their newest change', () => {
    const dates = lastModifiedByPath([
      article('a', 'x', '2026-01-01T00:00:00Z', { updatedAt: new Date('2026-03-01T00:00:00Z'), tags: [toTerm('Đường dây')], author: toTerm('Lê Minh') }),
      article('b', 'x', '2026-02-01T00:00:00Z', { tags: [toTerm('Đường dây')] }),
      article('c', 'y', '2025-01-01T00:00:00Z'),
    ]);
    expect(dates.get('/tin-tuc/a/')).toEqual(new Date('2026-03-01T00:00:00Z'));
    expect(dates.get('/tin-tuc/b/')).toEqual(new Date('2026-02-01T00:00:00Z'));
    expect(dates.get('/')).toEqual(new Date('2026-03-01T00:00:00Z'));
    expect(dates.get('/chuyen-muc/x/')).toEqual(new Date('2026-03-01T00:00:00Z'));
    expect(dates.get('/chuyen-muc/y/')).toEqual(new Date('2025-01-01T00:00:00Z'));
    expect(dates.get('/the/duong-day/')).toEqual(new Date('2026-03-01T00:00:00Z'));
    expect(dates.get('/tac-gia/le-minh/')).toEqual(new Date('2026-03-01T00:00:00Z'));
    expect(listBasePath('/chuyen-muc/x/trang/3/')).toBe('/chuyen-muc/x/');
    expect(lastModifiedFor('https://tin.example.org/chuyen-muc/x/trang/2/', dates)).toEqual(new Date('2026-03-01T00:00:00Z'));
    expect(lastModifiedFor('https://tin.example.org/rss/', dates)).toBeUndefined();
  });

  it('gives @astrojs/sitemap a filter, the news sitemap and lastmod from the articles the build hands over', async () => {
    const published = [
      {
        slug: 'bai-da-dang',
        categorySlug: 'tin-khcn',
        publishedAt: new Date('2026-11-19T01:00:00Z'),
        updatedAt: new Date('2026-11-19T02:00:00Z'),
        tags: [{ name: 'Đường dây', slug: 'duong-day' }],
      },
    ];
    let handedOver: typeof published | undefined;
    const options = sitemapOptions({ publishedArticles: () => handedOver, customSitemaps: ['https://tin.example.org/sitemap-news.xml'] });
    expect(options.customSitemaps).toEqual(['https://tin.example.org/sitemap-news.xml']);
    expect(options.filter!('https://tin.example.org/tim-kiem/')).toBe(false);
    // Without the build's articles there is no lastmod to give: the build must stop, not publish a sitemap without dates.
    await expect(async () => options.serialize!({ url: 'https://tin.example.org/' })).rejects.toThrow(/lastmod/);
    handedOver = published;
    expect(await options.serialize!({ url: 'https://tin.example.org/tin-tuc/bai-da-dang/' })).toEqual({
      url: 'https://tin.example.org/tin-tuc/bai-da-dang/',
      lastmod: '2026-11-19T02:00:00.000Z',
    });
    expect(await options.serialize!({ url: 'https://tin.example.org/the/duong-day/' })).toMatchObject({ lastmod: '2026-11-19T02:00:00.000Z' });
    expect(await options.serialize!({ url: 'https://tin.example.org/tin-tuc/ban-nhap/' })).toEqual({ url: 'https://tin.example.org/tin-tuc/ban-nhap/' });
  });
});

const publisher: Publisher = {
  name: 'Tòa soạn',
  url: 'https://tin.example.org/',
  logo: { url: 'https://tin.example.org/logo.png', width: 512, height: 512 },
  email: 'a@b.vn',
};

describe('social tags', () => {
  const image = { url: 'https://tin.example.org/_astro/a.jpeg', width: 1200, height: 675, type: 'image/jpeg', alt: 'Ảnh' };
  it('describes an article with Open Graph, article:* and a large Twitter card', () => {
    const tags = socialMetaTags({
      title: 'Tiêu đề\u0008',
      description: 'Mô tả',
      url: 'https://tin.example.org/tin-tuc/a/',
      siteName: 'Tòa soạn',
      ogType: 'article',
      image,
      hasOwnImage: true,
      article: {
        publishedAt: new Date('2022-09-29T09:02:00Z'),
        updatedAt: new Date('2022-10-01T02:15:00Z'),
        section: 'Đổi mới sáng tạo',
        tags: ['Đường dây', 'Cảm biến'],
        authorUrl: 'https://tin.example.org/tac-gia/x/',
      },
    });
    const pairs = tags.map((tag) => [tag.key, tag.content]);
    expect(pairs).toEqual(
      expect.arrayContaining([
        ['og:type', 'article'],
        ['og:locale', 'vi_VN'],
        ['og:site_name', 'Tòa soạn'],
        ['og:title', 'Tiêu đề'],
        ['og:url', 'https://tin.example.org/tin-tuc/a/'],
        ['og:image', image.url],
        ['og:image:width', '1200'],
        ['og:image:alt', 'Ảnh'],
        ['article:published_time', '2022-09-29T16:02:00+07:00'],
        ['article:modified_time', '2022-10-01T09:15:00+07:00'],
        ['article:section', 'Đổi mới sáng tạo'],
        ['article:tag', 'Đường dây'],
        ['article:tag', 'Cảm biến'],
        ['twitter:card', 'summary_large_image'],
      ]),
    );
    expect(tags.find((tag) => tag.key === 'og:type')!.attribute).toBe('property');
    expect(tags.find((tag) => tag.key === 'twitter:card')!.attribute).toBe('name');
  });
  it('uses a small card and no article tags for other pages', () => {
    const tags = socialMetaTags({ title: 't', description: 'd', url: 'https://x/', siteName: 's', ogType: 'website', image, hasOwnImage: false });
    expect(tags.find((tag) => tag.key === 'twitter:card')!.content).toBe('summary');
    expect(tags.some((tag) => tag.key.startsWith('article:'))).toBe(false);
  });
});

describe('JSON-LD', () => {
  it('describes a news article with author, publisher, dates in +07:00 and language', () => {
    const data = newsArticleJsonLd({
      url: 'https://tin.example.org/tin-tuc/a/',
      headline: 'Tiêu đề',
      description: 'Mô tả',
      images: [{ url: 'https://tin.example.org/_astro/a.jpeg', width: 1200, height: 675 }],
      publishedAt: new Date('2022-09-29T09:02:00Z'),
      updatedAt: new Date('2022-10-01T02:15:00Z'),
      author: { name: 'Đặng Thu Hà', url: 'https://tin.example.org/tac-gia/dang-thu-ha/' },
      section: 'Đổi mới sáng tạo',
      keywords: ['Đường dây'],
      publisher,
    });
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Tiêu đề',
      image: [{ '@type': 'ImageObject', url: 'https://tin.example.org/_astro/a.jpeg', width: 1200, height: 675 }],
      datePublished: '2022-09-29T16:02:00+07:00',
      dateModified: '2022-10-01T09:15:00+07:00',
      author: { '@type': 'Person', name: 'Đặng Thu Hà' },
      publisher: { '@type': 'Organization', name: 'Tòa soạn', logo: { '@type': 'ImageObject', url: 'https://tin.example.org/logo.png' } },
      mainEntityOfPage: { '@type': 'WebPage', '@id': 'https://tin.example.org/tin-tuc/a/' },
      articleSection: 'Đổi mới sáng tạo',
      keywords: ['Đường dây'],
      inLanguage: 'vi',
    });
    const unsigned = newsArticleJsonLd({ url: 'u', headline: 'h', description: 'd', images: [], publishedAt: new Date(0), section: 's', keywords: [], publisher });
    expect(unsigned.author).toEqual({ '@type': 'Organization', name: 'Tòa soạn', url: 'https://tin.example.org/' });
    expect(unsigned.dateModified).toBe(unsigned.datePublished);
  });
  it('describes breadcrumbs, the site with its search action and the organization', () => {
    expect(breadcrumbJsonLd([{ name: 'Trang chủ', url: 'https://x/' }, { name: 'Tin', url: 'https://x/tin/' }]).itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Trang chủ', item: 'https://x/' },
      { '@type': 'ListItem', position: 2, name: 'Tin', item: 'https://x/tin/' },
    ]);
    const website = webSiteJsonLd({ name: 'S', url: 'https://x/', description: 'd', searchUrlTemplate: 'https://x/tim-kiem/?q={search_term_string}', publisher });
    expect(website).toMatchObject({
      '@type': 'WebSite',
      inLanguage: 'vi',
      potentialAction: { '@type': 'SearchAction', target: { urlTemplate: 'https://x/tim-kiem/?q={search_term_string}' }, 'query-input': 'required name=search_term_string' },
    });
    expect(organizationJsonLd(publisher)).toMatchObject({ '@type': 'Organization', name: 'Tòa soạn', url: 'https://tin.example.org/', email: 'a@b.vn' });
  });
  it('links the neighbours of a list page', () => {
    const site = (p: string) => expect.stringMatching(new RegExp(`^https?://[^/]+${p.replace(/\//g, '\\/')}$`));
    expect(paginationLinks('/chuyen-muc/x/', 1, 3)).toEqual({ prevUrl: undefined, nextUrl: site('/chuyen-muc/x/trang/2/') });
    expect(paginationLinks('/chuyen-muc/x/', 2, 3)).toEqual({ prevUrl: site('/chuyen-muc/x/'), nextUrl: site('/chuyen-muc/x/trang/3/') });
    expect(paginationLinks('/chuyen-muc/x/', 1, 1)).toEqual({ prevUrl: undefined, nextUrl: undefined });
  });
});

describe('render order', () => {
  const site = 'https://khcn.example.gov.vn';
  const recordsPath = '/tim-kiem/search-records.bin';
  const pathnames = [
    '/tin-tuc/bai-10/',
    '/chuyen-muc/chuyen-doi-so/trang/10/',
    '/',
    '/the/5g/',
    recordsPath,
    '/chuyen-muc/chuyen-doi-so/trang/2/',
    '/tin-tuc/bai-9/',
    '/the/5g-va-6g/',
    '/rss.xml',
    '/chuyen-muc/chuyen-doi-so/',
    '/tin-tuc/bai-9-a/',
    '/tac-gia/nguyen-van-an/',
    '/chuyen-muc/chuyen-doi-so/rss.xml',
  ];
  const paths = pathnames.map((pathname, position) => ({ pathname, position }));

  it('renders the search records first, then every other page in the order @astrojs/sitemap sorts URLs into', () => {
    const ordered = renderOrder(paths, recordsPath);
    expect(ordered[0]!.pathname).toBe(recordsPath);
    expect(ordered.map((path) => path.position).sort((a, b) => a - b)).toEqual(paths.map((path) => path.position));
    // @astrojs/sitemap compares absolute URLs this way; a list already in its order costs one pass.
    const urls = ordered.slice(1).map((path) => site + path.pathname);
    expect([...urls].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))).toEqual(urls);
    expect(urls.indexOf(`${site}/chuyen-muc/chuyen-doi-so/trang/2/`)).toBeLessThan(urls.indexOf(`${site}/chuyen-muc/chuyen-doi-so/trang/10/`));
  });

  it('keeps the order of the sitemap without a records route', () => {
    const withoutRecords = paths.filter((path) => path.pathname !== recordsPath);
    const ordered = renderOrder(withoutRecords, recordsPath);
    expect(ordered).toHaveLength(withoutRecords.length);
    expect(ordered.map((path) => path.pathname)).toEqual([...pathnames.filter((p) => p !== recordsPath)].sort(sitemapUrlOrder));
  });
});
