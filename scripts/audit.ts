/**
 * `npm run audit`: Lighthouse (performance, accessibility, best practices, SEO) with Debian's
 * Chromium on the home page, a category page and an article page of the built site in dist/
 * (built first if missing). Not part of `npm test`: scores vary with machine load.
 */
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumPath, INSTALL_HINT } from '../tests/support/browser.ts';
import { pageTypeUrls } from '../tests/support/page-types.ts';
import { startStaticServer } from '../tests/support/static-server.ts';

const root = path.resolve(import.meta.dirname, '..');
const dist = path.resolve(root, process.env.OUT_DIR || 'dist');

if (!fs.existsSync(path.join(dist, 'index.html'))) {
  console.log(`No built site in ${dist}: running npm run build first…`);
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const executable = chromiumPath();
if (!executable) {
  console.error(`Chromium not found. Install it with: ${INSTALL_HINT} (or set CHROMIUM_PATH).`);
  process.exit(1);
}

const types = pageTypeUrls(dist);
const targets = (['home', 'category', 'article'] as const).map((type) => ({ type, url: types[type] })).filter((t) => t.url);
const server = await startStaticServer(dist);
const chrome = await chromeLauncher.launch({
  chromePath: executable,
  chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const rows: string[][] = [];
let failed = false;
try {
  for (const target of targets) {
    const result = await lighthouse(`${server.url}${target.url}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...categories],
      // Mobile emulation with simulated throttling: Lighthouse's default, the strict case.
      formFactor: 'mobile',
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${target.url}`);
    const scores = categories.map((category) => Math.round((result.lhr.categories[category]?.score ?? 0) * 100));
    if (scores.some((score) => score < 100)) {
      failed = true;
      for (const category of categories) {
        for (const ref of result.lhr.categories[category]?.auditRefs ?? []) {
          const audit = result.lhr.audits[ref.id];
          if (audit && audit.score !== null && audit.score < 1 && ref.weight > 0) console.log(`  ${target.type}: ${category} – ${audit.id}: ${audit.title} (${audit.displayValue ?? audit.score})`);
        }
      }
    }
    rows.push([target.type, target.url!, ...scores.map(String)]);
  }
} finally {
  chrome.kill();
  await server.close();
}

const header = ['page', 'url', 'performance', 'accessibility', 'best-practices', 'seo'];
const widths = header.map((title, index) => Math.max(title.length, ...rows.map((row) => row[index]!.length)));
const line = (cells: string[]) => cells.map((cell, index) => cell.padEnd(widths[index]!)).join('  ');
console.log(line(header));
for (const row of rows) console.log(line(row));
process.exitCode = failed ? 2 : 0;
