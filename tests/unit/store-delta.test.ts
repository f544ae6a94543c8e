/**
 * A store kept as a base file and a delta must load exactly as the whole file would: the same
 * collections, entries and order, through several rebuilds; and a delta that is void (its base was
 * replaced, or it cannot be read) must leave the base alone. The base is written in V8's format as
 * the build writes it, or in Astro's (devalue, parsed with the devalue Astro uses) as before.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { importAstroDependency } from '../../src/integrations/astro-internals.ts';
import { applyStoreDelta, deltaFileOf, readStoreCollections, storeFileIdentity, writeStore, type DevalueParse, type LoadedStoreBase } from '../../src/lib/store-delta.ts';
import { devalueStringify, readBinaryStore, sortedCollections, storeFileBytes, writeFileIfChanged, type StoreCollections } from '../../src/lib/store-serialization.ts';

const parse = (await importAstroDependency<{ parse: DevalueParse }>('devalue'))!.parse;
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'store-delta-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));
let storeFile = '';
beforeEach(() => {
  storeFile = path.join(fs.mkdtempSync(path.join(scratch, 'case-')), 'data-store.json');
});

const entry = (id: string, title = `Bài ${id}`) => ({
  id,
  data: { title, publishedAt: new Date('2024-05-22T02:15:00Z'), tags: ['Đà Nẵng'], image: undefined },
  digest: `d-${id}-${title}`,
  rendered: { html: `<p>${title} — nội dung dài ${'chữ '.repeat(1000)}</p>` },
});

/** A store with `count` articles (ids a000…), categories and Astro's meta collection. */
function initialStore(count = 60): StoreCollections {
  return new Map<string, Map<string, unknown>>([
    ['articles', new Map(Array.from({ length: count }, (_, index) => `a${String(index * 2).padStart(3, '0')}`).map((id) => [id, entry(id)]))],
    ['categories', new Map([['tin-khcn', { id: 'tin-khcn', data: { title: 'Tin KHCN' } }]])],
    ['meta:articles', new Map([['content-config-digest', 'x1']])],
  ]);
}

/** What loading the whole file would give for these collections. */
const asWholeFile = (collections: StoreCollections) => parse(devalueStringify(sortedCollections(collections))) as StoreCollections;
const noFallback = () => {
  throw new Error('fell back to Astro’s serializer');
};
const wholeWriter = (collections: StoreCollections) => () => writeFileIfChanged(storeFile, storeFileBytes(collections, noFallback));
/** The base file alone, in either format. */
const readBase = () => readBinaryStore(storeFile) ?? (parse(fs.readFileSync(storeFile, 'utf8')) as StoreCollections);

/** Loads the store as the build does: the base file parsed, then the delta applied. */
function load(): { collections: StoreCollections; base: LoadedStoreBase } {
  const identity = storeFileIdentity(storeFile)!;
  const collections = readBase();
  return { collections, base: applyStoreDelta(storeFile, collections, identity, parse) };
}

/** Keys in order, at both levels, and values: order matters (getCollection lists entries in it). */
const shape = (collections: StoreCollections) => [...collections].map(([name, entries]) => [name, [...entries]]);

