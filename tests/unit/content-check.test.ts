import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { ARTICLE_FIELDS, ARTICLE_IMAGE_FIELDS, CATEGORY_FIELDS, articleSchema, categorySchema } from '../../src/lib/schema.ts';
import { checkContent, firstNonNfcLine, formatCheckReport, type ContentProblem } from '../../src/lib/content-check.ts';
import { knownFields } from '../../src/lib/schema-fields.ts';
import { writeFixtureContent } from '../support/fixture-content.ts';
import { projectRoot } from '../support/paths.ts';
import { TINY_PNG, articleText, categoryText, removeContentDirs, writeContentDir } from '../support/editor-fixtures.ts';

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

describe('findings kept between runs (cacheFile)', () => {
  const cacheDirs: string[] = [];
  afterAll(() => cacheDirs.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));
  const cacheFile = () => {
    cacheDirs.push(fs.mkdtempSync(path.join(os.tmpdir(), 'khcn-check-cache-')));
    return path.join(cacheDirs.at(-1)!, 'check.json');
  };
  const messages = (root: string, options: { cacheFile: string }) => checkContent(root, { now, ...options }).problems.map((problem) => `${path.relative(root, problem.file)}: ${problem.message}`);

  it('gives the same report from the cache, and checks again only what changed', () => {
    const root = writeContentDir({
      'articles/2024/dung.md': articleText(),
      'articles/2024/sai.md': articleText({ category: 'khong-co' }),
      'articles/2024/hen-gio.md': articleText({ publishedAt: '2026-11-20T10:30:00+07:00' }),
      'articles/2024/images/anh.png': TINY_PNG,
    });
    const options = { cacheFile: cacheFile() };
    const first = checkContent(root, { now, ...options });
    expect(first.errors).toBe(1);
    expect(checkContent(root, { now, ...options })).toEqual(first);

    // Findings stored for an unchanged file are used as stored (shown by altering them in the cache).
    const stored = JSON.parse(fs.readFileSync(options.cacheFile, 'utf8')) as { articles: Record<string, { problems: ContentProblem[] }> };
    stored.articles[path.join(root, 'articles/2024/sai.md')]!.problems[0]!.message = 'Từ bộ nhớ đệm.';
    fs.writeFileSync(options.cacheFile, JSON.stringify(stored));
    expect(messages(root, options)).toContain('articles/2024/sai.md: Từ bộ nhớ đệm.');

    // An edited file is checked again, even with the same size and time.
    const wrong = path.join(root, 'articles/2024/sai.md');
    const { atime, mtime } = fs.statSync(wrong);
    fs.writeFileSync(wrong, fs.readFileSync(wrong, 'utf8').replace('khong-co', 'khong-cx'));
    fs.utimesSync(wrong, atime, mtime);
    expect(messages(root, options)).toContain('articles/2024/sai.md: Chuyên mục “khong-cx” không tồn tại.');

    // The scheduled article is published once its time has come, from the cache too.
    expect(checkContent(root, { now: new Date('2026-11-20T11:00:00+07:00'), ...options }).summary).toMatchObject({ published: 2, scheduled: [] });
  });

  it('does not read a file whose stamp vouches for it, and reads it again once written to', () => {
    const root = writeContentDir({ 'articles/2024/sai.md': articleText({ category: 'khong-co' }) });
    const options = { cacheFile: cacheFile() };
    const wrong = path.join(root, 'articles/2024/sai.md');
    // Stamps taken well after the file was written (file-stamps.ts trusts no stamp taken right after a change).
    const later = vi.spyOn(Date, 'now').mockReturnValue(Date.now() + 10_000);
    try {
      checkContent(root, { now, ...options });
      // Neither hashed nor checked: findings altered in the cache, and a hash that matches nothing, are used.
      const stored = JSON.parse(fs.readFileSync(options.cacheFile, 'utf8')) as { articles: Record<string, { hash: string; problems: ContentProblem[] }> };
      stored.articles[wrong]!.hash = 'khong-khop';
      stored.articles[wrong]!.problems[0]!.message = 'Từ bộ nhớ đệm.';
      fs.writeFileSync(options.cacheFile, JSON.stringify(stored));
      expect(messages(root, options)).toEqual(['articles/2024/sai.md: Từ bộ nhớ đệm.']);
      // A write with the same size and time still changes the stamp.
      const { atime, mtime } = fs.statSync(wrong);
      fs.writeFileSync(wrong, fs.readFileSync(wrong, 'utf8').replace('khong-co', 'khong-cx'));
      fs.utimesSync(wrong, atime, mtime);
      expect(messages(root, options)).toEqual(['articles/2024/sai.md: Chuyên mục “khong-cx” không tồn tại.']);
    } finally {
      later.mockRestore();
    }
  });

  it('checks every article again when the categories or the images change', () => {
    const root = writeContentDir({
      'articles/2024/co-anh.md': articleText({ category: 'chuyen-doi-so', image: '\n  src: ./images/anh.png\n  alt: "Ảnh"' }),
      'articles/2024/images/anh.png': TINY_PNG,
    });
    const options = { cacheFile: cacheFile() };
    expect(messages(root, options)).toEqual([]);
    fs.rmSync(path.join(root, 'categories', 'chuyen-doi-so.md'));
    expect(messages(root, options)).toEqual(['articles/2024/co-anh.md: Chuyên mục “chuyen-doi-so” không tồn tại.']);
    fs.writeFileSync(path.join(root, 'categories', 'chuyen-doi-so.md'), categoryText('Chuyển đổi số'));
    fs.rmSync(path.join(root, 'articles/2024/images/anh.png'));
    expect(messages(root, options).join('\n')).toContain('không tìm thấy tệp ảnh “./images/anh.png”');
  });

  it('is neither read nor written when fixing files', () => {
    const root = writeContentDir({ 'articles/2024/nfd.md': articleText({ title: `"${'Tiếng Việt'.normalize('NFD')}"` }) });
    const options = { cacheFile: cacheFile() };
    checkContent(root, { now, fix: true, ...options });
    expect(fs.existsSync(options.cacheFile)).toBe(false);
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
