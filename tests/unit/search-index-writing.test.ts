/**
 * The search integration's indexer may build the index early (during content loading), but must write
 * nothing into the site until the build proper has started, that is, until the content check has
 * passed; an index other records replace is dropped without waiting for that.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeSearchIndex } from '../../src/integrations/search-index.ts';
import { buildSearchRecord } from '../../src/lib/search-records.ts';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'search-index-writing-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const records = ['Đổi mới sáng tạo ở Đà Nẵng', 'Chuyển đổi số trong nông nghiệp'].map((title, position) =>
  buildSearchRecord({ url: `/tin-tuc/bai-${position}/`, title, lead: 'Mô tả ngắn.', body: 'Nội dung bài viết về khoa học.', category: 'Tin KHCN', tags: [], publishedAt: '2026-01-02T10:00:00+07:00', year: '2026' }),
);

describe('writing the search index', () => {
  it('waits for the build to start before writing, then writes the bundle', async () => {
    const bundleDir = path.join(root, 'pagefind');
    let allowWrite!: () => void;
    const mayWrite = new Promise<void>((resolve) => (allowWrite = resolve));
    const summary = writeSearchIndex(records, bundleDir, 'content-loaded', false, new AbortController().signal, mayWrite);
    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect(fs.existsSync(bundleDir)).toBe(false);
    allowWrite();
    const result = await summary;
    expect(result?.records).toBe(2);
    expect(fs.existsSync(path.join(bundleDir, 'pagefind-entry.json'))).toBe(true);
  }, 60_000);

  it('drops a superseded index at once, whether Pagefind is still working or waiting to write', async () => {
    const never = new Promise<void>(() => {});
    for (const delay of [0, 3000]) {
      const bundleDir = path.join(root, `superseded-${delay}`);
      const superseded = new AbortController();
      const summary = writeSearchIndex(records, bundleDir, 'content-loaded', false, superseded.signal, never);
      await new Promise((resolve) => setTimeout(resolve, delay));
      superseded.abort();
      // Settles although the build never starts, and has written nothing.
      expect(await summary).toBeUndefined();
      expect(fs.existsSync(bundleDir)).toBe(false);
    }
  }, 60_000);
});
