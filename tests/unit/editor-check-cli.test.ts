/**
 * `npm run check:content` on fixture folders: every mistake an editor can make stops the check
 * with a Vietnamese message naming the file and the field (and the line where there is one).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DATE_EXAMPLE } from '../../src/lib/schema.ts';
import { TINY_PNG, articleText, hasStackTrace, removeContentDirs, runNpm, runScript, writeContentDir } from '../support/editor-fixtures.ts';

afterAll(removeContentDirs);

const BUILD_TIME = '2026-11-20T10:00:00+07:00';

function check(root: string, args: string[] = []) {
  return runScript('scripts/check-content.ts', args, { CONTENT_DIR: root, BUILD_TIME });
}

interface Case {
  name: string;
  files: Record<string, string | Buffer>;
  exit: 0 | 1;
  /** The file the message must name (relative to the content folder). */
  file: string;
  /** `file:line` must appear when given. */
  line?: number;
  /** `(trường …)` must appear when given. */
  field?: string;
  /** Further text the message must contain. */
  says: string[];
}

const cases: Case[] = [
  {
    name: 'YAML that does not parse (unclosed quote), with its line',
    files: { 'articles/2024/yaml-hong.md': '---\ntitle: "Tiêu đề chưa đóng ngoặc\ndescription: "Tóm tắt"\n---\n\nNội dung\n' },
    exit: 1,
    file: 'articles/2024/yaml-hong.md',
    line: 2,
    says: ['sai cú pháp', 'ngoặc kép'],
  },
  {
    name: 'YAML with a colon in an unquoted value',
    files: { 'articles/2024/hai-cham.md': articleText({ title: 'Hội thảo: chuyển đổi số: cơ hội' }) },
    exit: 1,
    file: 'articles/2024/hai-cham.md',
    line: 2,
    says: ['sai cú pháp', 'dấu hai chấm'],
  },
  {
    name: 'a missing required field',
    files: { 'articles/2024/thieu-tom-tat.md': articleText({ description: undefined }) },
    exit: 1,
    file: 'articles/2024/thieu-tom-tat.md',
    field: 'description',
    says: ['Thiếu trường bắt buộc “description”'],
  },
  {
    name: 'a mistyped field (tags written as plain text)',
    files: { 'articles/2024/tu-khoa.md': articleText({ tags: 'khởi nghiệp, chuyển đổi số' }) },
    exit: 1,
    file: 'articles/2024/tu-khoa.md',
    line: 6,
    field: 'tags',
    says: ['Phải là danh sách'],
  },
  {
    name: 'a mistyped field (draft is not true/false)',
    files: { 'articles/2024/nhap.md': articleText({ draft: 'có' }) },
    exit: 1,
    file: 'articles/2024/nhap.md',
    field: 'draft',
    says: ['true hoặc false'],
  },
  {
    name: 'an empty optional field, suggesting to remove the line',
    files: { 'articles/2024/tac-gia-trong.md': articleText({ author: '' }) },
    exit: 1,
    file: 'articles/2024/tac-gia-trong.md',
    line: 6,
    field: 'author',
    says: ['đang để trống', 'xóa cả dòng'],
  },
  {
    name: 'a file not saved as UTF-8',
    files: { 'articles/2024/bang-ma-cu.md': Buffer.concat([Buffer.from('---\ntitle: "'), Buffer.from([0xd0, 0xf4]), Buffer.from('ng Nai"\n---\n')]) },
    exit: 1,
    file: 'articles/2024/bang-ma-cu.md',
    line: 2,
    says: ['UTF-8'],
  },
  {
    name: 'a date that is not a date, suggesting the right form',
    files: { 'articles/2024/ngay-sai.md': articleText({ publishedAt: '01/05/2024 8h' }) },
    exit: 1,
    file: 'articles/2024/ngay-sai.md',
    line: 5,
    field: 'publishedAt',
    says: ['không phải ngày giờ hợp lệ', DATE_EXAMPLE],
  },
  {
    name: 'an impossible calendar date',
    files: { 'articles/2024/ngay-30-2.md': articleText({ publishedAt: '2024-02-30T08:00:00+07:00' }) },
    exit: 1,
    file: 'articles/2024/ngay-30-2.md',
    field: 'publishedAt',
    says: [DATE_EXAMPLE],
  },
  {
    name: 'updatedAt before publishedAt',
    files: { 'articles/2024/cap-nhat.md': articleText({ updatedAt: '2024-04-30T08:00:00+07:00' }) },
    exit: 1,
    file: 'articles/2024/cap-nhat.md',
    line: 6,
    field: 'updatedAt',
    says: ['không được trước ngày đăng'],
  },
  {
    name: 'an unknown category, suggesting the closest slug',
    files: { 'articles/2024/chuyen-muc.md': articleText({ category: 'chuyen-doi-s' }) },
    exit: 1,
    file: 'articles/2024/chuyen-muc.md',
    line: 4,
    field: 'category',
    says: ['không tồn tại', 'Có phải ý bạn là “chuyen-doi-so”', 'tin-khcn'],
  },
  {
    name: 'a category written as its Vietnamese name',
    files: { 'articles/2024/ten-chuyen-muc.md': articleText({ category: 'Chuyển đổi số' }) },
    exit: 1,
    file: 'articles/2024/ten-chuyen-muc.md',
    field: 'category',
    says: ['“chuyen-doi-so”'],
  },
  {
    name: 'a file name that is not a valid slug',
    files: { 'articles/2024/Tây-Ninh.md': articleText() },
    exit: 1,
    file: 'articles/2024/Tây-Ninh.md',
    says: ['Tên tệp', '“tay-ninh.md”'],
  },
  {
    name: 'the same slug in two folders',
    files: { 'articles/2024/trung-ten.md': articleText(), 'articles/2025/trung-ten.md': articleText() },
    exit: 1,
    file: 'articles/2025/trung-ten.md',
    says: ['Trùng tên tệp “trung-ten”', 'articles/2024/trung-ten.md'],
  },
  {
    name: 'an image file that does not exist (wrong case), suggesting the real one',
    files: {
      'articles/2024/anh-thieu.md': articleText({ image: '\n  src: ./images/nha-may.jpg\n  alt: "Nhà máy"' }),
      'articles/2024/images/Nha-May.jpg': TINY_PNG,
    },
    exit: 1,
    file: 'articles/2024/anh-thieu.md',
    line: 7,
    field: 'image.src',
    says: ['không tìm thấy tệp ảnh', './images/Nha-May.jpg'],
  },
  {
    name: 'an image without alt',
    files: {
      'articles/2024/anh-khong-alt.md': articleText({ image: '\n  src: ./images/nha-may.png\n  caption: "Chú thích"' }),
      'articles/2024/images/nha-may.png': TINY_PNG,
    },
    exit: 1,
    file: 'articles/2024/anh-khong-alt.md',
    field: 'image.alt',
    says: ['mô tả (alt)'],
  },
  {
    name: 'an image in the text that does not exist',
    files: { 'articles/2024/anh-trong-bai.md': articleText({}, 'Mở đầu.\n\n![Sơ đồ](./images/so-do.png)\n') },
    exit: 1,
    file: 'articles/2024/anh-trong-bai.md',
    line: 10,
    says: ['không tìm thấy tệp ảnh “./images/so-do.png”'],
  },
  {
    name: 'a file that is not an image',
    files: {
      'articles/2024/anh-hong.md': articleText({ image: '\n  src: ./images/hong.jpg\n  alt: "Ảnh"' }),
      'articles/2024/images/hong.jpg': '<html>not an image</html>',
    },
    exit: 1,
    file: 'articles/2024/anh-hong.md',
    field: 'image.src',
    says: ['không phải là tệp ảnh hợp lệ'],
  },
  {
    name: 'a misspelt field where the required one is then missing',
    files: { 'articles/2024/titel.md': articleText({ title: undefined, titel: '"Tiêu đề"' }) },
    exit: 1,
    file: 'articles/2024/titel.md',
    field: 'title',
    says: ['Thiếu trường bắt buộc “title”', 'titel'],
  },
  {
    name: 'an article file the build would not read (.MD)',
    files: { 'articles/2024/Bai-Viet.MD': articleText() },
    exit: 1,
    file: 'articles/2024/Bai-Viet.MD',
    says: ['sẽ không được đăng', 'bai-viet.md'],
  },
  {
    name: 'a file without frontmatter',
    files: { 'articles/2024/khong-frontmatter.md': 'Chỉ có nội dung, không có phần thông tin.\n' },
    exit: 1,
    file: 'articles/2024/khong-frontmatter.md',
    line: 1,
    says: ['frontmatter', '---'],
  },
  {
    name: 'frontmatter without its closing line',
    files: { 'articles/2024/thieu-dong-dong.md': '---\ntitle: "Tiêu đề"\n\nNội dung bài.\n' },
    exit: 1,
    file: 'articles/2024/thieu-dong-dong.md',
    says: ['Thiếu dòng --- đóng'],
  },
  {
    name: 'MDX that does not compile (an unclosed tag), with its line',
    files: {
      'articles/2024/mdx-hong.mdx': articleText({}, 'Mở đầu <b>chữ đậm chưa đóng.\n'),
      'articles/2024/mdx-tot.mdx': articleText({}, 'Câu có <b>chữ đậm</b> và {1 + 1}.\n'),
    },
    exit: 1,
    file: 'articles/2024/mdx-hong.mdx',
    line: 8,
    says: ['sai cú pháp MDX', 'thẻ <b> chưa được đóng', '</b>'],
  },
  {
    name: 'a published article that still has the template text',
    files: { 'articles/2024/con-cau-mau.md': articleText({ description: '"Viết một hoặc hai câu tóm tắt nội dung bài viết tại đây."' }) },
    exit: 1,
    file: 'articles/2024/con-cau-mau.md',
    field: 'description',
    says: ['câu mẫu'],
  },
  {
    name: 'a broken category file',
    files: { 'categories/chuyen-muc-moi.md': '---\ntitle: "Chuyên mục mới"\norder: đầu tiên\n---\n' },
    exit: 1,
    file: 'categories/chuyen-muc-moi.md',
    line: 3,
    field: 'order',
    says: ['số nguyên'],
  },
  {
    name: 'an unknown field (warning only), with "did you mean"',
    files: { 'articles/2024/truong-la.md': articleText({ auhtor: '"Nguyễn Văn An"' }) },
    exit: 0,
    file: 'articles/2024/truong-la.md',
    line: 6,
    field: 'auhtor',
    says: ['Cảnh báo', 'sẽ bị bỏ qua', 'Có phải ý bạn là “author”'],
  },
  {
    name: 'text that is not NFC (warning only)',
    files: { 'articles/2024/chu-to-hop.md': articleText({ title: '"Khởi nghiệp đổi mới"'.normalize('NFD') }) },
    exit: 0,
    file: 'articles/2024/chu-to-hop.md',
    line: 2,
    says: ['Cảnh báo', 'NFD', '--fix'],
  },
];

