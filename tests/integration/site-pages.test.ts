import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureArticles, fixtureCategories, hiddenFixtureArticles, publishedFixtureArticles } from '../support/fixture-content.ts';
import { fixtureDistDir as dist } from '../support/paths.ts';
import { hasPage, htmlFiles, readPage, readText } from '../support/dist.ts';

const article = (slug: string) => fixtureArticles.find((a) => a.slug === slug)!;

describe('article pages', () => {
  it('builds a page for every published article and none for drafts or scheduled ones', () => {
    for (const item of publishedFixtureArticles) expect(hasPage(dist, `/tin-tuc/${item.slug}/`), item.slug).toBe(true);
    for (const item of hiddenFixtureArticles) expect(hasPage(dist, `/tin-tuc/${item.slug}/`), item.slug).toBe(false);
  });

  it('shows breadcrumb, category label, title, lead, Vietnamese dateline and update line', () => {
    const page = readPage(dist, '/tin-tuc/thu-nghiem-duong-day-500kv/');
    const crumbs = page.querySelectorAll('nav.breadcrumb a').map((a) => a.text.trim());
    expect(crumbs).toEqual(['Trang chủ', 'Đổi mới sáng tạo']);
    expect(page.querySelectorAll('h1')).toHaveLength(1);
    expect(page.querySelector('h1')!.text).toBe(article('thu-nghiem-duong-day-500kv').title);
    expect(page.querySelector('.category-label')!.text).toBe('Đổi mới sáng tạo');
    expect(page.querySelector('.article-lead')!.text).toBe(article('thu-nghiem-duong-day-500kv').description);
    const times = page.querySelectorAll('.dateline time');
    // Naive "2022-09-29 16:02:00" is Vietnam time, a Thursday.
    expect(times[0]!.text).toBe('Thứ Năm, 29/09/2022 | 16:02 (GMT+7)');
    expect(times[0]!.getAttribute('datetime')).toBe('2022-09-29T16:02:00+07:00');
    expect(times[1]!.text).toBe('Cập nhật lúc 09:15 ngày 01/10/2022');
    expect(page.querySelector('.dateline')!.text).toMatch(/\d+ phút đọc/);
  });

  it('converts UTC publication times to Vietnam time', () => {
    const page = readPage(dist, '/tin-tuc/so-hoa-nha-may-det/');
    // 2026-11-10T07:00:00Z is 14:00 in Vietnam, a Tuesday.
    expect(page.querySelector('.dateline time')!.text).toBe('Thứ Ba, 10/11/2026 | 14:00 (GMT+7)');
  });

  it('renders the hero figure with caption, credit and a sized responsive image', () => {
    const page = readPage(dist, '/tin-tuc/thu-nghiem-duong-day-500kv/');
    const img = page.querySelector('figure.hero img')!;
    expect(img.getAttribute('alt')).toBe('Cảm biến gắn trên dây dẫn điện');
    expect(Number(img.getAttribute('width'))).toBeGreaterThan(0);
    expect(Number(img.getAttribute('height'))).toBeGreaterThan(0);
    expect(img.getAttribute('srcset')).toMatch(/480w.*800w/);
    expect(page.querySelector('figure.hero figcaption')!.text).toBe('Cảm biến nhiệt độ trên đường dây (Ảnh: Ban biên tập)');
  });

  it('shows documents, source, author, tags and related articles', () => {
    const page = readPage(dist, '/tin-tuc/thu-nghiem-duong-day-500kv/');
    expect(page.querySelector('.documents h2')!.text).toBe('Thông tin chi tiết, xem tại đây');
    expect(page.querySelector('.documents a')!.getAttribute('href')).toBe('https://example.org/ke-hoach.pdf');
    expect(page.querySelector('.source')!.text).toBe('Nguồn: Báo Khoa học');
    expect(page.querySelector('.byline a')!.getAttribute('href')).toBe('/tac-gia/dang-thu-ha/');
    const tags = page.querySelectorAll('.tag-list a').map((a) => a.getAttribute('href'));
    expect(tags).toEqual(['/the/duong-day/', '/the/cam-bien/']);
    const related = page.querySelectorAll('.related a').map((a) => a.getAttribute('href'));
    expect(related.length).toBeGreaterThanOrEqual(4);
    expect(related.length).toBeLessThanOrEqual(12);
    // Same category (doi-moi-sang-tao) ranks first.
    expect(related[0]).toBe('/tin-tuc/khoi-nghiep-sang-tao-dong-nai/');
    expect(page.querySelector('a.back-to-top')!.getAttribute('href')).toBe('#dau-trang');
    expect(page.querySelector('#dau-trang')).not.toBeNull();
  });

  it('normalizes decomposed (NFD) text to NFC', () => {
    const html = readText(dist, '/tin-tuc/khoi-nghiep-sang-tao-dong-nai/');
    expect(html).toBe(html.normalize('NFC'));
    expect(html).toContain('<h1>Đồng Nai hỗ trợ khởi nghiệp sáng tạo</h1>');
    expect(html).toContain('trí tuệ nhân tạo');
    expect(hasPage(dist, '/the/dong-nai/')).toBe(true);
  });
});

