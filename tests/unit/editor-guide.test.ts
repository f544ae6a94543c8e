/** The editors' guide shows what the contract accepts: its examples must pass, its categories exist. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../src/lib/schema.ts';
import { parseContentFile } from '../../src/lib/frontmatter.ts';
import { parseVietnamDateTime } from '../../src/lib/dates.ts';
import { listCategorySlugs } from '../../src/lib/content-files.ts';
import { projectRoot } from '../support/paths.ts';

const guide = fs.readFileSync(path.join(projectRoot, 'docs/huong-dan-bien-tap.md'), 'utf8');

function codeBlocks(language: string): string[] {
  return [...guide.matchAll(new RegExp('```' + language + '\\n([\\s\\S]*?)```', 'g'))].map((match) => match[1] ?? '');
}

describe("the editors' guide", () => {
  it('has a complete example article that the schema accepts', () => {
    const example = codeBlocks('markdown').find((block) => block.startsWith('---\n'));
    expect(example).toBeDefined();
    const result = articleSchema.safeParse(parseContentFile(example ?? '').data);
    expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
  });

  it('shows YAML field examples that parse and validate in a complete article', () => {
    const base = 'title: "T"\ndescription: "D"\ncategory: tin-khcn\npublishedAt: 2026-05-04T08:30:00+07:00\n';
    const blocks = codeBlocks('yaml').filter((block) => !/^publishedAt:.*\npublishedAt:/m.test(block));
    expect(blocks.length).toBeGreaterThan(8);
    for (const block of blocks) {
      const key = /^(\w+):/.exec(block)?.[1] ?? '';
      const rest = base
        .split('\n')
        .filter((line) => !line.startsWith(`${key}:`))
        .join('\n');
      const result = articleSchema.safeParse(parseContentFile(`---\n${rest}\n${block}---\n`).data);
      expect(result.success, `${block}\n${JSON.stringify(result.error?.issues)}`).toBe(true);
    }
  });

  it('lists date forms that are accepted, and ones that are not', () => {
    for (const accepted of ['2026-05-04T08:30:00+07:00', '2026-05-04 08:30', '2026-05-04']) expect(parseVietnamDateTime(accepted)).not.toBeNull();
    for (const rejected of ['04/05/2026', '4-5-2026', '2026-05-04 8h30', '2026-02-30']) expect(parseVietnamDateTime(rejected)).toBeNull();
    expect(guide).toContain('Sai: `04/05/2026`, `4-5-2026`, `2026-05-04 8h30`, `2026-02-30`');
  });

  it('lists every category of content/categories (update the table in section 8 when adding one)', () => {
    for (const slug of listCategorySlugs(path.join(projectRoot, 'content'))) expect(guide).toContain(`| \`${slug}\``);
  });
});
