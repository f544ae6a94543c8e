import fs from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { htmlFiles } from '../support/dist.ts';
import { qualitySites } from '../support/paths.ts';
import { resolveFile } from '../support/static-server.ts';

function referencedUrls(page: HTMLElement): string[] {
  const urls: string[] = [];
  for (const element of page.querySelectorAll('[href], [src], [srcset]')) {
    for (const attribute of ['href', 'src']) {
      const value = element.getAttribute(attribute);
      if (value) urls.push(value);
    }
    const srcset = element.getAttribute('srcset');
    if (srcset) for (const candidate of srcset.split(',')) urls.push(candidate.trim().split(/\s+/)[0]!);
  }
  return urls;
}

describe.each(qualitySites)('internal links: $name site', ({ dist }) => {
  it('resolves every internal href, src and srcset to a file, and every #fragment to an element', () => {
    const pages = new Map<string, HTMLElement>();
    const load = (file: string) => {
      let page = pages.get(file);
      if (!page) {
        page = parse(fs.readFileSync(file, 'utf8'));
        pages.set(file, page);
      }
      return page;
    };
    const broken: string[] = [];
    let checked = 0;
    for (const file of htmlFiles(dist)) {
      const sourceFile = path.join(dist, file);
      const sitePath = `/${file.replace(/index\.html$/, '')}`;
      for (const url of referencedUrls(load(sourceFile))) {
        if (/^(?:[a-z]+:|\/\/)/i.test(url)) continue; // external, mailto:, tel:, data:
        const resolved = new URL(url, `http://site${sitePath}`);
        const target = resolveFile(dist, resolved.pathname);
        checked += 1;
        if (!target) {
          broken.push(`${file}: ${url}`);
          continue;
        }
        const fragment = decodeURIComponent(resolved.hash.slice(1));
        if (fragment && target.endsWith('.html') && !load(target).querySelector(`[id="${fragment}"]`)) {
          broken.push(`${file}: ${url} (no element #${fragment})`);
        }
      }
    }
    console.log(`links: ${checked} internal references checked, ${broken.length} broken`);
    expect(checked).toBeGreaterThan(50);
    expect(broken).toEqual([]);
  });
});
