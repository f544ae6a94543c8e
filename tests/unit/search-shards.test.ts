import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSearchRecord, type SearchRecord } from '../../src/lib/search-records.ts';
import { recordsByShard, shardBundleFiles, shardDigest, shardIsCurrent, shardManifest, shardOf, SHARD_MANIFEST_FILE } from '../../src/lib/search-shards.ts';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'search-shards-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const record = (slug: string, year: string): SearchRecord =>
  buildSearchRecord({ url: `/tin-tuc/${slug}/`, title: `Bài ${slug}`, lead: 'Mô tả.', body: 'Nội dung.', category: 'Tin KHCN', tags: [], publishedAt: `${year}-03-01T08:00:00+07:00`, year });

const bytes = (text: string) => new TextEncoder().encode(text);

describe('the yearly search indexes', () => {
  it('places each record by its publication year, newest year first, keeping the records in order', () => {
    const records = [record('a', '2026'), record('b', '2024'), record('c', '2026'), record('d', '2025')];
    expect(shardOf(records[1]!)).toBe('2024');
    expect(recordsByShard(records).map(([shard, group]) => [shard, group.map((r) => r.url)])).toEqual([
      ['2026', ['/tin-tuc/a/', '/tin-tuc/c/']],
      ['2025', ['/tin-tuc/d/']],
      ['2024', ['/tin-tuc/b/']],
    ]);
    expect(() => shardOf({ ...records[0]!, filters: {} })).toThrow(/no year/);
  });

  it('identifies a year by its records, whatever the order of their keys, and by the indexer', () => {
    const records = [record('a', '2026'), record('c', '2026')];
    const reordered = records.map((r) => ({ sort: r.sort, filters: r.filters, meta: Object.fromEntries(Object.entries(r.meta).reverse()), language: r.language, content: r.content, url: r.url }));
    expect(shardDigest(reordered, 'pagefind 1.6.0')).toBe(shardDigest(records, 'pagefind 1.6.0'));
    expect(shardDigest(records, 'pagefind 1.7.0')).not.toBe(shardDigest(records, 'pagefind 1.6.0'));
    expect(shardDigest([records[0]!, { ...records[1]!, content: `${records[1]!.content} Câu mới.` }], 'pagefind 1.6.0')).not.toBe(shardDigest(records, 'pagefind 1.6.0'));
    expect(shardDigest([records[1]!, records[0]!], 'pagefind 1.6.0')).not.toBe(shardDigest(records, 'pagefind 1.6.0'));
  });

  it('keeps the index and Pagefind\'s API, not its ready-made interfaces', () => {
    const names = ['pagefind.js', 'pagefind-worker.js', 'wasm.unknown.pagefind', 'pagefind-entry.json', 'pagefind.vi_1.pf_meta', 'index/vi_1.pf_index', 'fragment/vi_1.pf_fragment', 'filter/vi_1.pf_filter',
      'pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css', 'pagefind-component-ui.js', 'pagefind-component-ui.css', 'pagefind-highlight.js'];
    expect(shardBundleFiles(names.map((name) => ({ path: name, content: bytes(name) }))).map((file) => file.path)).toEqual(names.slice(0, 8));
  });

  it('is current only with the same digest and every listed file present at its size', () => {
    const folder = path.join(root, '2026');
    const files = [{ path: 'pagefind-entry.json', content: bytes('{}') }, { path: 'fragment/vi_1.pf_fragment', content: bytes('abc') }];
    expect(shardIsCurrent(folder, 'd1')).toBe(false);
    fs.mkdirSync(path.join(folder, 'fragment'), { recursive: true });
    for (const file of files) fs.writeFileSync(path.join(folder, file.path), file.content);
    expect(shardIsCurrent(folder, 'd1')).toBe(false);
    fs.writeFileSync(path.join(folder, SHARD_MANIFEST_FILE), JSON.stringify(shardManifest('d1', files)));
    expect(shardIsCurrent(folder, 'd1')).toBe(true);
    expect(shardIsCurrent(folder, 'd2')).toBe(false);
    fs.writeFileSync(path.join(folder, 'fragment/vi_1.pf_fragment'), 'abcd');
    expect(shardIsCurrent(folder, 'd1')).toBe(false);
    fs.rmSync(path.join(folder, 'fragment/vi_1.pf_fragment'));
    expect(shardIsCurrent(folder, 'd1')).toBe(false);
    fs.writeFileSync(path.join(folder, SHARD_MANIFEST_FILE), 'not json');
    expect(shardIsCurrent(folder, 'd1')).toBe(false);
  });

  it('lists its files in path order, whatever order Pagefind gave them in', () => {
    const files = ['pagefind.js', 'fragment/b', 'fragment/a'].map((name) => ({ path: name, content: bytes(name) }));
    expect(shardManifest('d', files).files.map(([name]) => name)).toEqual(['fragment/a', 'fragment/b', 'pagefind.js']);
  });
});
