import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ARTICLE_FIELDS, ARTICLE_IMAGE_FIELDS, CATEGORY_FIELDS, articleSchema, categorySchema } from '../../src/lib/schema.ts';
import { checkContent, firstNonNfcLine, formatCheckReport, type ContentProblem } from '../../src/lib/content-check.ts';
import { knownFields } from '../../src/lib/schema-fields.ts';
import { writeFixtureContent } from '../support/fixture-content.ts';
import { projectRoot } from '../support/paths.ts';
import { TINY_PNG, articleText, removeContentDirs, writeContentDir } from '../support/editor-fixtures.ts';

afterAll(removeContentDirs);

const now = new Date('2026-11-20T10:00:00+07:00');

function problemsFor(root: string, relative: string): ContentProblem[] {
  const file = path.join(root, relative);
  return checkContent(root, { now }).problems.filter((problem) => problem.file === file);
}

describe('one definition of the contract', () => {
  it('reads the known fields from the schema itself, and they match the exported field lists', () => {
    expect(knownFields(articleSchema)?.sort()).toEqual([...ARTICLE_FIELDS].sort());
    expect(knownFields(articleSchema.shape.image)?.sort()).toEqual([...ARTICLE_IMAGE_FIELDS].sort());
    expect(knownFields(categorySchema)?.sort()).toEqual([...CATEGORY_FIELDS].sort());
    expect(knownFields(articleSchema.shape.title)).toBeUndefined();
  });
});

