import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ARTICLE_FIELDS, ARTICLE_IMAGE_FIELDS, articleSchema } from '../../src/lib/schema.ts';
import { parseContentFile } from '../../src/lib/frontmatter.ts';
import { checkContent } from '../../src/lib/content-check.ts';
import {
  BODY_PLACEHOLDER,
  SLUG_MAX_LENGTH,
  articleSlugFromTitle,
  createArticle,
  parseTagList,
  publicationTimestamp,
  renderNewArticle,
} from '../../src/lib/new-article.ts';
import { isValidSlug, slugify } from '../../src/lib/text.ts';
import { EDITOR_CATEGORIES, articleText, hasStackTrace, removeContentDirs, runNpm, runScript, writeContentDir } from '../support/editor-fixtures.ts';

afterAll(removeContentDirs);

const now = new Date('2026-11-20T03:04:59Z'); // 10:04 in Vietnam

describe('slugs from Vietnamese titles', () => {
  it('folds tones and đ to ASCII', () => {
    expect(articleSlugFromTitle('Đồng Nai đẩy mạnh đổi mới sáng tạo')).toBe('dong-nai-day-manh-doi-moi-sang-tao');
    expect(articleSlugFromTitle('“Ươm tạo” khởi nghiệp: 5G & AI!')).toBe('uom-tao-khoi-nghiep-5g-ai');
    expect(articleSlugFromTitle('Đường dây 500kV'.normalize('NFD'))).toBe('duong-day-500kv');
  });
  it('stays at most 80 characters and cuts at a word', () => {
    const title =
      'Chương trình quốc gia về sử dụng năng lượng tiết kiệm và hiệu quả giai đoạn mới hướng tới phát triển bền vững của ngành Công Thương';
    const slug = articleSlugFromTitle(title);
    expect(slug.length).toBeLessThanOrEqual(SLUG_MAX_LENGTH);
    expect(slug.length).toBeGreaterThan(60);
    expect(isValidSlug(slug)).toBe(true);
    const full = slugify(title);
    expect(full.startsWith(slug)).toBe(true);
    // Cut at a word: what follows the slug in the full slug starts a new word.
    expect(full[slug.length]).toBe('-');
  });
});

