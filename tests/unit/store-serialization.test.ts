/**
 * The content store's file: the whole store in V8's format, read back exactly as it was written, or
 * handed to Astro's serializer when it holds a value that format is not for; and the changes beside
 * it (store-delta.ts) in devalue's format, which must be what Astro's serializer writes. Compared
 * with the installed Astro's own serializer, so an Astro that changes its format or writer fails here.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import { afterAll, describe, expect, it } from 'vitest';
import { astroStoreWriter } from '../../src/integrations/content-store-write.ts';
import {
  UnsupportedStoreValue,
  devalueStringify,
  readBinaryStore,
  sortedCollections,
  storeFileBytes,
  utf8Bytes,
  writeFileIfChanged,
  type StoreCollections,
} from '../../src/lib/store-serialization.ts';

const { FileWriter, serializeDataStore } = (await astroStoreWriter()) ?? {};
const astroSerialize = serializeDataStore!;
const noFallback = () => {
  throw new Error('fell back to Astro’s serializer');
};

/** A store as content loading leaves it: collections and entries in no particular order. */
function store(): StoreCollections {
  const shared = { headings: [{ depth: 2, slug: 'ket-qua', text: 'Kết quả' }], imagePaths: [] };
  const html = `<h2 id="ket-qua">Kết quả</h2>\n<p>Đoạn "trích dẫn" \\ đường dẫn <a href="/tin-tuc/a/">liên kết</a>\t tab\u2028dòng\u2029đoạn \u0001 ký tự điều khiển 😀</p>`.repeat(20);
  const article = (id: string, extra: Record<string, unknown> = {}) => ({
    id,
    data: { title: `Bài ${id}`, publishedAt: new Date('2024-05-22T02:15:00Z'), tags: ['Đà Nẵng', 'đo lường'], draft: false, order: 3, ratio: 1.5, image: undefined, ...extra },
    filePath: `articles/2024/${id}.md`,
    digest: `d-${id}`,
    rendered: { html, metadata: shared },
  });
  return new Map([
    ['articles', new Map<string, unknown>([['zeta', article('zeta')], ['alpha', article('alpha', { source: { name: 'Báo', url: null } })], ['mdx', article('mdx', { bodyText: 'chữ' })]])],
    ['categories', new Map<string, unknown>([['tin-khcn', { id: 'tin-khcn', data: { title: 'Tin KHCN', description: '' } }]])],
  ]);
}

