import fs from 'node:fs';
import { createRequire } from 'node:module';
import { HtmlValidate } from 'html-validate';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { runBrowserTests, useServedSite } from '../support/browser.ts';
import { fixtureDistDir } from '../support/paths.ts';
import { hiddenFixtureArticles, publishedFixtureArticles } from '../support/fixture-content.ts';
import { parseVietnamDateTime } from '../../src/lib/dates.ts';

const url = (slug: string) => `/tin-tuc/${slug}/`;
const LINE = url('thu-nghiem-duong-day-500kv');
const DONG_NAI = url('khoi-nghiep-sang-tao-dong-nai');
const TEXTILE = url('so-hoa-nha-may-det');
const KHOI_THONG = url('khoi-thong-von-cong-nghe');

describe.runIf(runBrowserTests)('search in Chromium', () => {
  const served = useServedSite(fixtureDistDir);
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    page = await served.browser.newPage();
    page.on('pageerror', (error) => errors.push(error.message));
  });

  /** Waits until the live region reports a finished search, then returns it and the result links. */
  async function settled(target: Page = page): Promise<{ status: string; urls: string[] }> {
    await target.waitForFunction(() => {
      const status = document.getElementById('search-status')?.textContent ?? '';
      const list = document.getElementById('search-results');
      return /^(Tìm thấy|Có \d+ bài viết|Không tìm thấy)/.test(status) && list?.getAttribute('aria-busy') !== 'true';
    });
    const status = (await target.locator('#search-status').textContent()) ?? '';
    const urls = await target.locator('#search-results > li h2 a').evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
    return { status, urls };
  }

  async function open(query: string, target: Page = page) {
    await target.goto(`${served.url}/tim-kiem/${query}`);
    return settled(target);
  }

  /** Every match of a query, across "Xem thêm" pages. */
  async function allResults(query: string): Promise<string[]> {
    await open(query);
    while (await page.locator('#search-more').isVisible()) {
      const before = await page.locator('#search-results > li').count();
      await page.locator('#search-more').click();
      await page.waitForFunction((count) => document.querySelectorAll('#search-results > li').length > count, before);
    }
    return (await settled()).urls;
  }

  it('finds Vietnamese text typed without tone marks ("khoi nghiep")', async () => {
    const { status, urls } = await open('?q=khoi+nghiep');
    expect(urls[0]).toBe(DONG_NAI);
    expect(urls).toContain(TEXTILE);
    expect(status).toBe(`Tìm thấy ${urls.length} kết quả cho “khoi nghiep”.`);
    expect(await page.locator('#search-query').inputValue()).toBe('khoi nghiep');
  });

  it('finds đ when typed as d ("duong day") and highlights the real words, never a folded copy', async () => {
    const { urls } = await open('?q=duong+day');
    expect(urls[0]).toBe(LINE);
    const first = page.locator('#search-results > li').first();
    expect(await first.locator('h2').textContent()).toBe('Thử nghiệm đường dây 500kV mạch 3 bằng cảm biến thông minh');
    expect(await first.locator('mark').allTextContents()).toEqual(expect.arrayContaining(['đường', 'dây']));
    const visible = (await page.locator('#search-results').innerText()).toLowerCase();
    expect(visible).not.toMatch(/\bduong\b|thu nghiem|cam bien/);
  });

  it('finds the same article with exact marks, in capitals, and typed decomposed (NFD)', async () => {
    const exact = await allResults('?q=' + encodeURIComponent('đường dây'));
    expect(exact[0]).toBe(LINE);
    const capitals = await allResults('?q=' + encodeURIComponent('ĐƯỜNG DÂY'));
    expect(capitals).toEqual(exact);
    // Type the decomposed query into the box, as a macOS keyboard would send it.
    await page.goto(`${served.url}/tim-kiem/`);
    await page.locator('#search-query').fill('đường dây'.normalize('NFD'));
    const typed = await settled();
    expect(typed.urls[0]).toBe(LINE);
    expect(new URL(page.url()).searchParams.get('q')).toBe('đường dây');
    const nfdLink = await allResults('?q=' + encodeURIComponent('đường dây'.normalize('NFD')));
    expect(nfdLink).toEqual(exact);
  });

  it('ranks exact marks first: "khởi nghiệp" before "khơi … nghiệp", "Dương" before "đường"', async () => {
    const khoi = await allResults('?q=' + encodeURIComponent('khởi nghiệp'));
    expect(khoi).toContain(KHOI_THONG);
    expect(khoi.slice(0, 2).sort()).toEqual([DONG_NAI, TEXTILE].sort());
    expect(khoi.indexOf(KHOI_THONG)).toBeGreaterThan(1);
    const khoiOnly = await allResults('?q=' + encodeURIComponent('khơi'));
    expect(khoiOnly[0]).toBe(KHOI_THONG);
    const duong = await allResults('?q=' + encodeURIComponent('Dương'));
    expect(duong[0]).toBe(KHOI_THONG);
    expect(duong).toContain(LINE);
    // Both ways: "đương" finds "đường" (tone folded) before "Dương" (d for đ).
    const stroke = await allResults('?q=' + encodeURIComponent('đương'));
    expect(stroke).toContain(KHOI_THONG);
    expect(stroke.indexOf(LINE)).toBeLessThan(stroke.indexOf(KHOI_THONG));
  });

  it('filters by category and year, and keeps the URL in sync', async () => {
    const all = await open('?q=doanh+nghiep');
    expect(all.status).toMatch(/^Tìm thấy \d+ kết quả/);
    await page.locator('#search-category').selectOption({ label: 'Đổi mới sáng tạo' });
    await page.waitForURL(/chuyen-muc=doi-moi-sang-tao/);
    await page.waitForFunction(() => document.querySelectorAll('#search-results > li').length === 2);
    const filtered = await settled();
    expect(filtered.urls.sort()).toEqual([LINE, DONG_NAI].sort());
    expect(filtered.status).toBe('Tìm thấy 2 kết quả cho “doanh nghiep”.');
    const byYear = await open('?q=doanh+nghiep&nam=2024');
    expect(byYear.urls).toEqual([KHOI_THONG]);
    expect(await page.locator('#search-year').inputValue()).toBe('2024');
  });

  it('lists a category newest first without a query, and sorts by date on request', async () => {
    const listing = await allResults('?chuyen-muc=tin-khcn');
    const expected = publishedFixtureArticles
      .filter((a) => a.category === 'tin-khcn')
      .sort((a, b) => new Date(b.publishedAt).getTime() - new Date(a.publishedAt).getTime())
      .map((a) => url(a.slug));
    expect(listing).toEqual(expected);
    const newest = await allResults('?q=doanh+nghiep&sap-xep=moi-nhat');
    const dates = newest.map((link) => parseVietnamDateTime(publishedFixtureArticles.find((a) => url(a.slug) === link)!.publishedAt)!.getTime());
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    expect(newest.at(-1)).toBe(LINE);
    expect(await page.locator('#search-sort').inputValue()).toBe('moi-nhat');
  });

  it('filters by tag from the URL', async () => {
    const { urls } = await open('?the=duong-day');
    const tagged = publishedFixtureArticles.filter((a) => a.tags?.includes('Đường dây')).map((a) => url(a.slug));
    expect(tagged.length).toBeLessThanOrEqual(10);
    expect([...urls].sort()).toEqual([...tagged].sort());
    expect(await page.locator('#search-tag-filter').textContent()).toContain('Đường dây');
    await page.getByRole('button', { name: 'Bỏ lọc theo từ khóa' }).click();
    await page.waitForURL((u) => !u.searchParams.has('the'));
    await page.waitForFunction(() => document.getElementById('search-status')?.textContent === 'Nhập từ khóa để tìm bài viết.');
    expect(await page.locator('#search-tag-filter').isVisible()).toBe(false);
  });

  it('runs the header form’s query on arrival, and updates as the reader types', async () => {
    await page.goto(`${served.url}/`);
    await page.fill('#header-search', 'cảm biến');
    await page.press('#header-search', 'Enter');
    await page.waitForURL(/\/tim-kiem\/\?q=/);
    const landed = await settled();
    expect(landed.urls[0]).toBe(LINE);
    expect(await page.locator('#search-query').inputValue()).toBe('cảm biến');
    await page.locator('#search-query').fill('dong nai');
    await page.waitForURL(/q=dong\+nai/);
    await page.waitForFunction(() => document.getElementById('search-status')?.textContent?.includes('dong nai'));
    expect((await settled()).urls).toEqual([DONG_NAI]);
  });

  it('says "Không tìm thấy kết quả" with suggestions when nothing matches', async () => {
    const { status, urls } = await open('?q=xyzkhongcotu');
    expect(urls).toEqual([]);
    expect(status).toBe('Không tìm thấy kết quả cho “xyzkhongcotu”.');
    expect(await page.locator('#search-empty').isVisible()).toBe(true);
    expect(await page.locator('#search-empty').innerText()).toContain('Không tìm thấy kết quả');
    expect(await page.locator('#search-empty li').count()).toBeGreaterThanOrEqual(3);
    expect(await page.locator('#search-clear-filters').isVisible()).toBe(false);
    await open('?q=xyzkhongcotu&nam=2022');
    await page.locator('#search-clear-filters').click();
    await page.waitForURL((u) => !u.searchParams.has('nam'));
    expect(await page.locator('#search-year').inputValue()).toBe('');
  });

  it('finds nothing of drafts or scheduled articles', async () => {
    for (const word of ['zebrafinch', 'kingfisher']) {
      const { status, urls } = await open(`?q=${encodeURIComponent(word)}`);
      expect(urls, word).toEqual([]);
      expect(status).toBe(`Không tìm thấy kết quả cho “${word}”.`);
    }
    // Their titles find other articles by their common words, never the hidden ones.
    for (const article of hiddenFixtureArticles) {
      const urls = await allResults(`?q=${encodeURIComponent(article.title)}`);
      expect(urls).not.toContain(url(article.slug));
    }
  });

  it('shows each result with its thumbnail, category, Vietnamese date and excerpt, and pages with "Xem thêm"', async () => {
    const { status, urls } = await open('?q=' + encodeURIComponent('bản tin') + '&chuyen-muc=tin-khcn');
    expect(status).toBe('Tìm thấy 23 kết quả cho “bản tin”.');
    expect(urls).toHaveLength(10);
    const first = page.locator('#search-results > li').first();
    expect(await first.locator('.search-category').textContent()).toBe('Tin KHCN');
    expect(await first.locator('time').textContent()).toMatch(/^(Thứ (Hai|Ba|Tư|Năm|Sáu|Bảy)|Chủ Nhật), \d{2}\/\d{2}\/\d{4}$/);
    expect(await first.locator('.search-excerpt mark').count()).toBeGreaterThan(0);
    expect(await page.locator('#search-progress').textContent()).toBe('Đã hiển thị 10/23 kết quả');
    await page.locator('#search-more').focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('#search-results > li').length === 20);
    // Focus moves to the first new result, so keyboard and screen reader users continue from there.
    expect(await page.evaluate(() => document.activeElement?.closest('li') === document.querySelectorAll('#search-results > li')[10])).toBe(true);
    await page.locator('#search-more').click();
    await page.waitForFunction(() => document.querySelectorAll('#search-results > li').length === 23);
    expect(await page.locator('#search-more').isVisible()).toBe(false);

    await open('?q=' + encodeURIComponent('cảm biến'));
    const withImage = page.locator('#search-results > li').first();
    const img = withImage.locator('img');
    expect(await img.getAttribute('alt')).toBe('');
    expect(await img.getAttribute('srcset')).toMatch(/240w.*480w/);
    expect(await img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0 ? true : new Promise((resolve) => el.addEventListener('load', () => resolve(true))))).toBe(true);
    expect(await withImage.locator('.search-category').textContent()).toBe('Đổi mới sáng tạo');
    expect(await withImage.locator('time').textContent()).toBe('Thứ Năm, 29/09/2022');
  });

  it('is labelled for assistive technology and announces counts in a live region', async () => {
    await open('?q=khoi');
    expect(await page.locator('#search-status').getAttribute('role')).toBe('status');
    const labels = await page.evaluate(() =>
      ['search-query', 'search-category', 'search-year', 'search-sort'].map((id) => (document.getElementById(id) as HTMLInputElement).labels?.[0]?.textContent),
    );
    expect(labels).toEqual(['Nội dung cần tìm', 'Chuyên mục', 'Năm', 'Sắp xếp']);
    expect(await page.getByRole('search', { name: 'Tìm kiếm' }).count()).toBe(1);
    // The whole form can be used from the keyboard: query, filters, sort, submit.
    await page.locator('#search-query').focus();
    const order: string[] = [];
    for (let step = 0; step < 5; step += 1) {
      await page.keyboard.press('Tab');
      order.push(await page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName || ''));
    }
    expect(order.slice(0, 4)).toEqual(['BUTTON', 'search-category', 'search-year', 'search-sort']);
    await page.locator('#search-year').focus();
    await page.keyboard.press('ArrowDown');
    await page.waitForURL(/nam=\d{4}/);
  });

  it('renders results, paging and the no-results message as valid, accessible HTML (light and dark)', async () => {
    const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    // The DOM serializes hidden="" and keeps Astro's type="module": style rules that say nothing about the markup.
    const validator = new HtmlValidate({
      extends: ['html-validate:recommended'],
      rules: { 'attribute-empty-style': 'off', 'script-type': 'off' },
    });
    const problems: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      const themed = await served.browser.newPage({ colorScheme });
      for (const query of ['?q=duong+day', '?q=' + encodeURIComponent('bản tin'), '?q=xyzkhongcotu&nam=2022', '?the=duong-day']) {
        await open(query, themed);
        await themed.addScriptTag({ content: axeSource });
        const violations = (await themed.evaluate(async () => {
          const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
          const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] } });
          return result.violations.map((violation) => `${violation.id} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
        })) as string[];
        problems.push(...violations.map((violation) => `${colorScheme} ${query}: ${violation}`));
        if (colorScheme === 'light') {
          const html = await themed.evaluate(() => {
            // Drop what the test itself injected.
            document.querySelectorAll('script:not([src]):not([type])').forEach((script) => script.remove());
            return `<!DOCTYPE html>\n${document.documentElement.outerHTML}`;
          });
          const report = await validator.validateString(html, `tim-kiem${query}`);
          for (const result of report.results) for (const message of result.messages) if (message.severity === 2) problems.push(`${query}: ${message.ruleId}: ${message.message}`);
        }
      }
      await themed.close();
    }
    expect(problems).toEqual([]);
  });

  it('shows pasted markup in titles and excerpts as text, never as HTML', async () => {
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs += 1;
      void dialog.dismiss();
    });
    const { urls } = await open('?q=' + encodeURIComponent('mã độc'));
    expect(urls[0]).toBe(url('canh-bao-ma-doc-tu-tep-word'));
    const first = page.locator('#search-results > li').first();
    expect(await first.locator('h2').textContent()).toContain('<script>alert(1)</script> & "mã độc"');
    expect(await first.locator('script, b').count()).toBe(0);
    expect(dialogs).toBe(0);
  });

  it('says plainly that search needs JavaScript when it is off', async () => {
    const context = await served.browser.newContext({ javaScriptEnabled: false });
    const noJs = await context.newPage();
    await noJs.goto(`${served.url}/tim-kiem/?q=khoi`);
    expect(await noJs.locator('.search-notice').first().innerText()).toContain('Tìm kiếm trên trang cần JavaScript');
    await context.close();
  });

  it('loads no search code on article pages, and Pagefind only on the search page', async () => {
    const articlePage = await served.browser.newPage();
    const requested: string[] = [];
    articlePage.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await articlePage.goto(`${served.url}${LINE}`);
    await articlePage.waitForLoadState('networkidle');
    expect(requested.filter((path) => path.endsWith('.js') || path.startsWith('/pagefind/'))).toEqual([]);
    await articlePage.close();
    expect(errors).toEqual([]);
  });
});
