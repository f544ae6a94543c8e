/**
 * The content contract: the one definition of what editors may write. Astro's collections
 * (src/content.config.ts) and the editor tooling (scripts/) both validate with these schemas.
 */
import { z } from 'astro/zod';
import { parseVietnamDateTime } from './dates.ts';
import { SLUG_PATTERN, cleanText } from './text.ts';

export const DATE_EXAMPLE = '2024-05-01T08:00:00+07:00';

// cleanText also drops control characters pasted from Word, which would make feeds invalid XML.
const text = z.string().transform(cleanText);
const requiredText = z
  .string({ error: 'Trường này là bắt buộc và phải là chữ' })
  .transform(cleanText)
  .refine((value) => value.length > 0, { message: 'Không được để trống' });

const slug = z
  .string({ error: 'Trường này là bắt buộc và phải là mã (slug) chữ thường' })
  .regex(SLUG_PATTERN, { message: 'Chỉ dùng chữ thường không dấu, số và dấu gạch ngang (ví dụ: chuyen-doi-so)' });

const dateTime = z
  .union([z.string(), z.date()], { error: `Phải là ngày giờ, ví dụ ${DATE_EXAMPLE}` })
  .transform((value, ctx) => {
    const parsed = parseVietnamDateTime(value);
    if (!parsed) {
      ctx.issues.push({
        code: 'custom',
        input: value,
        message: `“${String(value)}” không phải ngày giờ hợp lệ. Hãy viết theo dạng ${DATE_EXAMPLE}`,
      });
      return z.NEVER;
    }
    return parsed;
  });

const url = z.string().trim().refine((value) => /^(https?:\/\/|\/)/.test(value), {
  message: 'Phải là địa chỉ web bắt đầu bằng https:// (hoặc / cho tệp trên trang)',
});

/** Field names editors may use; anything else is reported as unknown. */
export const ARTICLE_FIELDS = [
  'title',
  'description',
  'category',
  'publishedAt',
  'updatedAt',
  'author',
  'tags',
  'image',
  'source',
  'documents',
  'draft',
  'featured',
] as const;
export const ARTICLE_IMAGE_FIELDS = ['src', 'alt', 'caption', 'credit'] as const;
export const CATEGORY_FIELDS = ['title', 'description', 'order'] as const;

// Field schemas are built once: Astro calls the collection's schema function for every entry (its
// image() helper is bound to the entry's file), and building a Zod schema costs more than using one.
const imageAlt = z
  .string({ error: 'Ảnh phải có mô tả (alt) cho người đọc không nhìn thấy ảnh' })
  .transform(cleanText)
  .refine((value) => value.length > 0, { message: 'Ảnh phải có mô tả (alt) cho người đọc không nhìn thấy ảnh' });
const booleanFlag = z.boolean({ error: 'Phải là true hoặc false' }).default(false);
const fieldsBeforeImage = {
  title: requiredText,
  description: requiredText,
  category: slug,
  publishedAt: dateTime,
  updatedAt: dateTime.optional(),
  author: text.optional(),
  tags: z.array(requiredText, { error: 'Phải là danh sách, ví dụ: [khởi nghiệp, chuyển đổi số]' }).default([]),
};
const fieldsAfterImage = {
  source: z.object({ name: requiredText, url: url.optional() }).optional(),
  documents: z.array(z.object({ title: requiredText, url })).default([]),
  draft: booleanFlag,
  featured: booleanFlag,
};

/**
 * Builds the article schema. `imageSource` is Astro's `image()` inside the build (it resolves the
 * path relative to the article and reads the image's size) and a plain string in editor tooling.
 */
export function createArticleSchema<ImageSource extends z.ZodType>(imageSource: ImageSource) {
  return z
    .object({
      ...fieldsBeforeImage,
      image: z.object({ src: imageSource, alt: imageAlt, caption: text.optional(), credit: text.optional() }).optional(),
      ...fieldsAfterImage,
    })
    .refine((article) => !article.updatedAt || article.updatedAt.getTime() >= article.publishedAt.getTime(), {
      path: ['updatedAt'],
      message: 'Ngày cập nhật (updatedAt) không được trước ngày đăng (publishedAt)',
    });
}

/** Article schema for tooling outside Astro: the image is the relative path the editor wrote. */
export const articleSchema = createArticleSchema(z.string().trim().min(1, 'Thiếu đường dẫn ảnh (src)'));
export type ArticleFrontmatter = z.output<typeof articleSchema>;

export const categorySchema = z.object({
  title: requiredText,
  description: text.default(''),
  order: z.number({ error: 'Phải là một số nguyên (thứ tự trong menu)' }).int().default(100),
});
export type CategoryFrontmatter = z.output<typeof categorySchema>;