describe('npm run check:content catches and explains every mistake', { timeout: 30_000 }, () => {
  for (const testCase of cases) {
    it(testCase.name, () => {
      const root = writeContentDir(testCase.files);
      const result = check(root);
      const shownFile = path.join(root, testCase.file);
      expect(result.status, result.output).toBe(testCase.exit);
      const problem = result.output.split('\n\n').find((block) => block.includes(shownFile));
      expect(problem, result.output).toBeDefined();
      const text = problem ?? '';
      if (testCase.line !== undefined) expect(text).toContain(`${shownFile}:${testCase.line}`);
      if (testCase.field !== undefined) expect(text).toContain(`(trường ${testCase.field})`);
      for (const expected of testCase.says) expect(result.output).toContain(expected);
      expect(text).toMatch(testCase.exit === 1 ? /✗ Lỗi/ : /⚠ Cảnh báo/);
      expect(hasStackTrace(result.output)).toBe(false);
    });
  }

  it('accepts valid content and summarizes articles, drafts and scheduled times in Vietnam time', () => {
    const root = writeContentDir({
      'articles/2024/da-dang.md': articleText({ image: '\n  src: ./images/anh.png\n  alt: "Ảnh minh họa"' }),
      'articles/2024/images/anh.png': TINY_PNG,
      'articles/2026/ban-nhap.md': articleText({ draft: 'true' }),
      'articles/2027/hen-gio.md': articleText({ title: '"Bài hẹn giờ"', publishedAt: '2027-03-15 08:00' }),
    });
    const result = check(root);
    expect(result.status, result.output).toBe(0);
    expect(result.stdout).toContain('3 bài viết (1 đã đăng, 1 bản nháp, 1 hẹn giờ)');
    expect(result.stdout).toContain('Thứ Hai, 15/03/2027 | 08:00 (GMT+7)');
    expect(result.stdout).toContain('hen-gio.md “Bài hẹn giờ”');
    expect(result.stdout).toContain('✓ Không có lỗi.');
  });

  it('reports a missing content folder readably', () => {
    const result = check(path.join(writeContentDir(), 'khong-co'));
    expect(result.status).toBe(1);
    expect(result.output).toContain('Không tìm thấy thư mục nội dung');
    expect(hasStackTrace(result.output)).toBe(false);
  });

  it('runs the same way through npm run, on CONTENT_DIR', () => {
    const root = writeContentDir({ 'articles/2024/ngay-sai.md': articleText({ publishedAt: 'hôm nay' }) });
    const result = runNpm('check:content', [], { CONTENT_DIR: root, BUILD_TIME });
    expect(result.status).toBe(1);
    expect(result.output).toContain(`${path.join(root, 'articles/2024/ngay-sai.md')}:5 (trường publishedAt)`);
    expect(hasStackTrace(result.output)).toBe(false);
  });
});

