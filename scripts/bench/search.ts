/**
 * `npm run bench:search -- <built site> [more sites…]`: how the search page of a built site performs
 * in Chromium (Debian's, as the browser tests use). For each query it opens the page with an empty
 * cache and reports the time until the results are shown, with the requests and bytes the search
 * fetched from /pagefind/; then it types the next query on the same page and times that too.
 * Several sites (say, builds of two commits) are measured query by query, alternately.
 *
 * The queries use words of the benchmark's generated corpus (scripts/bench/generate-corpus.ts).
 */
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../tests/support/browser.ts';
import { startStaticServer, type StaticServer } from '../../tests/support/static-server.ts';

const QUERIES = [
  '?q=khoa+h%E1%BB%8Dc', // khoa học
  '?q=%C4%91%E1%BB%95i+m%E1%BB%9Bi+s%C3%A1ng+t%E1%BA%A1o', // đổi mới sáng tạo
  '?q=chuyen+doi+so',
  '?q=c%C3%B4ng+ngh%E1%BB%87&sap-xep=moi-nhat', // công nghệ, newest first
  '?q=doanh+nghi%E1%BB%87p&nam=2021', // doanh nghiệp in 2021
  '?chuyen-muc=chuyen-doi-so', // a category, newest first
];
const ROUNDS = 3;

interface Measure {
  ms: number;
  requests: number;
  bytes: number;
  status: string;
}

/** Waits until the live region reports a finished search other than `previous`. */
async function settled(page: Page, previous = ''): Promise<string> {
  await page.waitForFunction(
    (before) => {
      const status = document.getElementById('search-status')?.textContent ?? '';
      const busy = document.getElementById('search-results')?.getAttribute('aria-busy') === 'true';
      return status !== before && /^(Tìm thấy|Có \d+ bài viết|Không tìm thấy)/.test(status) && !busy;
    },
    previous,
    { timeout: 60_000 },
  );
  return (await page.locator('#search-status').textContent()) ?? '';
}

/** Counts the requests to /pagefind/ and their transferred bytes while `action` runs. */
async function counting(page: Page, action: () => Promise<string>): Promise<Measure> {
  let requests = 0;
  let bytes = 0;
  const pending: Promise<void>[] = [];
  const onFinished = (request: import('playwright-core').Request) => {
    if (!new URL(request.url()).pathname.startsWith('/pagefind/')) return;
    requests += 1;
    pending.push(request.sizes().then((sizes) => void (bytes += sizes.responseBodySize + sizes.responseHeadersSize)));
  };
  page.on('requestfinished', onFinished);
  const start = performance.now();
  const status = await action();
  const ms = performance.now() - start;
  page.off('requestfinished', onFinished);
  await Promise.all(pending);
  return { ms, requests, bytes, status };
}

async function measureSite(browser: Browser, url: string, query: string, next: string): Promise<{ cold: Measure; typed: Measure }> {
  // A new context: an empty cache, as for a reader's first search.
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    const cold = await counting(page, async () => {
      await page.goto(`${url}/tim-kiem/${query}`);
      return settled(page);
    });
    const nextQuery = new URLSearchParams(next).get('q') ?? 'khoa học';
    const typed = await counting(page, async () => {
      await page.locator('#search-query').fill(nextQuery);
      return settled(page, cold.status);
    });
    return { cold, typed };
  } finally {
    await context.close();
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const sites = process.argv.slice(2);
if (sites.length === 0) {
  console.error('Usage: npm run bench:search -- <built site folder> [another built site folder…]');
  process.exit(2);
}
const servers: StaticServer[] = [];
const browser = await launchBrowser();
try {
  for (const site of sites) servers.push(await startStaticServer(path.resolve(site)));
  const results = new Map<string, { cold: Measure[]; typed: Measure[] }>();
  for (let round = 0; round < ROUNDS; round += 1) {
    for (const [position, query] of QUERIES.entries()) {
      const next = QUERIES[(position + 1) % QUERIES.length]!;
      for (const [index, server] of servers.entries()) {
        const key = `${index}\u0000${query}`;
        const { cold, typed } = await measureSite(browser, server.url, query, next);
        const entry = results.get(key) ?? { cold: [], typed: [] };
        entry.cold.push(cold);
        entry.typed.push(typed);
        results.set(key, entry);
      }
    }
  }
  console.log(`Search page in Chromium, median of ${ROUNDS} rounds (cold: new page, empty cache; typed: the next query on that page)\n`);
  console.log('| site | query | cold | requests | bytes | typed next | requests | bytes | status |');
  console.log('| --- | --- | --: | --: | --: | --: | --: | --: | --- |');
  for (const query of QUERIES) {
    for (const [index, site] of sites.entries()) {
      const { cold, typed } = results.get(`${index}\u0000${query}`)!;
      const kb = (measures: Measure[]) => `${(median(measures.map((m) => m.bytes)) / 1024).toFixed(0)} kB`;
      console.log(
        `| ${site} | ${decodeURIComponent(query.replace(/\+/g, ' '))} | ${median(cold.map((m) => m.ms)).toFixed(0)} ms | ${median(cold.map((m) => m.requests))} | ${kb(cold)} | ` +
          `${median(typed.map((m) => m.ms)).toFixed(0)} ms | ${median(typed.map((m) => m.requests))} | ${kb(typed)} | ${cold[0]!.status} |`,
      );
    }
  }
} finally {
  await browser.close();
  for (const server of servers) await server.close();
}
