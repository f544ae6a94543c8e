/**
 * `npm run check:content [-- --fix]`: checks every file in content/ (or CONTENT_DIR) against the
 * content contract and prints a Vietnamese report; exit code 1 when there are errors. Also
 * part of `npm run build` (scripts/build.ts). The logic lives in src/lib/content-check.ts.
 */
import path from 'node:path';

const USAGE = [
  'Cách dùng: npm run check:content            kiểm tra nội dung',
  '           npm run check:content -- --fix   kiểm tra và tự chuyển chữ sang Unicode dựng sẵn (NFC)',
].join('\n');

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  const unknown = args.filter((arg) => arg !== '--fix');
  if (unknown.length) {
    console.error(`Không hiểu tham số: ${unknown.join(' ')}\n${USAGE}`);
    return 2;
  }
  // Imported here so that even a broken module ends in the readable message below.
  const { checkContent, formatCheckReport } = await import('../src/lib/content-check.ts');
  const { astroCacheDir, contentDir } = await import('../src/lib/content-dir.ts');
  const { buildTime } = await import('../src/lib/publishing.ts');
  let now: Date;
  try {
    now = buildTime();
  } catch {
    console.error(`✗ Biến môi trường BUILD_TIME không phải ngày giờ hợp lệ: “${process.env.BUILD_TIME}”. Hãy viết dạng 2024-05-01T08:00:00+07:00 hoặc bỏ biến này.`);
    return 2;
  }
  // `npm run check:content --fix` (without `--`) reaches us as npm_config_fix=true: honour it.
  const fix = args.includes('--fix') || process.env.npm_config_fix === 'true';
  // Findings on unchanged files are kept with the build's cache: a rebuild checks only what changed.
  const cacheFile = path.join(astroCacheDir(), 'khcn-content-check.json');
  const result = checkContent(contentDir(), { now, fix, cacheFile });
  const report = formatCheckReport(result, { cwd: process.cwd() });
  if (result.errors > 0) console.error(report);
  else console.log(report);
  return result.errors > 0 ? 1 : 0;
}

try {
  process.exitCode = await main();
} catch (error) {
  // Never show an editor a raw stack trace; keep the technical detail on one line for developers.
  const detail = error instanceof Error ? error.message : String(error);
  console.error(`✗ Không kiểm tra được nội dung do lỗi ngoài dự kiến. Hãy gửi thông báo này cho kỹ thuật viên.\n  Chi tiết: ${detail}`);
  process.exitCode = 2;
}
