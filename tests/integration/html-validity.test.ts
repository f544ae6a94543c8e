import fs from 'node:fs';
import path from 'node:path';
import { HtmlValidate } from 'html-validate';
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { htmlFiles } from '../support/dist.ts';
import { qualitySites } from '../support/paths.ts';

const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });

describe.each(qualitySites)('valid HTML: $name site', ({ dist }) => {
  it('has zero html-validate errors in every HTML file', async () => {
    const files = htmlFiles(dist);
    expect(files.length).toBeGreaterThan(5);
    const problems: string[] = [];
    for (const file of files) {
      const report = await validator.validateString(fs.readFileSync(path.join(dist, file), 'utf8'), file);
      for (const result of report.results) {
        for (const message of result.messages) {
          if (message.severity === 2) problems.push(`${file}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
        }
      }
    }
    console.log(`html-validate: ${files.length} files, ${problems.length} errors`);
    expect(problems).toEqual([]);
  });
});

describe.each(qualitySites)('document structure: $name site', ({ dist }) => {
  it('gives every page one <h1>, the landmarks, a skip link to <main> and alt on every image', () => {
    for (const file of htmlFiles(dist)) {
      const page = parse(fs.readFileSync(path.join(dist, file), 'utf8'));
      expect(page.querySelectorAll('h1'), file).toHaveLength(1);
      expect(page.querySelectorAll('main'), file).toHaveLength(1);
      expect(page.querySelector('header'), file).not.toBeNull();
      expect(page.querySelector('nav'), file).not.toBeNull();
      expect(page.querySelector('footer'), file).not.toBeNull();
      const skip = page.querySelector('a.skip-link');
      expect(skip?.getAttribute('href'), file).toBe(`#${page.querySelector('main')!.getAttribute('id')}`);
      for (const img of page.querySelectorAll('img')) expect(img.hasAttribute('alt'), `${file} ${img.getAttribute('src')}`).toBe(true);
    }
  });
});