describe('category pages', () => {
  it('paginates 20 articles a page, newest first, with numbered pagination', () => {
    const first = readPage(dist, '/chuyen-muc/tin-khcn/');
    const second = readPage(dist, '/chuyen-muc/tin-khcn/trang/2/');
    const firstItems = first.querySelectorAll('.article-list > li h2 a').map((a) => a.getAttribute('href'));
    const secondItems = second.querySelectorAll('.article-list > li h2 a').map((a) => a.getAttribute('href'));
    expect(firstItems).toHaveLength(20);
    expect(secondItems).toHaveLength(3);
    const expected = publishedFixtureArticles
      .filter((a) => a.category === 'tin-khcn')
      .sort((a, b) => new Date(b.publishedAt).getTime() - new Date(a.publishedAt).getTime())
      .map((a) => `/tin-tuc/${a.slug}/`);
    expect([...firstItems, ...secondItems]).toEqual(expected);
    expect(first.querySelector('.pagination a[rel="next"]')!.getAttribute('href')).toBe('/chuyen-muc/tin-khcn/trang/2/');
    expect(second.querySelector('.pagination a[rel="prev"]')!.getAttribute('href')).toBe('/chuyen-muc/tin-khcn/');
    expect(second.querySelector('.pagination [aria-current="page"]')!.text).toBe('Trang 2: 2');
    expect(hasPage(dist, '/chuyen-muc/tin-khcn/trang/3/')).toBe(false);
    expect(second.querySelector('h1')!.text).toBe('Tin KHCN – Trang 2');
  });

  it('lists every published article on its category pages', () => {
    for (const category of fixtureCategories) {
      const pages = [readText(dist, `/chuyen-muc/${category.slug}/`)];
      if (hasPage(dist, `/chuyen-muc/${category.slug}/trang/2/`)) pages.push(readText(dist, `/chuyen-muc/${category.slug}/trang/2/`));
      for (const item of publishedFixtureArticles.filter((a) => a.category === category.slug)) {
        expect(pages.some((html) => html.includes(`href="/tin-tuc/${item.slug}/"`)), item.slug).toBe(true);
      }
    }
  });

  it('shows list items with title, lead, date and thumbnail when there is one', () => {
    const page = readPage(dist, '/chuyen-muc/doi-moi-sang-tao/');
    const items = page.querySelectorAll('.article-list > li');
    const withImage = items.find((li) => li.querySelector('h2 a')!.getAttribute('href') === '/tin-tuc/thu-nghiem-duong-day-500kv/')!;
    expect(withImage.querySelector('img')!.getAttribute('loading')).toMatch(/eager|lazy/);
    expect(withImage.querySelector('img')!.getAttribute('width')).toBeTruthy();
    expect(withImage.querySelector('.lead-text')!.text).toBe(article('thu-nghiem-duong-day-500kv').description);
    expect(withImage.querySelector('time')!.text).toBe('16:02 29/09/2022');
  });
});

