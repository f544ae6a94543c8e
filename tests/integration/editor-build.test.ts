/**
 * `npm run build` runs the content check first: a broken article stops the build with the same
 * readable Vietnamese message as `npm run check:content`, no stack trace, and no site is written
 * (so a site with the article quietly missing can never be deployed).
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite } from '../support/build.ts';
import { outRoot } from '../support/paths.ts';
import { TINY_PNG, articleText, hasStackTrace, removeContentDirs, writeContentDir } from '../support/editor-fixtures.ts';

afterAll(removeContentDirs);

function brokenBuild(files: Record<string, string | Buffer>, name: string) {
  const contentDir = writeContentDir({ 'articles/2024/bai-tot.md': articleText(), ...files });
  const outDir = path.join(outRoot, `editor-build-${name}`);
  fs.rmSync(outDir, { recursive: true, force: true });
  const result = buildSite({ contentDir, outDir, env: { BUILD_TIME: '2026-11-20T10:00:00+07:00' } });
  return { ...result, contentDir, outDir };
}

describe('npm run build stops on a broken article', () => {
  it('with the readable message naming file, line and field', () => {
    const result = brokenBuild({ 'articles/2024/ngay-hong.md': articleText({ publishedAt: '2024-05-32' }) }, 'date');
    expect(result.status).not.toBe(0);
    expect(result.output).toContain(`${path.join(result.contentDir, 'articles/2024/ngay-hong.md')}:5 (trường publishedAt)`);
    expect(result.output).toContain('không phải ngày giờ hợp lệ');
    expect(result.output).toContain('Trang sẽ không được build');
    expect(hasStackTrace(result.output)).toBe(false);
    expect(fs.existsSync(path.join(result.outDir, 'index.html'))).toBe(false);
    // Nor the search index, which may be ready before the check has finished.
    expect(fs.existsSync(path.join(result.outDir, 'pagefind'))).toBe(false);
  });

  it('for a missing image and an unknown category alike', () => {
    const result = brokenBuild(
      {
        'articles/2024/anh-thieu.md': articleText({ image: '\n  src: ./images/khong-co.png\n  alt: "Ảnh"' }),
        'articles/2024/images/co-that.png': TINY_PNG,
        'articles/2024/chuyen-muc-la.md': articleText({ category: 'khong-ton-tai' }),
      },
      'image',
    );
    expect(result.status).not.toBe(0);
    expect(result.output).toContain('anh-thieu.md:7 (trường image.src)');
    expect(result.output).toContain('chuyen-muc-la.md:4 (trường category)');
    expect(hasStackTrace(result.output)).toBe(false);
    expect(fs.existsSync(path.join(result.outDir, 'index.html'))).toBe(false);
  });
});