describe('npm run check:content -- --fix', { timeout: 30_000 }, () => {
  it('rewrites non-NFC files in NFC, changes nothing else, and is idempotent', () => {
    const original = articleText({ title: '"Đồng Nai đẩy mạnh khởi nghiệp"', tags: '["Chuyển đổi số"]' }, 'Nội dung có dấu: ươ, ệ, ỗ.\r\nDòng thứ hai.\n').normalize('NFD');
    const root = writeContentDir({ 'articles/2024/nfd.md': original, 'articles/2024/nfc.md': articleText() });
    const file = path.join(root, 'articles/2024/nfd.md');
    const untouched = path.join(root, 'articles/2024/nfc.md');
    const untouchedBefore = fs.statSync(untouched).mtimeMs;

    const first = check(root, ['--fix']);
    expect(first.status, first.output).toBe(0);
    expect(first.output).toContain('✓ Đã sửa');
    expect(first.output).toContain(file);
    const fixed = fs.readFileSync(file, 'utf8');
    expect(fixed).toBe(original.normalize('NFC'));
    expect(fixed).not.toBe(original);
    expect(fs.statSync(untouched).mtimeMs).toBe(untouchedBefore);

    const second = check(root, ['--fix']);
    expect(second.status).toBe(0);
    expect(second.output).not.toContain('Đã sửa');
    expect(second.output).not.toContain('NFD');
    expect(fs.readFileSync(file, 'utf8')).toBe(fixed);

    const plain = check(root);
    expect(plain.output).toContain('✓ Không có lỗi.');
  });

  it('also works as npm run check:content --fix (without --)', () => {
    const root = writeContentDir({ 'articles/2024/nfd.md': articleText({ title: '"Khởi nghiệp"'.normalize('NFD') }) });
    const result = runNpm('check:content', ['--fix'], { CONTENT_DIR: root, BUILD_TIME }, { separator: false });
    expect(result.status, result.output).toBe(0);
    expect(result.output).toContain('✓ Đã sửa');
    expect(fs.readFileSync(path.join(root, 'articles/2024/nfd.md'), 'utf8')).toBe(articleText({ title: '"Khởi nghiệp"' }));
  });

  it('refuses unknown options in Vietnamese', () => {
    const result = check(writeContentDir(), ['--sua']);
    expect(result.status).toBe(2);
    expect(result.output).toContain('Không hiểu tham số: --sua');
  });
});
