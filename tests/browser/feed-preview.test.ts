/** A feed opened in a browser shows the Vietnamese XSL page (Chromium still runs XSLT, with a deprecation banner). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, runBrowserTests } from '../support/browser.ts';
import { startStaticServer, type StaticServer } from '../support/static-server.ts';
import { fixtureDistDir } from '../support/paths.ts';
import { publishedFixtureArticles } from '../support/fixture-content.ts';

describe.runIf(runBrowserTests)('feed preview in Chromium', () => {
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

  it('turns /rss.xml into a readable Vietnamese page listing the items', async () => {
    await page.goto(`${server.url}/rss.xml`);
    await expect(page.locator('h1').textContent()).resolves.toContain('Đây là kênh tin RSS');
    await expect(page.locator('code').textContent()).resolves.toBe('https://tin.example.org/rss.xml');
    expect(await page.locator('ol.items > li').count()).toBe(publishedFixtureArticles.length);
    const hostile = page.locator('ol.items > li', { has: page.locator('a[href="https://tin.example.org/tin-tuc/canh-bao-ma-doc-tu-tep-word/"]') });
    await expect(hostile.locator('h3').textContent()).resolves.toBe('Cảnh báo <script>alert(1)</script> & "mã độc" 🚀 từ tệp Word dán vào');
    await expect(hostile.locator('.lead').textContent()).resolves.toBe(
      'Biên tập viên dán “văn bản” có <b>thẻ</b> & ký tự điều khiển, \'nháy đơn\' và "nháy kép" 😀',
    );
    await expect(hostile.locator('time').textContent()).resolves.toBe('20:00 19/11/2026');
    expect(await page.locator('a[href="/rss/"]').count()).toBe(1);
  });

  it('does the same for a category feed', async () => {
    await page.goto(`${server.url}/chuyen-muc/chuyen-doi-so/rss.xml`);
    await expect(page.locator('h1').textContent()).resolves.toContain('Chuyển đổi số');
    expect(await page.locator('ol.items > li').count()).toBe(publishedFixtureArticles.filter((a) => a.category === 'chuyen-doi-so').length);
  });
});