describe('checkContent', () => {
  it('reports every problem of a file at once, with file, line, field, severity and hint', () => {
    const root = writeContentDir({
      'articles/2024/nhieu-loi.md': articleText({
        category: 'chuyen-doi-s',
        publishedAt: '2024-13-45',
        image: '\n  src: ./images/khong-co.jpg',
        titel: '"Thừa"',
      }),
    });
    const problems = problemsFor(root, 'articles/2024/nhieu-loi.md');
    const byField = new Map(problems.map((problem) => [problem.field, problem]));
    expect(byField.get('publishedAt')).toMatchObject({ severity: 'error', line: 5 });
    expect(byField.get('category')).toMatchObject({ severity: 'error', line: 4 });
    expect(byField.get('category')?.hint).toContain('chuyen-doi-so');
    expect(byField.get('image.alt')).toMatchObject({ severity: 'error', line: 6 });
    expect(byField.get('image.src')).toMatchObject({ severity: 'error', line: 7 });
    expect(byField.get('titel')).toMatchObject({ severity: 'warning', line: 8 });
    expect(byField.get('titel')?.hint).toContain('title');
    for (const problem of problems) {
      expect(problem.message).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i);
    }
  });

  it('suggests publishedAt for a field an editor calls "date"', () => {
    const root = writeContentDir({ 'articles/2024/ngay.md': articleText({ publishedAt: undefined, date: '2024-05-01' }) });
    const problems = problemsFor(root, 'articles/2024/ngay.md');
    expect(problems.find((problem) => problem.field === 'date')?.hint).toContain('publishedAt');
    expect(problems.find((problem) => problem.field === 'publishedAt')?.severity).toBe('error');
  });

  it('explains a misplaced nested field', () => {
    const root = writeContentDir({
      'articles/2024/alt-sai-cho.md': articleText({ image: '\n  src: ./images/a.png', alt: '"Ảnh"' }),
      'articles/2024/images/a.png': TINY_PNG,
    });
    const problems = problemsFor(root, 'articles/2024/alt-sai-cho.md');
    expect(problems.find((problem) => problem.field === 'image.alt')?.hint).toContain('dòng 8');
  });

  it('checks images: remote, absolute, unsupported format; ignores code blocks and remote images in the text', () => {
    const root = writeContentDir({
      'articles/2024/anh-web.md': articleText({ image: '\n  src: https://example.org/a.jpg\n  alt: "Ảnh"' }),
      'articles/2024/anh-tuyet-doi.md': articleText({ image: '\n  src: /images/a.jpg\n  alt: "Ảnh"' }),
      'articles/2024/anh-heic.md': articleText({ image: '\n  src: ./images/a.heic\n  alt: "Ảnh"' }),
      'articles/2024/ma-nguon.md': articleText({}, '```md\n![x](./khong-co.png)\n```\n\n`![y](./khong.png)` ![Ảnh web](https://example.org/a.png)\n'),
    });
    const result = checkContent(root, { now });
    const messages = (name: string) => result.problems.filter((problem) => problem.file.endsWith(name)).map((problem) => problem.message);
    expect(messages('anh-web.md').join()).toContain('địa chỉ web');
    expect(messages('anh-tuyet-doi.md').join()).toContain('dấu /');
    expect(messages('anh-heic.md').join()).toContain('không phải định dạng ảnh được hỗ trợ');
    expect(messages('ma-nguon.md')).toEqual([]);
  });

  it('accepts valid MDX and explains broken MDX at the right line', () => {
    const root = writeContentDir({
      'articles/2024/mdx-tot.mdx': articleText({}, 'Câu có <b>chữ đậm</b>, {1 + 1} và <Hinh anh="a" />.\n'),
      'articles/2024/mdx-hong.mdx': articleText({}, 'Đoạn một.\n\nGiá {chưa đóng.\n'),
    });
    expect(problemsFor(root, 'articles/2024/mdx-tot.mdx')).toEqual([]);
    expect(problemsFor(root, 'articles/2024/mdx-hong.mdx')).toMatchObject([{ severity: 'error', line: 10, message: expect.stringContaining('{ }') }]);
  });

  it('counts published, drafts and scheduled against the given time', () => {
    const root = writeContentDir({
      'articles/2026/a.md': articleText({ publishedAt: '2026-11-20T09:59:00+07:00' }),
      'articles/2026/b.md': articleText({ publishedAt: '2026-11-20T10:01:00+07:00' }),
      'articles/2026/c.md': articleText({ publishedAt: '2026-11-19T10:01:00+07:00', draft: 'true' }),
      'articles/2026/d.md': articleText({ publishedAt: 'sai' }),
    });
    const { summary, errors } = checkContent(root, { now });
    expect(errors).toBe(1);
    expect(summary).toMatchObject({ articles: 4, published: 1, drafts: 1, invalid: 1, categories: 3 });
    expect(summary.scheduled.map((item) => item.slug)).toEqual(['b']);
    const report = formatCheckReport(checkContent(root, { now }), { cwd: root });
    expect(report).toContain('articles/2026/b.md');
    expect(report).toContain('Thứ Sáu, 20/11/2026 | 10:01 (GMT+7)');
  });

  it('finds the first line that is not NFC', () => {
    expect(firstNonNfcLine('a\nb')).toBeUndefined();
    expect(firstNonNfcLine(`a\n${'Việt'.normalize('NFD')}`)).toBe(2);
  });

  it('passes the sample content in content/', () => {
    const result = checkContent(path.join(projectRoot, 'content'), { now });
    expect(result.problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  });

  it('passes the shared test fixture (its decomposed article is only a warning)', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'khcn-fixture-'));
    try {
      await writeFixtureContent(root);
      const result = checkContent(root, { now });
      expect(result.errors).toBe(0);
      expect(result.problems.map((problem) => path.basename(problem.file))).toEqual(['khoi-nghiep-sang-tao-dong-nai.md']);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('performance', { timeout: 60_000 }, () => {
  it('checks 1,000 articles (measured, reported, not a timed assertion)', () => {
    const files: Record<string, string | Buffer> = {};
    const paragraph = 'Các doanh nghiệp nhỏ và vừa đang đẩy mạnh ứng dụng công nghệ để nâng cao năng suất. '.repeat(20);
    for (let index = 0; index < 1000; index += 1) {
      const year = 2020 + (index % 7);
      if (index < 7) files[`articles/${year}/images/anh.png`] = TINY_PNG;
      files[`articles/${year}/bai-viet-so-${index}.md`] = articleText(
        {
          title: `"Bài viết số ${index}: đổi mới sáng tạo"`,
          author: '"Nguyễn Văn An"',
          tags: '["khởi nghiệp", "chuyển đổi số"]',
          image: '\n  src: ./images/anh.png\n  alt: "Ảnh minh họa"',
          draft: String(index % 50 === 0),
        },
        `## Bối cảnh\n\n${paragraph}\n\n![Ảnh](./images/anh.png)\n\n${paragraph}\n`,
      );
    }
    const root = writeContentDir(files);
    const started = performance.now();
    const result = checkContent(root, { now });
    const elapsed = performance.now() - started;
    console.log(`content check: 1,000 articles in ${Math.round(elapsed)} ms`);
    expect(result.errors).toBe(0);
    expect(result.summary.articles).toBe(1000);
  });
});
