/**
 * The editors' content check (`npm run check:content`, also part of `npm run build`).
 *
 * Reads every content file the way the build does (NFC, then `parseContentFile`) and validates it
 * with the schemas in schema.ts, the same ones Astro's collections use: no rule is written twice.
 * On top of the schema it checks what only the file system knows (file names, duplicate slugs,
 * categories that exist, images that exist) and warns about what the build would silently drop
 * (unknown fields, files it does not read). Every message is Vietnamese and names the file, the
 * line where YAML gives one, and the field.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'astro/zod';
import { libraryCodeVersion } from './code-version.ts';
import { ARTICLE_IMAGE_FIELDS, articleSchema, categorySchema } from './schema.ts';
import { parseContentFile } from './frontmatter.ts';
import { isValidSlug, slugify } from './text.ts';
import { slugFromPath } from './content-dir.ts';
import { publicationStatus } from './publishing.ts';
import { formatDateline } from './dates.ts';
import { IMAGE_EXTENSIONS, articlesBySlug, listContentFiles } from './content-files.ts';
import { closestMatch } from './suggest.ts';
import { findFrontmatterBlock, formatFieldPath, lineOfField, locateFrontmatterFields, type FieldPath } from './frontmatter-lines.ts';
import { BODY_PLACEHOLDER, DESCRIPTION_PLACEHOLDER, SLUG_MAX_LENGTH } from './new-article.ts';
import { findMdxSyntaxError } from './mdx-syntax.ts';
import { ARTICLE_FIELD_ALIASES, ARTICLE_FIELD_HINTS, CATEGORY_FIELD_HINTS, explainYamlError, isYamlError, vietnameseErrors } from './content-messages.ts';
import { fieldMayBeOmitted, findUnknownFields, isPlainObject, type UnknownField } from './schema-fields.ts';
import { REMOTE, bodyImages, looksLikeImage } from './content-images.ts';
import { readTextFile } from './file-tree.ts';
import { fileStamp, stampVouches, type RecordedStamp } from './file-stamps.ts';

export type Severity = 'error' | 'warning';

export interface ContentProblem {
  /** Absolute path of the file. */
  file: string;
  /** 1-based line in the file, when known. */
  line?: number | undefined;
  /** Field path as editors write it: `title`, `image.alt`, `documents[0].url`. */
  field?: string | undefined;
  severity: Severity;
  /** What is wrong, in Vietnamese. */
  message: string;
  /** How to fix it, in Vietnamese. */
  hint?: string | undefined;
  /** Set when `--fix` already repaired it. */
  fixed?: boolean | undefined;
}

export interface ScheduledArticle {
  file: string;
  slug: string;
  title: string;
  publishedAt: Date;
}

export interface ContentSummary {
  articles: number;
  published: number;
  drafts: number;
  scheduled: ScheduledArticle[];
  /** Articles that have at least one error. */
  invalid: number;
  categories: number;
}

export interface ContentCheckResult {
  root: string;
  problems: ContentProblem[];
  summary: ContentSummary;
  /** Files rewritten by `fix`. */
  fixedFiles: string[];
  errors: number;
  warnings: number;
}

export interface ContentCheckOptions {
  /** The instant that decides published vs scheduled (the build's BUILD_TIME or now). */
  now: Date;
  /** Rewrite files that are not NFC (nothing else is changed). */
  fix?: boolean | undefined;
  /**
   * Where the findings on each article file are kept for the next run: a file whose bytes, and
   * everything else its findings depend on (categories, images, this code), are unchanged is not
   * checked again. Not used with `fix`.
   */
  cacheFile?: string | undefined;
}

/** What the check found in one article file, kept between runs (ContentCheckOptions.cacheFile). */
interface CachedArticleCheck {
  /** sha1 of the file's bytes. */
  hash: string;
  /** The file's stamp, taken before it was read (file-stamps.ts): when it still vouches, the file is not read. */
  stamp?: RecordedStamp;
  problems: ContentProblem[];
  /** For a valid article, what the summary needs (its status is worked out again: time passes). */
  article?: { draft: boolean; publishedAt: string; title: string };
}

interface ArticleCheckCache {
  /** The categories, the image files and the code the findings were made with. */
  context: string;
  articles: Record<string, CachedArticleCheck>;
}

function readArticleCheckCache(file: string, context: string): ArticleCheckCache['articles'] {
  try {
    const cache = JSON.parse(readTextFile(file)) as ArticleCheckCache;
    return cache.context === context ? cache.articles : {};
  } catch {
    return {};
  }
}