describe('tag and author pages', () => {
  it('builds ASCII tag and author slugs with đ → d and lists their articles', () => {
    const tag = readPage(dist, '/the/duong-day/');
    expect(tag.querySelector('h1')!.text).toBe('Từ khóa: Đường dây');
    const tagged = fixtureArticles.filter((a) => a.expected === 'published' && a.tags?.includes('Đường dây'));
    expect(tag.querySelectorAll('.article-list > li')).toHaveLength(tagged.length);
    const author = readPage(dist, '/tac-gia/dang-thu-ha/');
    expect(author.querySelector('h1')!.text).toBe('Tác giả: Đặng Thu Hà');
  });

  it('paginates tags like categories', () => {
    expect(readPage(dist, '/the/ban-tin/').querySelectorAll('.article-list > li')).toHaveLength(20);
    expect(readPage(dist, '/the/ban-tin/trang/2/').querySelectorAll('.article-list > li')).toHaveLength(3);
  });
});

describe('drafts and scheduled articles', () => {
  it('appear nowhere in the built site', () => {
    const files = fs.readdirSync(dist, { recursive: true, encoding: 'utf8' });
    const textFiles = files.filter((file) => /\.(html|xml|json|txt)$/.test(file));
    expect(textFiles.length).toBeGreaterThan(10);
    for (const file of textFiles) {
      const text = fs.readFileSync(path.join(dist, file), 'utf8');
      for (const hidden of hiddenFixtureArticles) {
        expect(text.includes(hidden.slug), `${hidden.slug} in ${file}`).toBe(false);
        expect(text.includes(hidden.title), `${hidden.title} in ${file}`).toBe(false);
      }
      expect(text).not.toMatch(/zebrafinch|kingfisher|tac-gia-nhap|nhap-rieng|hen-gio-rieng/);
    }
  });
});

describe('home page', () => {
  it('leads with the newest featured story, then secondary stories, the latest list and category blocks', () => {
    const home = readPage(dist, '/');
    expect(home.querySelectorAll('h1')).toHaveLength(1);
    expect(home.querySelector('.lead-story h3 a')!.getAttribute('href')).toBe('/tin-tuc/thu-nghiem-duong-day-500kv/');
    const secondary = home.querySelectorAll('.secondary-stories article');
    expect(secondary.length).toBeGreaterThanOrEqual(3);
    expect(secondary.length).toBeLessThanOrEqual(4);
    expect(home.querySelector('#tin-moi')!.text).toBe('Tin mới');
    expect(home.querySelectorAll('.latest li').length).toBeGreaterThan(0);
    const blockTitles = home.querySelectorAll('.section-title h2').map((h) => h.text.trim());
    expect(blockTitles).toEqual(fixtureCategories.map((c) => c.title));
    expect(home.querySelector('.section-title a[href="/chuyen-muc/tin-khcn/"]')).not.toBeNull();
  });
});

describe('layout on every page', () => {
  it('has lang vi, a skip link, the category menu in order, a search form and the footer', () => {
    for (const file of htmlFiles(dist)) {
      const page = readPage(dist, `/${file}`);
      expect(page.querySelector('html')!.getAttribute('lang'), file).toBe('vi');
      expect(page.querySelector('a.skip-link')!.getAttribute('href')).toBe('#noi-dung');
      expect(page.querySelector('#noi-dung')).not.toBeNull();
      const menu = page.querySelectorAll('.site-nav a').map((a) => a.text);
      expect(menu).toEqual(fixtureCategories.map((c) => c.title));
      const form = page.querySelector('form.search-form')!;
      expect(form.getAttribute('action')).toBe('/tim-kiem/');
      expect(form.querySelector('input[name="q"]')).not.toBeNull();
      expect(page.querySelector('.site-footer')!.text).toContain('Cơ quan chủ quản');
      expect(page.querySelectorAll('script[src]'), file).toHaveLength(0);
    }
  });

  it('has a Vietnamese 404 page with a way back', () => {
    const page = readPage(dist, '/404.html');
    expect(page.querySelector('h1')!.text).toBe('Không tìm thấy trang');
    expect(page.querySelector('a[href="/"]')).not.toBeNull();
    expect(page.querySelectorAll('.not-found a[href^="/chuyen-muc/"]')).toHaveLength(fixtureCategories.length);
    expect(page.querySelector('.not-found form[action="/tim-kiem/"]')).not.toBeNull();
  });
});