describe('content store serialization', () => {
  it('finds Astro’s store writer where it replaces the file writer’s method', () => {
    expect(typeof FileWriter?.prototype.write).toBe('function');
    expect(typeof serializeDataStore).toBe('function');
  });

  it('writes the same bytes as Astro’s serializer, collections and entries sorted as Astro sorts them', () => {
    const collections = store();
    const ours = devalueStringify(sortedCollections(collections));
    expect(ours).toBe(astroSerialize(collections));
    expect(ours.indexOf('"alpha"')).toBeLessThan(ours.indexOf('"zeta"'));
  });

  it('writes every value devalue writes the way devalue does', () => {
    const shared = { x: 1 };
    const values = {
      text: 'a<b\u2028c\u2029"\\\n\r\t\b\f\u0001\u007f é 😀 <<',
      numbers: [0, -0, NaN, Infinity, -Infinity, 1e21, 1.5, -3, 3],
      nothing: [undefined, null, true, false, true, null],
      dates: [new Date('2024-01-02T03:04:05Z'), new Date('not a date')],
      map: new Map<unknown, unknown>([['k', 1], [2, 'v'], ['k2', new Map()]]),
      nested: [[1, 'a'], { a: 'a', 'khoá có dấu': 'giá trị', 'not-an-identifier': 2 }],
      empty: [{}, []],
      first: shared,
      again: shared,
    };
    const collections: StoreCollections = new Map([['values', new Map([['all', values]])]]);
    expect(devalueStringify(sortedCollections(collections))).toBe(astroSerialize(collections));
  });

  it('leaves to Astro’s serializer what it does not handle', () => {
    class Image {
      src = 'a.png';
    }
    const unusual: unknown[] = [new Set([1]), new Image(), [1, , 3], 'lone \ud800 surrogate', 10n, Object.create(null), { [Symbol('s')]: 1 }];
    for (const [position, value] of unusual.entries()) {
      expect(() => devalueStringify(value), `value ${position}`).toThrow(UnsupportedStoreValue);
      const collections: StoreCollections = new Map([['values', new Map([['odd', { value }]])]]);
      // V8's format keeps a lone surrogate as it is (the round trip below).
      if (typeof value !== 'string') expect(storeFileBytes(collections, () => 'astro').toString()).toBe('astro');
    }
  });

  it('writes the store in V8’s format and reads back the same values, sorted as Astro sorts them', () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'store-binary-'));
    afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));
    const file = path.join(folder, 'data-store.json');
    const collections = store();
    collections.get('articles')!.set('values', { numbers: [0, -0, NaN, Infinity, 1e21], nothing: [undefined, null], lone: 'lẻ \ud800 giữa', date: new Date('not a date'), map: new Map([[2, 'v']]) });
    writeFileIfChanged(file, storeFileBytes(collections, noFallback));
    const read = readBinaryStore(file)!;
    expect(read).toEqual(collections);
    expect([...read.keys()]).toEqual(['articles', 'categories']);
    expect([...read.get('articles')!.keys()]).toEqual(['alpha', 'mdx', 'values', 'zeta']);
    const values = read.get('articles')!.get('values') as { numbers: number[]; nothing: unknown[] };
    expect(Object.is(values.numbers[1], -0)).toBe(true);
    expect(values.nothing).toHaveLength(2);
    // Objects shared in the store are shared again.
    const alpha = read.get('articles')!.get('alpha') as { rendered: { metadata: unknown } };
    expect(alpha.rendered.metadata).toBe((read.get('articles')!.get('zeta') as typeof alpha).rendered.metadata);
    expect(writeFileIfChanged(file, storeFileBytes(collections, noFallback))).toBe(false);
  });

  it('reads no other file as a store in V8’s format', () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'store-binary-'));
    afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));
    const file = path.join(folder, 'data-store.json');
    const bytes = storeFileBytes(store(), noFallback);
    const header = bytes.subarray(0, bytes.indexOf('\n') + 1).toString();
    expect(header).toBe(`khcn-content-store 1 v8 ${process.versions.v8}\n`);
    const cases: [string, Buffer | string][] = [
      ['Astro’s format', astroSerialize(store())],
      ['another V8', Buffer.concat([Buffer.from(header.replace(process.versions.v8, '0.0.0')), bytes.subarray(header.length)])],
      ['cut short', bytes.subarray(0, bytes.length - 100)],
      ['header only', bytes.subarray(0, header.length)],
      ['not a store', Buffer.concat([Buffer.from(header), v8.serialize(['a'])])],
      ['empty', ''],
    ];
    for (const [name, content] of cases) {
      fs.writeFileSync(file, content);
      expect(readBinaryStore(file), name).toBeUndefined();
    }
    expect(readBinaryStore(path.join(folder, 'missing.json'))).toBeUndefined();
  });

  it('writes the file only when its bytes change, through a temporary file', () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'store-write-'));
    afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));
    const file = path.join(folder, 'cache', 'data-store.json');
    expect(writeFileIfChanged(file, '["Bài viết"]')).toBe(true);
    const first = fs.statSync(file);
    expect(writeFileIfChanged(file, '["Bài viết"]')).toBe(false);
    expect(fs.statSync(file).ino).toBe(first.ino);
    // The same size in bytes, other text.
    expect(Buffer.byteLength('["Bài việt"]')).toBe(Buffer.byteLength('["Bài viết"]'));
    expect(writeFileIfChanged(file, '["Bài việt"]')).toBe(true);
    expect(fs.readFileSync(file, 'utf8')).toBe('["Bài việt"]');
    expect(writeFileIfChanged(file, '["Bài"]')).toBe(true);
    expect(fs.readdirSync(path.dirname(file))).toEqual(['data-store.json']);
  });

  it('encodes text as UTF-8 exactly as Buffer.from does', () => {
    const texts = ['', 'a', 'Đổi mới sáng tạo', 'Tiếng Việt NFD: Tiếng', '😀 ngoài BMP', 'lẻ \uD800 giữa', 'cuối \uDC00', '<p>&amp;</p>'.repeat(5000), 'ư'.repeat(70_000)];
    for (const text of texts) expect(utf8Bytes(text).equals(Buffer.from(text)), JSON.stringify(text.slice(0, 20))).toBe(true);
  });
});