function writeArticleCheckCache(file: string, cache: ArticleCheckCache): void {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, JSON.stringify(cache));
  } catch {
    // Only a later run's speed depends on it.
  }
}

// ---------------------------------------------------------------------------------------------
// Helpers.

function valueAt(data: unknown, fieldPath: FieldPath): unknown {
  let current: unknown = data;
  for (const part of fieldPath) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[part];
  }
  return current;
}

function pathKeyOf(fieldPath: FieldPath): string {
  return fieldPath.map(String).join('.');
}

function hintKey(fieldPath: FieldPath): string {
  return fieldPath.filter((part) => typeof part !== 'number').map(String).join('.');
}

/** 1-based line of the first line that is not NFC, or undefined when the text is NFC. */
export function firstNonNfcLine(text: string): number | undefined {
  if (text === text.normalize('NFC')) return undefined;
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    if (line !== line.normalize('NFC')) return index + 1;
  }
  return 1;
}

/** The first frontmatter line with an unclosed quote or bracket, for YAML errors reported at the end. */
function findUnclosedLine(text: string, startLine: number, endLine: number): number | undefined {
  const lines = text.split('\n');
  for (let index = startLine; index < endLine - 1; index += 1) {
    const line = (lines[index] ?? '').replace(/\\"/g, '');
    if (/^\s*#/.test(line)) continue;
    const count = (pattern: RegExp) => (line.match(pattern) ?? []).length;
    if (count(/"/g) % 2 === 1 || count(/\[/g) > count(/\]/g) || count(/\{/g) > count(/\}/g)) return index + 1;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// The check.

class Checker {
  readonly problems: ContentProblem[] = [];
  readonly fixedFiles: string[] = [];
  private readonly dirListings = new Map<string, Set<string> | null>();

  private readonly fix: boolean;

  constructor(fix: boolean) {
    this.fix = fix;
  }

  report(problem: ContentProblem): void {
    this.problems.push(problem);
  }

  /** Names in a folder (cached); null when the folder does not exist. */
  listing(dir: string): Set<string> | null {
    let names = this.dirListings.get(dir);
    if (names === undefined) {
      try {
        names = new Set(fs.readdirSync(dir));
      } catch {
        names = null;
      }
      this.dirListings.set(dir, names);
    }
    return names;
  }

  /** Exact, case-sensitive existence, as on the Linux build server (macOS would forgive `Anh.JPG`). */
  fileExists(target: string): boolean {
    const names = this.listing(path.dirname(target));
    return names !== null && names.has(path.basename(target));
  }

  /** Reads a file, reports and optionally fixes text that is not NFC, and returns the NFC text. */
  readNormalized(file: string, raw: string = readTextFile(file)): string | undefined {
    // Invalid UTF-8 decodes to U+FFFD; UTF-16 ("Unicode" in old Windows editors) is full of NUL characters.
    const broken = raw.search(/[\uFFFD\u0000]/);
    if (broken >= 0) {
      this.report({
        file,
        line: raw.slice(0, broken).split('\n').length,
        severity: 'error',
        message: 'Tệp không được lưu bằng bảng mã UTF-8 nên chữ tiếng Việt sẽ hiện sai trên trang.',
        hint: 'Mở tệp bằng trình soạn thảo (ví dụ Visual Studio Code), chọn lưu lại với bảng mã UTF-8 (Save with Encoding → UTF-8), rồi kiểm tra lại chữ có dấu.',
      });
      return undefined;
    }
    const line = firstNonNfcLine(raw);
    if (line === undefined) return raw;
    const normalized = raw.normalize('NFC');
    if (this.fix) {
      fs.writeFileSync(file, normalized, 'utf8');
      this.fixedFiles.push(file);
    }
    this.report({
      file,
      line,
      severity: 'warning',
      fixed: this.fix,
      message: this.fix
        ? 'Đã chuyển chữ tiếng Việt trong tệp sang dạng Unicode dựng sẵn (NFC); nội dung không đổi.'
        : 'Tệp có chữ tiếng Việt gõ ở dạng Unicode tổ hợp (NFD, thường do dán từ máy Mac hoặc bộ gõ cũ). Chữ nhìn giống nhau nhưng tìm kiếm và sắp xếp sẽ sai.',
      hint: this.fix ? undefined : 'Chạy: npm run check:content -- --fix (chỉ đổi cách mã hóa chữ, không đổi nội dung).',
    });
    return normalized;
  }
}

interface ParsedFile {
  data: Record<string, unknown>;
  body: string;
  bodyStartLine: number;
  fieldLines: () => Map<string, number>;
}

/** Checks the fences and YAML of a file; reports and returns undefined when it cannot be read. */
function parseFile(checker: Checker, file: string, text: string): ParsedFile | undefined {
  const block = findFrontmatterBlock(text);
  if (!block) {
    const startsLate = /^\s*---\s*$/m.test(text.split('\n').slice(0, 5).join('\n'));
    checker.report({
      file,
      line: 1,
      severity: 'error',
      message: 'Tệp không bắt đầu bằng phần thông tin đầu bài (frontmatter) nằm giữa hai dòng ---.',
      hint: startsLate
        ? 'Xóa các dòng trống hoặc dấu cách phía trước dòng --- đầu tiên: dòng 1 của tệp phải là ---.'
        : 'Dòng 1 của tệp phải là ---, tiếp theo là các trường (title, description, …), rồi một dòng --- nữa trước nội dung. Có thể tạo bài mẫu bằng: npm run new -- "Tiêu đề" --category tin-khcn',
    });
    return undefined;
  }
  if (block.endLine === undefined) {
    checker.report({
      file,
      line: 1,
      severity: 'error',
      message: 'Thiếu dòng --- đóng phần thông tin đầu bài.',
      hint: 'Thêm một dòng chỉ có --- sau trường cuối cùng, trước nội dung bài viết.',
    });
    return undefined;
  }
  let parsed: ReturnType<typeof parseContentFile>;
  try {
    parsed = parseContentFile(text);
  } catch (error) {
    if (!isYamlError(error)) throw error;
    // gray-matter hands js-yaml the text after the opening `---`, starting with its line break.
    let line = error.mark?.line !== undefined ? Math.min(error.mark.line + block.startLine, block.endLine) : undefined;
    // "End of stream" errors point at the closing fence; the unclosed quote or bracket is earlier.
    if (line === block.endLine) line = findUnclosedLine(text, block.startLine, block.endLine) ?? line;
    const { message, hint } = explainYamlError(error.reason ?? error.name);
    const written = line !== undefined ? text.split('\n')[line - 1]?.trim() : undefined;
    checker.report({
      file,
      line,
      severity: 'error',
      message: written ? `${message} Dòng ${line}: ${written}` : message,
      hint,
    });
    return undefined;
  }
  const keys = Object.keys(parsed.data);
  if (keys.length > 0 && keys.every((key) => /^\d+$/.test(key))) {
    checker.report({
      file,
      line: block.startLine + 1,
      severity: 'error',
      message: 'Phần thông tin đầu bài phải là các dòng dạng tên-trường: giá trị, không phải một danh sách hay một câu.',
      hint: 'Ví dụ:\ntitle: "Tiêu đề bài viết"\ndescription: "Tóm tắt"',
    });
    return undefined;
  }
  let lines: Map<string, number> | undefined;
  return {
    ...parsed,
    fieldLines: () => (lines ??= locateFrontmatterFields(text)),
  };
}

function reportUnknownFields(
  checker: Checker,
  file: string,
  parsed: ParsedFile,
  schema: z.core.$ZodType,
  kind: 'article' | 'category',
): UnknownField[] {
  const unknown = findUnknownFields(parsed.data, schema);
  for (const field of unknown) {
    const name = String(field.path[field.path.length - 1]);
    const alias = kind === 'article' && field.path.length === 1 ? ARTICLE_FIELD_ALIASES[slugify(name)] : undefined;
    const closest = alias ?? closestMatch(name, field.known);
    const belongsToImage = kind === 'article' && field.path.length === 1 && (ARTICLE_IMAGE_FIELDS as readonly string[]).includes(name);
    let hint: string;
    if (closest) hint = `Có phải ý bạn là “${closest}”? Hãy sửa tên trường cho đúng.`;
    else if (belongsToImage) hint = `“${name}” là trường con của image: hãy viết nó ngay dưới dòng image:, thụt vào 2 dấu cách.`;
    else hint = `Các trường hợp lệ ở đây: ${field.known.join(', ')}. Xem docs/huong-dan-bien-tap.md.`;
    checker.report({
      file,
      line: lineOfField(parsed.fieldLines(), field.path),
      field: formatFieldPath(field.path),
      severity: 'warning',
      message: `Trường “${formatFieldPath(field.path)}” không có trong mẫu ${kind === 'article' ? 'bài viết' : 'chuyên mục'} nên sẽ bị bỏ qua, không hiện trên trang.`,
      hint,
    });
  }
  return unknown;
}

function reportSchemaIssues(
  checker: Checker,
  file: string,
  parsed: ParsedFile,
  schema: z.core.$ZodType,
  issues: readonly z.core.$ZodIssue[],
  hints: Record<string, string>,
  unknown: UnknownField[],
  extraHint: (fieldPath: FieldPath) => string | undefined,
): void {
  const seen = new Set<string>();
  for (const issue of issues) {
    const fieldPath = issue.path;
    const field = formatFieldPath(fieldPath);
    const key = `${field}\u0000${issue.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const value = valueAt(parsed.data, fieldPath);
    const hintParts: string[] = [];
    let message: string;
    if (value === undefined && fieldPath.length > 0 && (issue.code === 'invalid_type' || issue.code === 'invalid_union')) {
      // The schema's own wording of a missing field ("Trường này là bắt buộc…") adds nothing here.
      message = /bắt buộc/.test(issue.message) ? `Thiếu trường bắt buộc “${field}”.` : `Thiếu trường bắt buộc “${field}”. ${issue.message}.`;
      const name = String(fieldPath[fieldPath.length - 1]);
      const parent = pathKeyOf(fieldPath.slice(0, -1));
      const misplaced = unknown.find((candidate) => String(candidate.path[candidate.path.length - 1]) === name);
      const typo = unknown.find(
        (candidate) =>
          pathKeyOf(candidate.path.slice(0, -1)) === parent &&
          closestMatch(String(candidate.path[candidate.path.length - 1]), [name]) !== undefined,
      );
      if (misplaced && pathKeyOf(misplaced.path.slice(0, -1)) !== parent) {
        const line = lineOfField(parsed.fieldLines(), misplaced.path);
        hintParts.push(
          `Trường “${name}”${line !== undefined ? ` ở dòng ${line}` : ''} đang nằm sai chỗ: nó phải được viết dưới dòng ${formatFieldPath(fieldPath.slice(0, -1))}:, thụt vào 2 dấu cách.`,
        );
      } else if (typo) {
        hintParts.push(`Có thể bạn đã viết nhầm thành “${formatFieldPath(typo.path)}”.`);
      }
    } else if (value === null && fieldPath.length > 0) {
      message = `Trường “${field}” đang để trống. ${issue.message}.`;
      hintParts.push(
        fieldMayBeOmitted(schema, fieldPath)
          ? 'Điền giá trị, hoặc xóa cả dòng (hay thêm dấu # ở đầu dòng) nếu không dùng trường này.'
          : 'Điền giá trị cho trường này ngay sau dấu hai chấm.',
      );
    } else {
      message = fieldPath.length > 0 ? `Trường “${field}”: ${issue.message}.` : `${issue.message}.`;
    }
    const extra = extraHint(fieldPath);
    if (extra) hintParts.push(extra);
    const general = hints[hintKey(fieldPath)];
    if (general) hintParts.push(general);
    checker.report({
      file,
      line: lineOfField(parsed.fieldLines(), fieldPath),
      field: field || undefined,
      severity: 'error',
      message: message.replace(/\.\.$/, '.'),
      hint: hintParts.join('\n') || undefined,
    });
  }
}

function reportBadFileName(checker: Checker, file: string, fallbackTitle: unknown): void {
  const slug = slugFromPath(file);
  if (isValidSlug(slug)) return;
  const extension = path.extname(file);
  const suggestion = slugify(slug, SLUG_MAX_LENGTH) || (typeof fallbackTitle === 'string' ? slugify(fallbackTitle, SLUG_MAX_LENGTH) : '');
  checker.report({
    file,
    severity: 'error',
    message: `Tên tệp “${path.basename(file).normalize('NFC')}” không hợp lệ: tên tệp là địa chỉ của trang nên chỉ được dùng chữ thường không dấu, số và dấu gạch ngang.`,
    hint: suggestion ? `Đổi tên tệp thành “${suggestion}${extension}”.` : 'Đổi tên tệp, ví dụ “ten-bai-viet.md”.',
  });
}

interface ImageReference {
  src: string;
  line: number | undefined;
  field: string | undefined;
}

function checkImage(checker: Checker, file: string, image: ImageReference, context: 'frontmatter' | 'body', root: string): void {
  const { src, line, field } = image;
  const where = context === 'body' ? 'Ảnh trong bài' : 'Ảnh';
  if (REMOTE.test(src)) {
    if (context === 'body') return;
    checker.report({
      file,
      line,
      field,
      severity: 'error',
      message: `${where} “${src}” là địa chỉ web; ảnh đại diện phải là tệp ảnh nằm cạnh bài viết.`,
      hint: 'Tải ảnh về, đặt vào thư mục images cạnh tệp bài viết, rồi viết src: ./images/ten-anh.jpg',
    });
    return;
  }
  if (src.startsWith('/')) {
    if (context === 'body') return;
    checker.report({
      file,
      line,
      field,
      severity: 'error',
      message: `Đường dẫn ảnh “${src}” phải tính từ thư mục chứa bài viết, không bắt đầu bằng dấu /.`,
      hint: `Ví dụ: src: ./images/${path.basename(src)}`,
    });
    return;
  }
  let relative = src;
  try {
    relative = decodeURI(src);
  } catch {
    // Keep the text as written.
  }
  relative = relative.split(/[?#]/)[0] ?? relative;
  const target = path.resolve(path.dirname(file), relative);
  const extension = path.extname(target).toLowerCase();
  if (!IMAGE_EXTENSIONS.includes(extension)) {
    checker.report({
      file,
      line,
      field,
      severity: 'error',
      message: `${where} “${src}” không phải định dạng ảnh được hỗ trợ.`,
      hint: 'Dùng ảnh .jpg, .png hoặc .webp (ảnh .heic của iPhone cần chuyển sang .jpg trước).',
    });
    return;
  }
  if (!checker.fileExists(target)) {
    const names = checker.listing(path.dirname(target));
    const closest = names ? closestMatch(path.basename(target), [...names], { maxDistance: 3 }) : undefined;
    const shown = path.relative(root, target).startsWith('..') ? target : path.relative(path.dirname(file), target);
    let hint: string;
    if (closest && closest.normalize('NFC') === path.basename(target).normalize('NFC')) {
      hint = `Tên tệp ảnh có dấu tiếng Việt ở dạng Unicode khác. Hãy đổi tên tệp ảnh sang chữ không dấu, ví dụ “${slugify(path.basename(target, extension)) || 'anh'}${extension}”, rồi sửa lại đường dẫn.`;
    } else if (closest) {
      const suggested = path.relative(path.dirname(file), path.join(path.dirname(target), closest)).split(path.sep).join('/');
      hint = `Có phải ý bạn là “./${suggested}”? Tên tệp phân biệt chữ hoa và chữ thường.`;
    } else if (names === null) {
      hint = `Không có thư mục “${path.relative(path.dirname(file), path.dirname(target)) || '.'}” cạnh bài viết. Hãy đặt ảnh vào thư mục images cạnh tệp bài viết và viết ./images/ten-anh.jpg`;
    } else {
      hint = 'Kiểm tra tên tệp ảnh (phân biệt chữ hoa, chữ thường) và đặt ảnh vào thư mục images cạnh tệp bài viết.';
    }
    checker.report({ file, line, field, severity: 'error', message: `${where}: không tìm thấy tệp ảnh “${src}” (tìm tại ${shown}).`, hint });
    return;
  }
  if (!looksLikeImage(target, extension)) {
    checker.report({
      file,
      line,
      field,
      severity: 'error',
      message: `${where} “${src}” không phải là tệp ảnh hợp lệ (tệp hỏng, hoặc đuôi tệp không khớp với loại ảnh).`,
      hint: 'Mở ảnh bằng trình xem ảnh để kiểm tra, rồi lưu lại (Save As) đúng định dạng .jpg hoặc .png.',
    });
  }
}

function checkArticle(
  checker: Checker,
  file: string,
  raw: string,
  categories: readonly string[],
  root: string,
): { draft?: boolean; title?: string; publishedAt?: Date } {
  const text = checker.readNormalized(file, raw);
  const parsed = text === undefined ? undefined : parseFile(checker, file, text);
  reportBadFileName(checker, file, parsed?.data.title);
  if (!parsed) return {};
  const { data } = parsed;

  const unknown = reportUnknownFields(checker, file, parsed, articleSchema, 'article');
  const categoryHint = (written: unknown): string => {
    const closest = typeof written === 'string' ? closestMatch(slugify(written) || written, categories) : undefined;
    return `${closest ? `Có phải ý bạn là “${closest}”? ` : ''}Các chuyên mục hợp lệ: ${categories.join(', ') || '(chưa có chuyên mục nào)'}.`;
  };
  const result = articleSchema.safeParse(data, { error: vietnameseErrors });
  if (!result.success) {
    reportSchemaIssues(checker, file, parsed, articleSchema, result.error.issues, ARTICLE_FIELD_HINTS, unknown, (fieldPath) =>
      hintKey(fieldPath) === 'category' ? categoryHint(data.category) : undefined,
    );
  }

  // Facts only the file system knows; checked even when other fields are wrong, so all problems show at once.
  const category = data.category;
  if (typeof category === 'string' && isValidSlug(category.trim()) && !categories.includes(category.trim())) {
    checker.report({
      file,
      line: lineOfField(parsed.fieldLines(), ['category']),
      field: 'category',
      severity: 'error',
      message: `Chuyên mục “${category.trim()}” không tồn tại.`,
      hint: categoryHint(category.trim()),
    });
  }
  const image = data.image;
  if (isPlainObject(image) && typeof image.src === 'string' && image.src.trim()) {
    checkImage(
      checker,
      file,
      { src: image.src.trim(), line: lineOfField(parsed.fieldLines(), ['image', 'src']), field: 'image.src' },
      'frontmatter',
      root,
    );
  }
  for (const picture of bodyImages(parsed.body, parsed.bodyStartLine)) {
    checkImage(checker, file, { src: picture.src, line: picture.line, field: undefined }, 'body', root);
    if (!picture.alt) {
      checker.report({
        file,
        line: picture.line,
        severity: 'error',
        message: `Ảnh trong bài “${picture.src}” chưa có mô tả (alt) cho người đọc không nhìn thấy ảnh.`,
        hint: `Viết mô tả trong ngoặc vuông: ![Mô tả ngắn nội dung ảnh](${picture.src})`,
      });
    }
  }

  if (path.extname(file) === '.mdx') {
    const mdxError = findMdxSyntaxError(parsed.body);
    if (mdxError) {
      checker.report({
        file,
        line: parsed.bodyStartLine + mdxError.line - 1,
        severity: 'error',
        message: `${mdxError.message.replace(/\.$/, '')} (cột ${mdxError.column}).`,
        hint: mdxError.hint,
      });
    }
  }

  if (!result.success) return {};
  const article = result.data;
  if (!article.draft) {
    const placeholders: Array<[boolean, string, number | undefined]> = [
      [article.description === DESCRIPTION_PLACEHOLDER, 'description', lineOfField(parsed.fieldLines(), ['description'])],
      [parsed.body.includes(BODY_PLACEHOLDER), '', undefined],
    ];
    for (const [present, field, line] of placeholders) {
      if (!present) continue;
      checker.report({
        file,
        line: line ?? parsed.bodyStartLine + Math.max(0, parsed.body.split('\n').findIndex((row) => row.includes(BODY_PLACEHOLDER))),
        field: field || undefined,
        severity: 'error',
        message: field
          ? 'Phần tóm tắt (description) vẫn là câu mẫu do lệnh npm run new tạo ra.'
          : 'Nội dung bài vẫn còn câu mẫu do lệnh npm run new tạo ra.',
        hint: 'Thay câu mẫu bằng nội dung thật, hoặc để draft: true nếu bài chưa xong.',
      });
    }
  }
  return { draft: article.draft, title: article.title, publishedAt: article.publishedAt };
}

function checkCategory(checker: Checker, file: string): void {
  const text = checker.readNormalized(file);
  const parsed = text === undefined ? undefined : parseFile(checker, file, text);
  reportBadFileName(checker, file, parsed?.data.title);
  if (!parsed) return;
  const unknown = reportUnknownFields(checker, file, parsed, categorySchema, 'category');
  const result = categorySchema.safeParse(parsed.data, { error: vietnameseErrors });
  if (!result.success) {
    reportSchemaIssues(checker, file, parsed, categorySchema, result.error.issues, CATEGORY_FIELD_HINTS, unknown, () => undefined);
  }
}

/** Runs every check on a content folder. Only `fix` writes to disk. */
export function checkContent(root: string, options: ContentCheckOptions): ContentCheckResult {
  const checker = new Checker(options.fix ?? false);
  const summary: ContentSummary = { articles: 0, published: 0, drafts: 0, scheduled: [], invalid: 0, categories: 0 };
  const finish = (): ContentCheckResult => {
    const problems = checker.problems.sort(
      (a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || (a.line ?? 0) - (b.line ?? 0),
    );
    return {
      root,
      problems,
      summary,
      fixedFiles: checker.fixedFiles,
      errors: problems.filter((problem) => problem.severity === 'error').length,
      warnings: problems.filter((problem) => problem.severity === 'warning' && !problem.fixed).length,
    };
  };

  if (!fs.existsSync(root) || !fs.statSync(root).isDirectory()) {
    checker.report({
      file: root,
      severity: 'error',
      message: 'Không tìm thấy thư mục nội dung.',
      hint: 'Chạy lệnh trong thư mục dự án, hoặc kiểm tra biến môi trường CONTENT_DIR.',
    });
    return finish();
  }
  const files = listContentFiles(root);
  for (const [dir, label] of [
    [files.articlesDir, 'bài viết (articles)'],
    [files.categoriesDir, 'chuyên mục (categories)'],
  ] as const) {
    if (!fs.existsSync(dir)) {
      checker.report({ file: dir, severity: 'error', message: `Không tìm thấy thư mục ${label}.`, hint: `Tạo thư mục ${dir} hoặc kiểm tra CONTENT_DIR.` });
    }
  }

  // Categories first: articles are checked against them (a broken category file is reported on its
  // own, not again in every article that uses it).
  for (const file of files.categories) checkCategory(checker, file);
  summary.categories = files.categories.length;
  const allCategories = files.categories.map((file) => slugFromPath(file)).filter(isValidSlug);

  for (const [slug, clash] of articlesBySlug(files.articles)) {
    if (clash.length < 2) continue;
    for (const file of clash) {
      const others = clash.filter((other) => other !== file).map((other) => displayPath(other, root));
      checker.report({
        file,
        severity: 'error',
        message: `Trùng tên tệp “${slug}” với ${others.join(', ')}: tên tệp là địa chỉ của bài viết nên hai bài không được trùng tên, dù nằm ở thư mục khác nhau.`,
        hint: 'Đổi tên một trong các tệp (ví dụ thêm năm hoặc địa danh vào tên tệp).',
      });
    }
  }
  const duplicated = new Set([...articlesBySlug(files.articles).values()].filter((clash) => clash.length > 1).flat());

  // An article's findings depend on its bytes, the categories, the image files it may point to and this code.
  const useCache = options.cacheFile !== undefined && !options.fix;
  const imageStamps = useCache
    ? files.images.map((image) => {
        const { mtimeMs, size } = fs.statSync(image);
        return [image, mtimeMs, size];
      })
    : [];
  const context = useCache ? JSON.stringify([libraryCodeVersion(), allCategories, imageStamps]) : '';
  const cached = useCache ? readArticleCheckCache(options.cacheFile!, context) : {};
  const nextCache: ArticleCheckCache = { context, articles: {} };

  for (const file of files.articles) {
    const before = checker.problems.length;
    let found = cached[file];
    const takenAt = Date.now();
    const stamp = useCache ? fileStamp(file) : undefined;
    if (found && stampVouches(found.stamp, stamp)) {
      checker.problems.push(...found.problems);
    } else {
      const bytes = fs.readFileSync(file);
      const hash = useCache ? createHash('sha1').update(bytes).digest('base64url') : '';
      if (found?.hash === hash) {
        checker.problems.push(...found.problems);
      } else {
        const outcome = checkArticle(checker, file, bytes.toString('utf8'), allCategories, root);
        const article = outcome.draft === undefined ? undefined : { draft: outcome.draft, publishedAt: outcome.publishedAt!.toISOString(), title: outcome.title ?? '' };
        found = { hash, problems: checker.problems.slice(before), ...(article && { article }) };
      }
      found = { ...found, ...(stamp !== undefined && { stamp: { stamp, takenAt } }) };
    }
    nextCache.articles[file] = found;
    summary.articles += 1;
    const failed = duplicated.has(file) || checker.problems.slice(before).some((problem) => problem.severity === 'error');
    const outcome = found.article && { ...found.article, publishedAt: new Date(found.article.publishedAt) };
    const status = outcome && publicationStatus(outcome, options.now);
    if (failed || !outcome || !status) {
      summary.invalid += 1;
      continue;
    }
    if (status === 'published') summary.published += 1;
    else if (status === 'draft') summary.drafts += 1;
    else summary.scheduled.push({ file, slug: slugFromPath(file), title: outcome.title ?? '', publishedAt: outcome.publishedAt ?? options.now });
  }
  summary.scheduled.sort((a, b) => a.publishedAt.getTime() - b.publishedAt.getTime());
  if (useCache) writeArticleCheckCache(options.cacheFile!, nextCache);

  for (const stray of files.stray) {
    const name = path.basename(stray.file);
    const extension = path.extname(name);
    const inCategories = path.dirname(stray.file) === files.categoriesDir;
    if (stray.kind === 'lookalike') {
      const stem = slugify(name.slice(0, name.length - extension.length), SLUG_MAX_LENGTH) || 'ten-tep';
      const wanted = extension.toLowerCase() === '.mdx' && !inCategories ? '.mdx' : '.md';
      checker.report({
        file: stray.file,
        severity: 'error',
        message: `Tệp “${name}” sẽ không được đăng: ${inCategories ? 'chuyên mục' : 'bài viết'} phải là tệp văn bản Markdown có đuôi ${wanted} viết thường.`,
        hint: `Chuyển nội dung sang tệp “${stem}${wanted}” (đổi tên tệp, hoặc sao chép nội dung vào tệp mới tạo bằng npm run new).`,
      });
    } else {
      checker.report({
        file: stray.file,
        severity: 'warning',
        message: `Tệp “${name}” không phải bài viết hay ảnh nên không được dùng trên trang.`,
        hint: 'Xóa tệp nếu không cần. Tài liệu đính kèm (PDF, Word) cần được đưa lên trang riêng và dẫn liên kết trong trường documents.',
      });
    }
  }
  for (const folder of files.strayFolders) {
    checker.report({
      file: folder,
      severity: 'warning',
      message: 'Thư mục chuyên mục không được có thư mục con; các tệp trong đó không được đọc.',
      hint: 'Đặt các tệp chuyên mục trực tiếp trong thư mục categories.',
    });
  }

  return finish();
}

// ---------------------------------------------------------------------------------------------
// Report.

export interface ReportOptions {
  /** Paths are shown relative to this folder when they are inside it. */
  cwd: string;
}

function displayPath(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative.split(path.sep).join('/') : file;
}

function indent(text: string, prefix: string): string {
  return text
    .split('\n')
    .map((line) => prefix + line)
    .join('\n');
}

/** The readable report printed by `npm run check:content` and at the start of `npm run build`. */
export function formatCheckReport(result: ContentCheckResult, options: ReportOptions): string {
  const out: string[] = [];
  out.push(`Kiểm tra nội dung trong ${displayPath(result.root, options.cwd)}/`);
  for (const problem of result.problems) {
    const label = problem.fixed ? '✓ Đã sửa' : problem.severity === 'error' ? '✗ Lỗi' : '⚠ Cảnh báo';
    const where = `${displayPath(problem.file, options.cwd)}${problem.line !== undefined ? `:${problem.line}` : ''}`;
    const field = problem.field ? ` (trường ${problem.field})` : '';
    out.push('');
    out.push(`${label}: ${where}${field}`);
    out.push(indent(problem.message, '  '));
    if (problem.hint) {
      const [first, ...rest] = problem.hint.split('\n');
      out.push(`  → Cách sửa: ${first ?? ''}`);
      if (rest.length) out.push(indent(rest.join('\n'), '      '));
    }
  }
  const { summary } = result;
  out.push('');
  const parts = [`${summary.published} đã đăng`, `${summary.drafts} bản nháp`, `${summary.scheduled.length} hẹn giờ`];
  if (summary.invalid) parts.push(`${summary.invalid} có lỗi`);
  out.push(`Tổng cộng: ${summary.articles} bài viết (${parts.join(', ')}), ${summary.categories} chuyên mục.`);
  if (summary.scheduled.length) {
    out.push('Bài hẹn giờ đăng (sẽ tự lên trang ở lần build đầu tiên sau giờ hẹn):');
    for (const item of summary.scheduled) {
      out.push(`  • ${formatDateline(item.publishedAt)}: ${displayPath(item.file, options.cwd)} “${item.title}”`);
    }
  }
  if (result.fixedFiles.length) out.push(`Đã sửa ${result.fixedFiles.length} tệp (chuyển sang Unicode dựng sẵn NFC).`);
  if (result.errors > 0) {
    out.push(
      `✗ Có ${result.errors} lỗi${result.warnings ? ` và ${result.warnings} cảnh báo` : ''}. Trang sẽ không được build cho đến khi sửa hết lỗi. Sửa xong, chạy lại: npm run check:content`,
    );
  } else if (result.warnings > 0) {
    out.push(`✓ Không có lỗi, nhưng có ${result.warnings} cảnh báo: nên sửa để nội dung hiện đúng trên trang.`);
  } else {
    out.push('✓ Không có lỗi.');
  }
  return out.join('\n');
}
