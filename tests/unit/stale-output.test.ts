import { describe, expect, it } from 'vitest';
import { staleOutputFiles } from '../../src/lib/stale-output.ts';

describe('staleOutputFiles', () => {
  it('lists route outputs this build did not write, and nothing else', () => {
    const existing = [
      'index.html',
      'tin-tuc/con-lai/index.html',
      'tin-tuc/da-xoa/index.html',
      'chuyen-muc/x/trang/9/index.html',
      'rss.xml',
      'chuyen-muc/cu/rss.xml',
      '_astro/anh.abc.webp',
      'pagefind/pagefind.js',
      'sitemap-index.xml',
      'sitemap-0.xml',
      'favicon.svg',
      'logo.png',
      'robots.txt',
    ];
    const written = new Set(['index.html', 'tin-tuc/con-lai/index.html', 'rss.xml', 'robots.txt']);
    expect(staleOutputFiles(existing, written, new Set(['favicon.svg', 'logo.png']))).toEqual([
      'chuyen-muc/cu/rss.xml',
      'chuyen-muc/x/trang/9/index.html',
      'tin-tuc/da-xoa/index.html',
    ]);
  });
  it('keeps a public file even when it looks like a route output', () => {
    expect(staleOutputFiles(['google123.html'], new Set(), new Set(['google123.html']))).toEqual([]);
  });
});

describe('filesBelow', () => {
  it('lists nested files with forward slashes, and nothing for a missing folder', async () => {
    const fs = await import('node:fs');
    const os = await import('node:os');
    const path = await import('node:path');
    const { filesBelow } = await import('../../src/lib/file-tree.ts');
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'file-tree-'));
    fs.mkdirSync(path.join(root, 'a', 'b'), { recursive: true });
    fs.writeFileSync(path.join(root, 'a', 'b', 'c.html'), '');
    fs.writeFileSync(path.join(root, 'top.xml'), '');
    expect(filesBelow(root).sort()).toEqual(['a/b/c.html', 'top.xml']);
    expect(filesBelow(path.join(root, 'missing'))).toEqual([]);
    fs.rmSync(root, { recursive: true });
  });
});

describe('localPathOf', () => {
  it('gives the path of a path or a file URL, and nothing for other values', async () => {
    const { localPathOf } = await import('../../src/lib/file-tree.ts');
    expect(localPathOf('/tmp/dist/index.html')).toBe('/tmp/dist/index.html');
    expect(localPathOf(new URL('file:///tmp/dist/tin-tuc/b%C3%A0i/index.html'))).toBe('/tmp/dist/tin-tuc/bài/index.html');
    expect(localPathOf(new URL('https://khcn.example.gov.vn/'))).toBeUndefined();
    expect(localPathOf(Buffer.from('/tmp/x'))).toBeUndefined();
  });
});
