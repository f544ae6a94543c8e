/**
 * `npm run new`: builds a new article file from a title. The file is a draft with every field of
 * the content contract shown (optional ones commented out), and it passes `npm run check:content`
 * as written. Placeholder text is exported so the check can refuse to publish it unchanged.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DATE_EXAMPLE } from './schema.ts';
import { isValidSlug, slugify } from './text.ts';
import { toVietnamISOString, vietnamYear } from './dates.ts';
import { articlesBySlug, listContentFiles } from './content-files.ts';
import { closestMatch } from './suggest.ts';

/** Slugs are cut at a word boundary to stay at most this long. */
export const SLUG_MAX_LENGTH = 80;
export const DESCRIPTION_PLACEHOLDER = 'Viết một hoặc hai câu tóm tắt nội dung bài viết tại đây.';
export const BODY_PLACEHOLDER = 'Viết nội dung bài viết ở đây.';

export function articleSlugFromTitle(title: string): string {
  return slugify(title, SLUG_MAX_LENGTH);
}

/** "Khởi nghiệp, chuyển đổi số,, khởi nghiệp" → ["Khởi nghiệp", "chuyển đổi số"] (NFC, trimmed, no empties or repeats in any case). */
export function parseTagList(text: string | undefined): string[] {
  if (!text) return [];
  const tags: string[] = [];
  const seen = new Set<string>();
  for (const raw of text.normalize('NFC').split(/[,;\n]/)) {
    const tag = raw.replace(/\s+/g, ' ').trim();
    const key = tag.toLocaleLowerCase('vi');
    if (tag && !seen.has(key)) {
      seen.add(key);
      tags.push(tag);
    }
  }
  return tags;
}

/** A YAML double-quoted scalar (JSON strings are valid YAML and keep Vietnamese letters as they are). */
function quoted(text: string): string {
  return JSON.stringify(text);
}

/** Publication time rounded down to the minute, written in Vietnam time with its offset. */
export function publicationTimestamp(now: Date): string {
  return toVietnamISOString(new Date(Math.floor(now.getTime() / 60_000) * 60_000));
}

export interface NewArticleFields {
  title: string;
  category: string;
  author?: string | undefined;
  tags?: readonly string[] | undefined;
  now: Date;
  /** Valid category slugs, listed in a comment next to `category`. */
  categories?: readonly string[] | undefined;
}

/** The text of a new article file. */
export function renderNewArticle(fields: NewArticleFields): string {
  const title = fields.title.normalize('NFC').replace(/\s+/g, ' ').trim();
  const author = fields.author?.normalize('NFC').replace(/\s+/g, ' ').trim();
  const tags = (fields.tags ?? []).map((tag) => tag.normalize('NFC'));
  const categories = fields.categories?.length ? `: ${fields.categories.join(', ')}` : '';
  const lines = [
    '---',
    '# Tiêu đề bài viết (bắt buộc).',
    `title: ${quoted(title)}`,
    '# Tóm tắt (sapo) một hoặc hai câu, hiện dưới tiêu đề và trong danh sách tin (bắt buộc).',
    `description: ${quoted(DESCRIPTION_PLACEHOLDER)}`,
    `# Chuyên mục (bắt buộc)${categories}.`,
    `category: ${fields.category}`,
    `# Thời điểm đăng, giờ Việt Nam, dạng ${DATE_EXAMPLE}. Đặt vào tương lai để hẹn giờ đăng.`,
    `publishedAt: ${publicationTimestamp(fields.now)}`,
    '# Bản nháp: đổi thành false khi bài đã sẵn sàng đăng.',
    'draft: true',
    '# Tác giả.',
    author ? `author: ${quoted(author)}` : '# author: "Họ và tên tác giả"',
    '# Từ khóa, cách nhau bằng dấu phẩy.',
    tags.length ? `tags: [${tags.map(quoted).join(', ')}]` : '# tags: ["khởi nghiệp", "chuyển đổi số"]',
    '# Thời điểm cập nhật, chỉ khi bài được sửa sau khi đăng; không được trước publishedAt.',
    `# updatedAt: ${DATE_EXAMPLE}`,
    '# Ảnh đại diện: đặt tệp ảnh vào thư mục images cạnh tệp bài viết này.',
    '# image:',
    '#   src: ./images/ten-anh.jpg',
    '#   alt: "Mô tả ngắn nội dung ảnh cho người không nhìn thấy ảnh (bắt buộc khi có ảnh)"',
    '#   caption: "Chú thích hiện dưới ảnh"',
    '#   credit: "Tên người chụp hoặc nguồn ảnh"',
    '# Nguồn tin, khi bài lấy từ nơi khác.',
    '# source:',
    '#   name: "Tên cơ quan hoặc tờ báo"',
    '#   url: https://example.gov.vn/bai-goc',
    '# Tài liệu kèm theo (văn bản, tệp PDF).',
    '# documents:',
    '#   - title: "Tên tài liệu (PDF)"',
    '#     url: https://example.gov.vn/tai-lieu.pdf',
    '# Tin nổi bật trên trang chủ.',
    '# featured: true',
    '---',
    '',
    BODY_PLACEHOLDER,
    '',
  ];
  return lines.join('\n');
}

