import fs from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, runBrowserTests } from '../support/browser.ts';
import { pageTypeUrls } from '../support/page-types.ts';
import { qualitySites } from '../support/paths.ts';
import { startStaticServer, type StaticServer } from '../support/static-server.ts';

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

describe.runIf(runBrowserTests).each(qualitySites)('accessibility (axe-core, WCAG 2.0/2.1/2.2 A+AA): $name site', ({ dist }) => {
  let browser: Browser;
  let server: StaticServer;
  beforeAll(async () => {
    server = await startStaticServer(dist);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has zero violations on every page type in the ${colorScheme} scheme`, async () => {
      const urls = pageTypeUrls(dist);
      expect(Object.keys(urls).length).toBeGreaterThanOrEqual(8);
      const page = await browser.newPage({ colorScheme });
      const found: string[] = [];
      for (const [type, url] of Object.entries(urls)) {
        await page.goto(`${server.url}${url}`);
        await page.addScriptTag({ content: axeSource });
        const violations = (await page.evaluate(
          async (tags) => (await (window as unknown as { axe: { run: (ctx: Document, options: object) => Promise<{ violations: unknown[] }> } }).axe.run(document, { runOnly: { type: 'tag', values: tags } })).violations,
          WCAG_TAGS,
        )) as AxeViolation[];
        for (const violation of violations) {
          found.push(`${type} ${url}: ${violation.id} (${violation.help}) at ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(', ')}`);
        }
      }
      await page.close();
      console.log(`axe (${colorScheme}): ${Object.keys(urls).length} page types, ${found.length} violations`);
      expect(found).toEqual([]);
    });
  }
});
