import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { measureOutput } from '../../scripts/bench/output.ts';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-output-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

function site(name: string, files: Record<string, string>): string {
  const dir = path.join(root, name);
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

describe('what a build wrote', () => {
  it('counts pages, feeds and one Pagefind index', () => {
    const stats = measureOutput(site('one', { 'index.html': 'ab', 'rss.xml': 'c', 'pagefind/pagefind-entry.json': '{}', 'pagefind/fragment/a': 'xyz' }));
    expect(stats).toMatchObject({ files: 4, bytes: 8, html: 1, xml: 1, searchIndexDir: 'pagefind', searchIndexFiles: 2, searchIndexBytes: 5 });
  });

  it('has no search index without Pagefind', () => {
    expect(measureOutput(site('none', { 'index.html': 'ab' }))).toMatchObject({ searchIndexDir: undefined, searchIndexFiles: 0 });
  });
});