export interface CreateArticleOptions {
  /** The content folder (content/ or CONTENT_DIR). */
  root: string;
  title: string;
  category: string | undefined;
  author?: string | undefined;
  /** Comma-separated, as typed on the command line. */
  tags?: string | undefined;
  /** Overrides the slug made from the title. */
  slug?: string | undefined;
  now: Date;
  /** How a path is shown in messages (e.g. relative to the working folder). */
  displayPath?: ((file: string) => string) | undefined;
}

export type CreateArticleResult =
  | { ok: true; file: string; slug: string; text: string }
  | { ok: false; message: string; hint?: string };

/** Validates the request and writes the file; never overwrites an existing file or reuses a slug. */
export function createArticle(options: CreateArticleOptions): CreateArticleResult {
  const show = options.displayPath ?? ((file: string) => file);
  const title = options.title.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (!title) {
    return {
      ok: false,
      message: 'Chưa có tiêu đề bài viết.',
      hint: 'Ví dụ: npm run new -- "Tiêu đề bài viết" --category tin-khcn',
    };
  }

  const files = listContentFiles(options.root);
  const categories = files.categories.map((file) => path.basename(file, path.extname(file)));
  if (categories.length === 0) {
    return {
      ok: false,
      message: `Không tìm thấy chuyên mục nào trong ${show(files.categoriesDir)}.`,
      hint: 'Kiểm tra lại thư mục nội dung (CONTENT_DIR) hoặc nhờ kỹ thuật viên tạo chuyên mục.',
    };
  }
  const category = options.category?.normalize('NFC').trim();
  if (!category || !categories.includes(category)) {
    const closest = category ? closestMatch(category, categories) : undefined;
    return {
      ok: false,
      message: category ? `Chuyên mục “${category}” không tồn tại.` : 'Chưa chọn chuyên mục (--category).',
      hint: `${closest ? `Có phải ý bạn là “${closest}”? ` : ''}Các chuyên mục hợp lệ: ${categories.join(', ')}.`,
    };
  }

  const slug = options.slug?.trim() || articleSlugFromTitle(title);
  if (!isValidSlug(slug)) {
    const suggestion = slugify(slug, SLUG_MAX_LENGTH);
    return {
      ok: false,
      message: options.slug
        ? `Tên tệp “${slug}” không hợp lệ: chỉ dùng chữ thường không dấu, số và dấu gạch ngang.`
        : 'Không tạo được tên tệp từ tiêu đề này (tiêu đề cần có chữ hoặc số).',
      hint: suggestion ? `Hãy dùng --slug ${suggestion}` : 'Hãy đặt tên tệp bằng --slug, ví dụ --slug tin-moi',
    };
  }

  const existing = articlesBySlug(files.articles).get(slug);
  if (existing?.length) {
    return {
      ok: false,
      message: `Đã có bài viết dùng tên tệp “${slug}”: ${existing.map(show).join(', ')}. Lệnh không ghi đè bài đã có.`,
      hint: 'Hãy mở tệp đó để sửa, hoặc đặt tên khác cho bài mới bằng --slug ten-khac (hoặc đổi tiêu đề).',
    };
  }

  const text = renderNewArticle({
    title,
    category,
    author: options.author,
    tags: parseTagList(options.tags),
    now: options.now,
    categories,
  });
  const folder = path.join(files.articlesDir, String(vietnamYear(options.now)));
  const file = path.join(folder, `${slug}.md`);
  fs.mkdirSync(folder, { recursive: true });
  try {
    // 'wx' fails if the file appeared in the meantime: never overwrite.
    fs.writeFileSync(file, text, { encoding: 'utf8', flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      return { ok: false, message: `Tệp ${show(file)} đã có. Lệnh không ghi đè bài đã có.`, hint: 'Hãy đặt tên khác bằng --slug ten-khac.' };
    }
    throw error;
  }
  return { ok: true, file, slug, text };
}
