/**
 * `npm run new -- "Tiêu đề bài viết" --category <slug> [--author "…"] [--tags "a, b"] [--slug …]`:
 * creates content/articles/<year>/<slug>.md (or under CONTENT_DIR) as a draft and prints its path.
 * Never overwrites. The logic lives in src/lib/new-article.ts.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';

const USAGE = [
  'Cách dùng: npm run new -- "Tiêu đề bài viết" --category <chuyên-mục> [--author "Họ tên"] [--tags "từ khóa 1, từ khóa 2"] [--slug ten-tep]',
  'Ví dụ:     npm run new -- "Đồng Nai hỗ trợ doanh nghiệp đổi mới công nghệ" --category tin-khcn --author "Nguyễn Văn An"',
].join('\n');

function show(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative.split(path.sep).join('/') : file;
}

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: process.argv.slice(2),
      allowPositionals: true,
      strict: true,
      options: {
        category: { type: 'string', short: 'c' },
        author: { type: 'string', short: 'a' },
        tags: { type: 'string', short: 't' },
        slug: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    const detail = error instanceof Error ? (/'(--?[^']+)'/.exec(error.message)?.[1] ?? '') : '';
    console.error(`✗ Không hiểu tham số${detail ? ` “${detail}”` : ''}, hoặc tham số thiếu giá trị.\n${USAGE}`);
    return 2;
  }
  if (parsed.values.help) {
    console.log(USAGE);
    return 0;
  }
  // `npm run new "…" --category x` without the `--` makes npm keep the options for itself (it sets
  // npm_config_category=true and passes the values as words of the title): say so instead of guessing.
  const swallowed = ['category', 'author', 'tags', 'slug'].filter(
    (name) => process.env[`npm_config_${name}`] === 'true' && parsed.values[name as 'category'] === undefined,
  );
  if (swallowed.length) {
    console.error(`✗ Thiếu dấu -- ngay sau "npm run new", nên npm đã giữ lại ${swallowed.map((name) => `--${name}`).join(', ')}.\n${USAGE}`);
    return 2;
  }
  // Imported here so that even a broken module ends in the readable message below.
  const { createArticle } = await import('../src/lib/new-article.ts');
  const { contentDir } = await import('../src/lib/content-dir.ts');
  const result = createArticle({
    root: contentDir(),
    // Without quotes the shell splits the title into words: put them back together.
    title: parsed.positionals.join(' '),
    category: parsed.values.category,
    author: parsed.values.author,
    tags: parsed.values.tags,
    slug: parsed.values.slug,
    now: new Date(),
    displayPath: show,
  });
  if (!result.ok) {
    console.error(`✗ ${result.message}${result.hint ? `\n  → ${result.hint}` : ''}`);
    if (!parsed.positionals.length) console.error(USAGE);
    return 1;
  }
  console.log(show(result.file));
  console.log(
    [
      '',
      '✓ Đã tạo bài viết mới (bản nháp). Các bước tiếp theo:',
      '  1. Mở tệp trên, viết tóm tắt (description) và nội dung bài.',
      '  2. Xem thử: npm run dev, rồi mở http://localhost:4321',
      '  3. Khi bài sẵn sàng: đổi draft: true thành draft: false, chỉnh publishedAt nếu cần hẹn giờ.',
      '  4. Kiểm tra: npm run check:content',
    ].join('\n'),
  );
  return 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  const detail = error instanceof Error ? error.message : String(error);
  console.error(`✗ Không tạo được bài viết do lỗi ngoài dự kiến. Hãy gửi thông báo này cho kỹ thuật viên.\n  Chi tiết: ${detail}`);
  process.exitCode = 2;
}
