/**
 * The content store's serializer must write exactly what Astro's writes (devalue's format), or hand
 * the store to Astro's when it meets a value it does not handle. Compared with the installed Astro's
 * own serializer, so an Astro that changes its format or writer fails here.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { astroStoreWriter } from '../../src/integrations/content-store-write.ts';
import { UnsupportedStoreValue, devalueStringify, serializeStore, utf8Bytes, writeFileIfChanged, type StoreCollections } from '../../src/lib/store-serialization.ts';

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
    const ours = serializeStore(collections, noFallback);
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
    expect(serializeStore(collections, noFallback)).toBe(astroSerialize(collections));
  });

  it('leaves to Astro’s serializer what it does not handle', () => {
    class Image {
      src = 'a.png';
    }
    const unusual: unknown[] = [new Set([1]), new Image(), [1, , 3], 'lone \ud800 surrogate', 10n, Object.create(null), { [Symbol('s')]: 1 }];
    for (const [position, value] of unusual.entries()) {
      expect(() => devalueStringify(value), `value ${position}`).toThrow(UnsupportedStoreValue);
      const collections: StoreCollections = new Map([['values', new Map([['odd', { value }]])]]);
      expect(serializeStore(collections, () => 'astro')).toBe('astro');
    }
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
