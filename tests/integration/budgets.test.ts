import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { budgets } from '../budgets.ts';
import { htmlFiles } from '../support/dist.ts';
import { qualitySites } from '../support/paths.ts';
import { resolveFile } from '../support/static-server.ts';

describe.each(qualitySites)('page budgets: $name site', ({ name, dist }) => {
  const articleFiles = htmlFiles(dist).filter((file) => file.startsWith('tin-tuc/'));

  it('keeps every article page (HTML + CSS) under the gzip budget', () => {
    expect(articleFiles.length).toBeGreaterThan(0);
    let largest = { file: '', bytes: 0 };
    for (const file of articleFiles) {
      const html = fs.readFileSync(path.join(dist, file));
      const page = parse(html.toString('utf8'));
      let bytes = gzipSync(html).length;
      for (const link of page.querySelectorAll('link[rel="stylesheet"]')) {
        const css = resolveFile(dist, link.getAttribute('href')!);
        expect(css, `${file} stylesheet`).toBeDefined();
        bytes += gzipSync(fs.readFileSync(css!)).length;
      }
      if (bytes > largest.bytes) largest = { file, bytes };
    }
    console.log(`budget (${name}): largest article page ${largest.file} = ${(largest.bytes / 1024).toFixed(1)} KB gzipped (HTML+CSS), budget ${budgets.articleHtmlCssGzipBytes / 1024} KB`);
    expect(largest.bytes).toBeLessThanOrEqual(budgets.articleHtmlCssGzipBytes);
  });

  it('loads no script file on article pages before interaction', () => {
    for (const file of articleFiles) {
      const page = parse(fs.readFileSync(path.join(dist, file), 'utf8'));
      const scripts = page
        .querySelectorAll('script')
        .filter((script) => script.getAttribute('src') || !['application/ld+json', 'application/json'].includes(script.getAttribute('type') ?? ''));
      const preloads = page.querySelectorAll('link[rel="modulepreload"], link[rel="preload"][as="script"]');
      expect(scripts.length + preloads.length, file).toBe(budgets.articleScriptFilesBeforeInteraction);
    }
    console.log(`budget (${name}): ${articleFiles.length} article pages, 0 scripts before interaction`);
  });

  it('gives every <img> a width and height', () => {
    let images = 0;
    for (const file of htmlFiles(dist)) {
      const page = parse(fs.readFileSync(path.join(dist, file), 'utf8'));
      for (const img of page.querySelectorAll('img')) {
        images += 1;
        expect(Number(img.getAttribute('width')), `${file} ${img.getAttribute('src')}`).toBeGreaterThan(0);
        expect(Number(img.getAttribute('height')), `${file} ${img.getAttribute('src')}`).toBeGreaterThan(0);
      }
    }
    console.log(`budget (${name}): ${images} <img> elements, all with width and height`);
  });
});