describe('the new article text', () => {
  const text = renderNewArticle({
    title: 'Hội thảo: "Chuyển đổi số" # năm 2026',
    category: 'tin-khcn',
    author: 'Nguyễn Văn An',
    tags: ['khởi nghiệp', 'chuyển đổi số'],
    now,
    categories: EDITOR_CATEGORIES,
  });

  it('parses back to exactly what was asked, as a draft published now in +07:00', () => {
    const data = articleSchema.parse(parseContentFile(text).data);
    expect(data.title).toBe('Hội thảo: "Chuyển đổi số" # năm 2026');
    expect(data.category).toBe('tin-khcn');
    expect(data.author).toBe('Nguyễn Văn An');
    expect(data.tags).toEqual(['khởi nghiệp', 'chuyển đổi số']);
    expect(data.draft).toBe(true);
    expect(data.publishedAt.toISOString()).toBe('2026-11-20T03:04:00.000Z');
    expect(text).toContain('publishedAt: 2026-11-20T10:04:00+07:00');
  });

  it('shows every field of the contract, the optional ones commented', () => {
    for (const field of ARTICLE_FIELDS) expect(text).toMatch(new RegExp(`^(# )?${field}:`, 'm'));
    for (const field of ARTICLE_IMAGE_FIELDS) expect(text).toMatch(new RegExp(`^#   ${field}:`, 'm'));
    expect(text).toMatch(/^# updatedAt:/m);
    expect(text).toMatch(/^# image:/m);
    expect(text).toContain(BODY_PLACEHOLDER);
    expect(text).toContain(EDITOR_CATEGORIES.join(', '));
  });

  it('comments out author and tags when not given', () => {
    const bare = renderNewArticle({ title: 'Tin', category: 'tin-khcn', now });
    expect(bare).toMatch(/^# author:/m);
    expect(bare).toMatch(/^# tags:/m);
    expect(articleSchema.parse(parseContentFile(bare).data).tags).toEqual([]);
  });

  it('splits tags on commas, trims them and drops empties and repeats', () => {
    expect(parseTagList(' Khởi nghiệp, chuyển đổi số,, khởi nghiệp ,')).toEqual(['Khởi nghiệp', 'chuyển đổi số']);
    expect(parseTagList(undefined)).toEqual([]);
  });

  it('writes the time rounded down to the minute in Vietnam time', () => {
    expect(publicationTimestamp(new Date('2026-12-31T17:30:45Z'))).toBe('2027-01-01T00:30:00+07:00');
  });
});

describe('createArticle', () => {
  it('writes content/articles/<year>/<slug>.md that passes the check', () => {
    const root = writeContentDir();
    const result = createArticle({ root, title: 'Đồng Nai hỗ trợ khởi nghiệp', category: 'chuyen-doi-so', tags: 'a, b', now });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.file).toBe(path.join(root, 'articles/2026/dong-nai-ho-tro-khoi-nghiep.md'));
    expect(fs.readFileSync(result.file, 'utf8')).toBe(result.text);
    const check = checkContent(root, { now });
    expect(check.problems).toEqual([]);
    expect(check.summary.drafts).toBe(1);
  });

  it('never overwrites, and refuses a slug already used in another year', () => {
    const root = writeContentDir({ 'articles/2024/tin-cu.md': articleText() });
    const before = fs.readFileSync(path.join(root, 'articles/2024/tin-cu.md'), 'utf8');
    const result = createArticle({ root, title: 'Tin cũ', category: 'tin-khcn', now });
    expect(result).toMatchObject({ ok: false });
    if (result.ok) return;
    expect(result.message).toContain('không ghi đè');
    expect(result.message).toContain('tin-cu');
    expect(fs.readFileSync(path.join(root, 'articles/2024/tin-cu.md'), 'utf8')).toBe(before);
    expect(fs.existsSync(path.join(root, 'articles/2026/tin-cu.md'))).toBe(false);

    const again = createArticle({ root, title: 'Tin mới', category: 'tin-khcn', now });
    expect(again.ok).toBe(true);
    const twice = createArticle({ root, title: 'Tin mới', category: 'tin-khcn', now });
    expect(twice.ok).toBe(false);
  });

  it('refuses an unknown category, listing the valid ones and the closest', () => {
    const root = writeContentDir();
    const result = createArticle({ root, title: 'Tin', category: 'chuyen-doi-sô', now });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toContain('không tồn tại');
    expect(result.hint).toContain('Có phải ý bạn là “chuyen-doi-so”');
    for (const slug of EDITOR_CATEGORIES) expect(result.hint).toContain(slug);
    expect(fs.existsSync(path.join(root, 'articles/2026'))).toBe(false);
  });

  it('refuses a missing title, a missing category and an invalid --slug', () => {
    const root = writeContentDir();
    expect(createArticle({ root, title: '  ', category: 'tin-khcn', now })).toMatchObject({ ok: false });
    expect(createArticle({ root, title: 'Tin', category: undefined, now })).toMatchObject({ ok: false });
    expect(createArticle({ root, title: '!!!', category: 'tin-khcn', now })).toMatchObject({ ok: false });
    expect(createArticle({ root, title: 'Tin', category: 'tin-khcn', slug: 'Tên Tệp', now })).toMatchObject({ ok: false, hint: expect.stringContaining('ten-tep') });
    expect(createArticle({ root, title: 'Tin', category: 'tin-khcn', slug: 'ten-tep', now })).toMatchObject({ ok: true, slug: 'ten-tep' });
  });
});

describe('npm run new', { timeout: 30_000 }, () => {
  it('creates the file, prints its path, and the file passes npm run check:content', () => {
    const root = writeContentDir();
    const result = runNpm('new', ['Bộ Công Thương đẩy mạnh chuyển đổi số', '--category', 'chuyen-doi-so', '--author', 'Lê Thu Hà', '--tags', 'chuyển đổi số, doanh nghiệp'], {
      CONTENT_DIR: root,
    });
    expect(result.status, result.output).toBe(0);
    const year = new Intl.DateTimeFormat('en', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric' }).format(new Date());
    const file = path.join(root, 'articles', year, 'bo-cong-thuong-day-manh-chuyen-doi-so.md');
    expect(result.stdout.split('\n')[0]).toBe(file);
    const text = fs.readFileSync(file, 'utf8');
    expect(text).toMatch(/^publishedAt: \d{4}-\d\d-\d\dT\d\d:\d\d:00\+07:00$/m);
    expect(text).toContain('author: "Lê Thu Hà"');
    expect(text).toContain('draft: true');
    const check = runNpm('check:content', [], { CONTENT_DIR: root });
    expect(check.status, check.output).toBe(0);
    expect(check.output).toContain('✓ Không có lỗi.');
  });

  it('refuses to overwrite an existing article', () => {
    const root = writeContentDir();
    const first = runScript('scripts/new-article.ts', ['Tin thử', '--category', 'tin-khcn'], { CONTENT_DIR: root });
    expect(first.status, first.output).toBe(0);
    const file = first.stdout.split('\n')[0] ?? '';
    fs.appendFileSync(file, 'Đoạn biên tập viên đã viết.\n');
    const edited = fs.readFileSync(file, 'utf8');
    const second = runScript('scripts/new-article.ts', ['Tin thử', '--category', 'tin-khcn'], { CONTENT_DIR: root });
    expect(second.status).toBe(1);
    expect(second.output).toContain('không ghi đè');
    expect(fs.readFileSync(file, 'utf8')).toBe(edited);
    expect(hasStackTrace(second.output)).toBe(false);
  });

  it('refuses an unknown category and lists the valid ones', () => {
    const root = writeContentDir();
    const result = runScript('scripts/new-article.ts', ['Tin', '--category', 'khong-co'], { CONTENT_DIR: root });
    expect(result.status).toBe(1);
    expect(result.output).toContain('Chuyên mục “khong-co” không tồn tại');
    expect(result.output).toContain('Các chuyên mục hợp lệ: chuyen-doi-so, doi-moi-sang-tao, tin-khcn.');
    expect(fs.readdirSync(path.join(root, 'articles'))).toEqual([]);
  });

  it('explains the missing -- when npm kept the options for itself', () => {
    const root = writeContentDir();
    const result = runNpm('new', ['Tin thử', '--category', 'tin-khcn'], { CONTENT_DIR: root }, { separator: false });
    expect(result.status).toBe(2);
    expect(result.output).toContain('Thiếu dấu --');
    expect(fs.readdirSync(path.join(root, 'articles'))).toEqual([]);
  });

  it('explains usage without a title, and refuses unknown options', () => {
    const root = writeContentDir();
    const noTitle = runScript('scripts/new-article.ts', ['--category', 'tin-khcn'], { CONTENT_DIR: root });
    expect(noTitle.status).toBe(1);
    expect(noTitle.output).toContain('Chưa có tiêu đề');
    expect(noTitle.output).toContain('Cách dùng');
    const unknown = runScript('scripts/new-article.ts', ['Tin', '--chuyen-muc', 'tin-khcn'], { CONTENT_DIR: root });
    expect(unknown.status).toBe(2);
    expect(unknown.output).toContain('Không hiểu tham số');
    expect(hasStackTrace(unknown.output)).toBe(false);
  });
});
