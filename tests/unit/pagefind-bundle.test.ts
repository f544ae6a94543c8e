/**
 * Pagefind writes a rebuilt index over the last one itself, keeping the content-hashed files it finds;
 * the files the new index does not name are removed, and a write that was cut short is redone in full.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as pagefind from 'pagefind';
import { filesBelow } from '../../src/lib/file-tree.ts';
import { decodeCbor, isHashedPagefindFile, pagefindHashedFiles, writePagefindBundle, WRITING_MARKER } from '../../src/lib/pagefind-bundle.ts';
import { buildSearchRecord, type SearchRecord } from '../../src/lib/search-records.ts';
import { decodePagefindFile } from '../support/pagefind.ts';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'pagefind-bundle-'));
afterAll(async () => {
  await pagefind.close();
  fs.rmSync(root, { recursive: true, force: true });
});

const record = (slug: string, body: string): SearchRecord =>
  buildSearchRecord({ url: `/tin-tuc/${slug}/`, title: `Bài ${slug}`, lead: 'Mô tả ngắn.', body, category: 'Tin KHCN', tags: ['Đo lường'], publishedAt: '2026-03-01T08:00:00+07:00', year: '2026' });

/** An index of these records: its files as Pagefind lists them, and a function writing it. */
async function indexOf(records: SearchRecord[]) {
  const { index } = await pagefind.createIndex({});
  for (const one of records) await index!.addCustomRecord(one);
  const { files } = await index!.getFiles();
  return {
    files: new Map(files.map((file) => [file.path, Buffer.from(file.content)])),
    write: (outputPath: string) => index!.writeFiles({ outputPath }),
  };
}

const onDisk = (dir: string) => new Map(filesBelow(dir).map((file) => [file, fs.readFileSync(path.join(dir, file))]));

describe('CBOR as Pagefind writes it', () => {
  it('reads numbers, strings, bytes, arrays, maps and simple values', () => {
    // ["ab", [1, 500, 70000], -3, h'0102', {1: true}, null, false]
    const bytes = Uint8Array.from([0x87, 0x62, 0x61, 0x62, 0x83, 0x01, 0x19, 0x01, 0xf4, 0x1a, 0x00, 0x01, 0x11, 0x70, 0x22, 0x42, 0x01, 0x02, 0xa1, 0x01, 0xf5, 0xf6, 0xf4]);
    expect(decodeCbor(bytes)).toEqual(['ab', [1, 500, 70000], -3, Uint8Array.from([1, 2]), new Map([[1, true]]), null, false]);
    // Lengths in 1, 2, 4 and 8 bytes, up to the buffer's last byte.
    expect(decodeCbor(Uint8Array.from([0x18, 0xff]))).toBe(255);
    expect(decodeCbor(Uint8Array.from([0x1b, 0, 0, 0, 1, 0, 0, 0, 0]))).toBe(2 ** 32);
    expect(decodeCbor(Uint8Array.from([0x78, 0x02, 0xc4, 0x91]))).toBe('đ');
    expect(() => decodeCbor(Uint8Array.from([0x9f]))).toThrow(/indefinite/);
  });
});

describe('writing a Pagefind bundle', () => {
  const dir = path.join(root, 'pagefind');

  it('writes every file Pagefind lists, and names the hashed ones from the bundle itself', async () => {
    const first = await indexOf([record('mot', 'Đoạn một về đo lường.'), record('hai', 'Đoạn hai về tiêu chuẩn.')]);
    const summary = await writePagefindBundle(first.write, dir);
    expect(onDisk(dir)).toEqual(first.files);
    expect(pagefindHashedFiles(dir)).toEqual(new Set([...first.files.keys()].filter(isHashedPagefindFile)));
    expect([...first.files.keys()].filter((file) => file.startsWith('fragment/'))).toHaveLength(2);
    expect(summary).toMatchObject({ files: first.files.size, written: first.files.size, removed: 0 });
    expect(fs.existsSync(path.join(dir, WRITING_MARKER))).toBe(false);
  });

  it('then writes only new files, keeps the others untouched and removes the ones no longer named', async () => {
    // The fragment of the article that stays as it was.
    const kept = filesBelow(dir).find((file) => file.startsWith('fragment/') && decodePagefindFile(path.join(dir, file)).includes('"/tin-tuc/mot/"'))!;
    expect(kept).toBeDefined();
    const keptTimes = new Map(filesBelow(dir).filter(isHashedPagefindFile).map((file) => [file, fs.statSync(path.join(dir, file)).mtimeMs]));
    await new Promise((resolve) => setTimeout(resolve, 20));
    const second = await indexOf([record('mot', 'Đoạn một về đo lường.'), record('hai', 'Đoạn hai, đã sửa.'), record('ba', 'Bài mới về đo lường.')]);
    const summary = await writePagefindBundle(second.write, dir);
    expect(onDisk(dir)).toEqual(second.files);
    const unchanged = [...keptTimes].filter(([file]) => second.files.has(file));
    expect(unchanged.map(([file]) => file)).toContain(kept);
    for (const [file, time] of unchanged) expect(fs.statSync(path.join(dir, file)).mtimeMs, file).toBe(time);
    const gone = [...keptTimes.keys()].filter((file) => !second.files.has(file));
    expect(gone.length).toBeGreaterThan(0);
    expect(summary.removed).toBe(gone.length);
    expect(summary.written).toBe(second.files.size - unchanged.length);
  });

  it('redoes every file after a write that was cut short', async () => {
    const third = await indexOf([record('mot', 'Đoạn một về đo lường.')]);
    const fragment = [...third.files.keys()].find((file) => file.startsWith('fragment/'))!;
    // As a stopped build leaves it: a file half written under its final name, and the marker.
    fs.mkdirSync(path.join(dir, 'fragment'), { recursive: true });
    fs.writeFileSync(path.join(dir, fragment), third.files.get(fragment)!.subarray(0, 10));
    fs.writeFileSync(path.join(dir, WRITING_MARKER), '');
    await writePagefindBundle(third.write, dir);
    expect(onDisk(dir)).toEqual(third.files);
  });
});
