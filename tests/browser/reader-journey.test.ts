import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, runBrowserTests } from '../support/browser.ts';
import { startStaticServer, type StaticServer } from '../support/static-server.ts';
import { fixtureDistDir } from '../support/paths.ts';

describe.runIf(runBrowserTests)('reader journey in Chromium', () => {
  let browser: Browser;
  let server: StaticServer;
  let page: Page;

  beforeAll(async () => {
    server = await startStaticServer(fixtureDistDir);
    browser = await launchBrowser();
    page = await browser.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('goes home → category → page 2 → article → tag → author', async () => {
    await page.goto(`${server.url}/`);
    await page.locator('.site-nav a', { hasText: 'Tin KHCN' }).click();
    await expect(page.locator('h1').textContent()).resolves.toBe('Tin KHCN');
    await page.locator('.pagination a[rel="next"]').click();
    expect(new URL(page.url()).pathname).toBe('/chuyen-muc/tin-khcn/trang/2/');
    await page.locator('.article-list h2 a').first().click();
    expect(new URL(page.url()).pathname).toMatch(/^\/tin-tuc\/ban-tin-khcn-so-\d+\/$/);
    await page.locator('.tag-list a').first().click();
    expect(new URL(page.url()).pathname).toBe('/the/ban-tin/');
    await page.locator('.article-list h2 a').first().click();
    await page.locator('.byline a').click();
    expect(new URL(page.url()).pathname).toMatch(/^\/tac-gia\//);
    expect(await page.locator('h1').textContent()).toMatch(/^Tác giả: /);
  });

  it('submits the header search form to /tim-kiem/?q=', async () => {
    await page.goto(`${server.url}/`);
    await page.fill('#header-search', 'đường dây');
    await page.press('#header-search', 'Enter');
    await page.waitForURL(/\/tim-kiem\//);
    expect(new URL(page.url()).searchParams.get('q')).toBe('đường dây');
  });

  it('has no sideways scrolling on a 360 px phone', async () => {
    const phone = await browser.newPage({ viewport: { width: 360, height: 740 } });
    for (const path of ['/', '/tin-tuc/thu-nghiem-duong-day-500kv/', '/chuyen-muc/tin-khcn/']) {
      await phone.goto(`${server.url}${path}`);
      const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await phone.close();
  });
});

describe.runIf(runBrowserTests)('what only a browser shows', () => {
  let browser: Browser;
  let server: StaticServer;
  beforeAll(async () => {
    server = await startStaticServer(fixtureDistDir);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('"Lên đầu trang" brings the reader back to the top', async () => {
    const page = await browser.newPage({ viewport: { width: 800, height: 600 } });
    await page.goto(`${server.url}/tin-tuc/thu-nghiem-duong-day-500kv/`);
    await page.locator('a.back-to-top').scrollIntoViewIfNeeded();
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(100);
    await page.locator('a.back-to-top').click();
    await page.waitForFunction(() => window.scrollY === 0);
    await page.close();
  });

  it('serves the Vietnamese 404 page for unknown addresses', async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${server.url}/khong-co-trang-nay/`);
    expect(response!.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('Không tìm thấy trang');
    await page.locator('.not-found a[href="/"]').click();
    expect(new URL(page.url()).pathname).toBe('/');
    await page.close();
  });

  it('follows the dark colour scheme', async () => {
    const light = await browser.newPage({ colorScheme: 'light' });
    const dark = await browser.newPage({ colorScheme: 'dark' });
    const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await light.goto(`${server.url}/`);
    await dark.goto(`${server.url}/`);
    expect(await background(light)).toBe('rgb(255, 255, 255)');
    expect(await background(dark)).toBe('rgb(18, 20, 23)');
    await light.close();
    await dark.close();
  });

  it('prints an article without navigation, with link addresses', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/tin-tuc/thu-nghiem-duong-day-500kv/`);
    await page.emulateMedia({ media: 'print' });
    const visible = (selector: string) => page.locator(selector).first().isVisible();
    expect(await visible('.site-nav')).toBe(false);
    expect(await visible('.search-form')).toBe(false);
    expect(await visible('.related')).toBe(false);
    expect(await visible('h1')).toBe(true);
    expect(await visible('.article-body')).toBe(true);
    await page.close();
  });

  it('shows a visible focus ring and a skip link that appears on focus', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/`);
    await page.keyboard.press('Tab');
    const skip = page.locator('a.skip-link');
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    const box = await skip.boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(await skip.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('noi-dung');
    await page.close();
  });

  it('moves focus in reading order with a visible outline on every stop', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/tin-tuc/thu-nghiem-duong-day-500kv/`);
    const stops: string[] = [];
    for (let i = 0; i < 8; i++) {
      await page.keyboard.press('Tab');
      const stop = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const style = getComputedStyle(el);
        return { label: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}:${(el.textContent ?? '').trim().slice(0, 20)}`, outline: style.outlineStyle, width: style.outlineWidth };
      });
      expect(stop.outline, stop.label).not.toBe('none');
      expect(parseFloat(stop.width), stop.label).toBeGreaterThanOrEqual(2);
      stops.push(stop.label);
    }
    expect(stops[0]).toMatch(/^a:Bỏ qua/);
    expect(stops[1]).toMatch(/^a:Khoa học công nghệ/);
    expect(stops[2]).toBe('input#header-search:');
    expect(stops[3]).toBe('button:Tìm');
    expect(stops[4]).toMatch(/^a:Tin KHCN/);
    await page.close();
  });
});
