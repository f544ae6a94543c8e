import fs from 'node:fs';
import path from 'node:path';
import { HtmlValidate } from 'html-validate';
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