describe('content store as a base and a delta', () => {
  it('loads what the whole file would hold after rebuilds that edit, add, delete and drop collections', () => {
    let { written } = writeStore(storeFile, initialStore(), undefined, wholeWriter(initialStore()));
    expect(written).toBe(true);
    const baseBytes = fs.readFileSync(storeFile);

    // Rebuild 1: one article edited, two added (one sorting into the middle), one deleted, a new collection.
    let { collections, base } = load();
    const articles = collections.get('articles')!;
    articles.set('a010', entry('a010', 'Bài đã sửa'));
    articles.set('a011', entry('a011'));
    articles.set('z-moi', entry('z-moi'));
    articles.delete('a020');
    collections.set('authors', new Map([['nguyen-van-a', { id: 'nguyen-van-a' }]]));
    const expected1 = asWholeFile(collections);
    ({ written } = writeStore(storeFile, collections, base, wholeWriter(collections)));
    expect(written).toBe(true);
    expect(fs.readFileSync(storeFile).equals(baseBytes)).toBe(true);
    expect(fs.statSync(deltaFileOf(storeFile)).size).toBeLessThan(baseBytes.length / 10);
    ({ collections, base } = load());
    expect(shape(collections)).toEqual(shape(expected1));

    // Rebuild 2, over the same base: another edit, the new article edited again, a collection dropped.
    collections.get('articles')!.set('z-moi', entry('z-moi', 'Bài mới, sửa lần hai'));
    collections.get('articles')!.set('a030', entry('a030', 'Sửa lần nữa'));
    collections.delete('categories');
    const expected2 = asWholeFile(collections);
    writeStore(storeFile, collections, base, wholeWriter(collections));
    expect(fs.readFileSync(storeFile).equals(baseBytes)).toBe(true);
    ({ collections, base } = load());
    expect(shape(collections)).toEqual(shape(expected2));

    // Rebuild 3 changes nothing: no file is written.
    expect(writeStore(storeFile, collections, base, wholeWriter(collections)).written).toBe(false);
    expect(readStoreCollections(storeFile, parse)).toEqual(expected2);
  });

  it('writes the whole store again once the delta would pass a tenth of it, and removes the delta', () => {
    writeStore(storeFile, initialStore(600), undefined, wholeWriter(initialStore(600)));
    let { collections, base } = load();
    collections.get('articles')!.set('a002', entry('a002', 'Sửa nhỏ'));
    writeStore(storeFile, collections, base, wholeWriter(collections));
    expect(fs.existsSync(deltaFileOf(storeFile))).toBe(true);

    ({ collections, base } = load());
    for (const id of [...collections.get('articles')!.keys()].slice(0, 150)) collections.get('articles')!.set(id, entry(id, `Sửa hàng loạt ${id}`));
    const expected = asWholeFile(collections);
    const result = writeStore(storeFile, collections, base, wholeWriter(collections));
    expect(result.written).toBe(true);
    expect(fs.existsSync(deltaFileOf(storeFile))).toBe(false);
    expect(shape(readBase())).toEqual(shape(expected));
    // The next write in the same build compares with what was just written.
    collections.get('articles')!.set('a004', entry('a004', 'Sau khi ghi cả kho'));
    writeStore(storeFile, collections, result.base, wholeWriter(collections));
    expect(fs.existsSync(deltaFileOf(storeFile))).toBe(true);
    expect(shape(load().collections)).toEqual(shape(asWholeFile(collections)));
  });

  it('leaves the base alone when the delta names another base or cannot be read', () => {
    writeStore(storeFile, initialStore(), undefined, wholeWriter(initialStore()));
    const { collections, base } = load();
    collections.get('articles')!.set('a002', entry('a002', 'Sửa nhỏ'));
    writeStore(storeFile, collections, base, wholeWriter(collections));
    const delta = fs.readFileSync(deltaFileOf(storeFile), 'utf8');

    // Astro's own writer (astro dev, a cleared cache) replaced the base: the delta is void.
    const replaced = initialStore(10);
    fs.writeFileSync(storeFile, devalueStringify(sortedCollections(replaced)));
    expect(shape(load().collections)).toEqual(shape(asWholeFile(replaced)));
    // Written again with the base's identity but cut short.
    fs.writeFileSync(deltaFileOf(storeFile), delta.replace(/\n.*/s, `\n${delta.split('\n')[1]!.slice(0, 50)}`).replace(/"base":\{[^}]*\}/, `"base":${JSON.stringify(storeFileIdentity(storeFile))}`));
    expect(shape(load().collections)).toEqual(shape(asWholeFile(replaced)));
    fs.writeFileSync(deltaFileOf(storeFile), 'not a delta');
    expect(shape(load().collections)).toEqual(shape(asWholeFile(replaced)));
  });

  it('applies a delta over a base in Astro’s format (a store written before V8’s format)', () => {
    fs.mkdirSync(path.dirname(storeFile), { recursive: true });
    fs.writeFileSync(storeFile, devalueStringify(sortedCollections(initialStore())));
    let { collections, base } = load();
    collections.get('articles')!.set('a002', entry('a002', 'Sửa nhỏ'));
    collections.get('articles')!.set('a003', entry('a003'));
    writeStore(storeFile, collections, base, wholeWriter(collections));
    expect(readBinaryStore(storeFile)).toBeUndefined();
    expect(fs.existsSync(deltaFileOf(storeFile))).toBe(true);
    expect(shape(readStoreCollections(storeFile, parse))).toEqual(shape(asWholeFile(collections)));
  });

  it('writes the whole store when the base it loaded is gone', () => {
    writeStore(storeFile, initialStore(), undefined, wholeWriter(initialStore()));
    const { collections, base } = load();
    collections.get('articles')!.set('a002', entry('a002', 'Sửa nhỏ'));
    fs.rmSync(storeFile);
    writeStore(storeFile, collections, base, wholeWriter(collections));
    expect(fs.existsSync(deltaFileOf(storeFile))).toBe(false);
    expect(shape(load().collections)).toEqual(shape(asWholeFile(collections)));
  });
});
