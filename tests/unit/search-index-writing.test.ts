/**
 * The search integration's indexer may start early (during content loading), but must write nothing
 * into the site until the content check has passed; an index other records replace is dropped
 * without waiting for that. When its worker computes the records itself, the records the build
 * amends take the place of the computed ones.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { writeSearchIndex } from '../../src/integrations/search-index.ts';
import type { Amendment } from '../../src/integrations/search-index-worker.ts';
import { DEFAULT_INDEX_POLICY, buildSearchRecord, searchRecordKeys, searchRecordsOf, type IndexedArticle } from '../../src/lib/search-records.ts';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'search-index-writing-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const records = ['Đổi mới sáng tạo ở Đà Nẵng', 'Chuyển đổi số trong nông nghiệp'].map((title, position) =>
  buildSearchRecord({ url: `/tin-tuc/bai-${position}/`, title, lead: 'Mô tả ngắn.', body: 'Nội dung bài viết về khoa học.', category: 'Tin KHCN', tags: [], publishedAt: '2026-01-02T10:00:00+07:00', year: '2026' }),
);

const articles: IndexedArticle[] = [
  { slug: 'do-luong-moi', title: 'Đo lường mới cho nhà máy', description: 'Mô tả một.', categoryTitle: 'Tin KHCN', tags: [{ name: 'Đo lường' }], publishedAt: new Date('2026-03-02T03:00:00Z'), body: { html: '<p>Đoạn mở đầu về đo lường.</p>' }, digest: 'a' },
  { slug: 'anh-ve-tinh', title: 'Ảnh vệ tinh cho nông nghiệp', description: 'Mô tả hai.', categoryTitle: 'Chuyển đổi số', tags: [], publishedAt: new Date('2026-02-01T03:00:00Z'), body: { html: '<p>Ảnh chụp từ vệ tinh.</p><ul><li>Mục một</li></ul>' }, digest: 'b', imageAlt: 'Ảnh vệ tinh' },
  { slug: 'tiet-kiem-dien', title: 'Tiết kiệm điện', description: 'Mô tả ba.', categoryTitle: 'Năng lượng', tags: [{ name: 'Điện' }], publishedAt: new Date('2025-12-01T03:00:00Z'), body: { text: 'Nội dung dạng chữ.' }, digest: 'c' },
];

/** Every file of a folder with its bytes. */
function folderContents(dir: string): Map<string, string> {
  const files = fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => fs.statSync(path.join(dir, file)).isFile());
  return new Map(files.sort().map((file) => [file, fs.readFileSync(path.join(dir, file)).toString('base64')]));
}

describe('writing the search index', () => {
  it('waits for the content check to pass before writing, then writes the bundle', async () => {
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

  it('computes the records in its worker and indexes the amended ones in their place', async () => {
    const policy = DEFAULT_INDEX_POLICY;
    const thumbnail = { src: '/_astro/anh-ve-tinh.webp', srcset: '/_astro/anh-ve-tinh-240.webp 240w, /_astro/anh-ve-tinh.webp 480w' };
    const thumbnailOf = (article: IndexedArticle) => (article.imageAlt === undefined ? undefined : thumbnail);
    const buildRecords = searchRecordsOf(articles, policy, thumbnailOf);
    let computedKeys: string[] = [];
    let finalRecords: Uint8Array | undefined;
    let amend!: (amendments: Amendment[]) => void;
    const amendments = new Promise<Amendment[]>((resolve) => (amend = resolve));
    const computedDir = path.join(root, 'computed');
    const summary = writeSearchIndex({ compute: { articles, policy, thumbnails: [] } }, computedDir, 'content-loaded', false, new AbortController().signal, Promise.resolve(), {
      onComputed: (keys) => (computedKeys = keys),
      onFinal: (serialized) => (finalRecords = serialized),
      amendments,
    });
    await vi.waitFor(() => expect(computedKeys).toHaveLength(articles.length), { timeout: 20_000 });
    // Computed without the thumbnail the build has yet to make: only that article's key differs.
    const buildKeys = searchRecordKeys(articles, policy, thumbnailOf);
    expect(computedKeys.map((key, position) => key === buildKeys[position])).toEqual([true, false, true]);
    amend([{ position: 1, record: buildRecords[1]! }]);
    expect((await summary)?.records).toBe(articles.length);
    expect(v8.deserialize(finalRecords!)).toEqual(buildRecords);

    // The same files as an index of the build's records from the start.
    const directDir = path.join(root, 'direct');
    await writeSearchIndex(buildRecords, directDir, 'rendering', false, new AbortController().signal, Promise.resolve());
    const computed = folderContents(computedDir);
    expect(computed.size).toBeGreaterThan(5);
    expect(computed).toEqual(folderContents(directDir));
  }, 60_000);

  it('drops a computed index that is superseded while it waits for its amendments', async () => {
    const bundleDir = path.join(root, 'computed-superseded');
    const superseded = new AbortController();
    let computed = false;
    const summary = writeSearchIndex({ compute: { articles, policy: DEFAULT_INDEX_POLICY, thumbnails: [] } }, bundleDir, 'content-loaded', false, superseded.signal, Promise.resolve(), {
      onComputed: () => (computed = true),
      amendments: new Promise(() => {}),
    });
    await vi.waitFor(() => expect(computed).toBe(true), { timeout: 20_000 });
    superseded.abort();
    expect(await summary).toBeUndefined();
    expect(fs.existsSync(bundleDir)).toBe(false);
  }, 60_000);
});
