import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { syncFolder } from '../../src/lib/folder-sync.ts';
import { filesBelow } from '../../src/lib/file-tree.ts';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'folder-sync-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const bytes = (text: string) => new TextEncoder().encode(text);

describe('folder sync', () => {
  it('writes every file into an empty folder', async () => {
    const summary = await syncFolder(path.join(root, 'index'), [
      { path: 'pagefind.js', content: bytes('js') },
      { path: 'fragment/a.pf_fragment', content: bytes('một') },
      { path: 'fragment/b.pf_fragment', content: bytes('hai') },
    ]);
    expect(summary).toEqual({ files: 3, bytes: 2 + 4 + 4, written: 3, removed: 0 });
    expect(fs.readFileSync(path.join(root, 'index/fragment/a.pf_fragment'), 'utf8')).toBe('một');
  });

  it('then rewrites only what changed, same size or not, and removes what is gone', async () => {
    const unchanged = path.join(root, 'index/pagefind.js');
    const before = fs.statSync(unchanged).mtimeMs;
    await new Promise((resolve) => setTimeout(resolve, 20));
    const summary = await syncFolder(path.join(root, 'index'), [
      { path: 'pagefind.js', content: bytes('js') },
      // Same length, other bytes: a name or size alone must not count as "unchanged".
      { path: 'fragment/a.pf_fragment', content: bytes('mot!') },
      { path: 'fragment/c.pf_fragment', content: bytes('ba') },
    ]);
    expect(summary).toMatchObject({ files: 3, written: 2, removed: 1 });
    expect(fs.statSync(unchanged).mtimeMs).toBe(before);
    expect(filesBelow(path.join(root, 'index')).sort()).toEqual(['fragment/a.pf_fragment', 'fragment/c.pf_fragment', 'pagefind.js']);
    expect(fs.readFileSync(path.join(root, 'index/fragment/a.pf_fragment'), 'utf8')).toBe('mot!');
  });
});
