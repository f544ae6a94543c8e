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
