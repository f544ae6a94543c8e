import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sortNewestFirst } from '../../src/lib/articles.ts';
import { MAX_CHANGED_FILES, predictSearchRecords, readContentStamps, searchRecordsDigest, type ContentStamps } from '../../src/lib/search-prediction.ts';
import { searchRecordKeys, searchRecordsOf, type IndexPolicy, type IndexedArticle, type Thumbnail } from '../../src/lib/search-records.ts';
import { articlePath } from '../../src/lib/urls.ts';

// Two articles in full, the rest by their first three words: a new article moves one out of the full text.
const policy: IndexPolicy = { fullTextArticles: 2, openingWords: 3, maxBodyWords: 50 };
const root = '/noi-dung';

function article(slug: string, day: number, words: string, extra: Partial<IndexedArticle> = {}): IndexedArticle {
  return {
    slug,
    title: `Bài ${slug}`,
    description: `Tóm tắt ${slug}`,
    categoryTitle: 'Chuyển đổi số',
    tags: [{ name: 'Đổi mới' }],
    publishedAt: new Date(Date.UTC(2025, 0, day, 1)),
    body: { html: `<p>${words}</p>` },
    ...extra,
  };
}

const thumbnails = new Map<string, Thumbnail>([[articlePath('c'), { src: '/_astro/c.webp', srcset: '/_astro/c.webp 480w' }]]);
const thumbnailOf = (item: IndexedArticle) => thumbnails.get(articlePath(item.slug));
/** Records as the build computes them (the build keys by Astro's digest when it has one). */
function recordsFor(articles: IndexedArticle[]) {
  const sorted = sortNewestFirst(articles);
  return { records: searchRecordsOf(sorted, policy, thumbnailOf), recordKeys: searchRecordKeys(sorted, policy, thumbnailOf) };
}
const fileOf = (slug: string) => `articles/2025/${slug}.md`;

const current = new Map<string, IndexedArticle>([
  ['a', article('a', 1, 'một hai ba bốn năm sáu')],
  ['b', article('b', 2, 'bảy tám chín mười mười một')],
  ['c', article('c', 3, 'ảnh minh họa và chú thích đầy đủ', { imageAlt: 'Ảnh nhà máy' })],
  ['d', article('d', 4, 'đoạn văn mới nhất của bản tin')],
]);
const withDigest = (item: IndexedArticle) => ({ ...item, digest: `digest-${item.slug}` });
const previous = recordsFor([...current.values()].map(withDigest));
const previousStamps: ContentStamps = {
  articles: Object.fromEntries([...current.keys()].map((slug) => [fileOf(slug), '1000:200'])),
  categories: { 'categories/chuyen-doi-so.md': '900:80' },
};

function predict(stamps: ContentStamps, files: Map<string, IndexedArticle | undefined | null> = current) {
  const read: string[] = [];
  const result = predictSearchRecords({
    root,
    previous,
    previousStamps,
    stamps,
    policy,
    readArticle: async (file) => {
      const slug = path.basename(file, '.md');
      read.push(slug);
      return files.get(slug);
    },
  });
  return { result, read };
}

describe('search records predicted before content loading', () => {
  it('takes the last records over when no file changed, reading none', async () => {
    const { result, read } = predict(previousStamps);
    expect(await result).toEqual(previous.records);
    expect(read).toEqual([]);
  });

  it('adds a new article in date order, and reads the one it moves out of the full text', async () => {
    const added = article('e', 5, 'tin mới đăng hôm nay rất dài');
    const files = new Map([...current, ['e', added]]);
    const { result, read } = predict({ ...previousStamps, articles: { ...previousStamps.articles, [fileOf('e')]: '2000:300' } }, files);
    expect(await result).toEqual(recordsFor([...files.values()] as IndexedArticle[]).records);
    // "c" was second newest (full text) and is now third (opening words only).
    expect(read.sort()).toEqual(['c', 'e']);
  });

  it('reads an edited file, and leaves out a deleted one and one no longer published', async () => {
    const edited = article('b', 2, 'nội dung đã sửa lại');
    const files = new Map<string, IndexedArticle | undefined>([...current, ['b', edited], ['a', undefined]]);
    const stamps = {
      ...previousStamps,
      articles: { [fileOf('a')]: '3000:10', [fileOf('b')]: '3000:250', [fileOf('c')]: '1000:200' },
    };
    const { result, read } = predict(stamps, files);
    expect(await result).toEqual(recordsFor([edited, current.get('c')!]).records);
    expect(read.sort()).toEqual(['a', 'b']);
  });

  it('predicts nothing when a category changed, a file cannot be read, or a new image has no thumbnail yet', async () => {
    expect(await predict({ ...previousStamps, categories: { 'categories/chuyen-doi-so.md': '901:80' } }).result).toBeUndefined();
    const changedB = { ...previousStamps, articles: { ...previousStamps.articles, [fileOf('b')]: '3000:250' } };
    expect(await predict(changedB, new Map([...current, ['b', null]])).result).toBeUndefined();
    const withNewImage = new Map([...current, ['b', article('b', 2, 'có ảnh mới', { imageAlt: 'Ảnh mới' })]]);
    expect(await predict(changedB, withNewImage).result).toBeUndefined();
  });

  it('predicts nothing when more files changed than it reads', async () => {
    const many = Object.fromEntries(Array.from({ length: MAX_CHANGED_FILES + 1 }, (_, index) => [fileOf(`moi-${index}`), '1:1']));
    const { result, read } = predict({ ...previousStamps, articles: { ...previousStamps.articles, ...many } }, new Map());
    expect(await result).toBeUndefined();
    expect(read).toEqual([]);
  });

  it('predicts nothing when another indexing policy would mean reading every file again', async () => {
    const read: string[] = [];
    const result = await predictSearchRecords({
      root,
      previous: { records: Array.from({ length: MAX_CHANGED_FILES + 1 }, () => previous.records[0]!), recordKeys: Array.from({ length: MAX_CHANGED_FILES + 1 }, (_, index) => JSON.stringify([`bai-${index}`, 'T', 'M', 'C', [], index, `digest-${index}`, 3, null, null])) },
      previousStamps: { ...previousStamps, articles: Object.fromEntries(Array.from({ length: MAX_CHANGED_FILES + 1 }, (_, index) => [fileOf(`bai-${index}`), '1:1'])) },
      stamps: { ...previousStamps, articles: Object.fromEntries(Array.from({ length: MAX_CHANGED_FILES + 1 }, (_, index) => [fileOf(`bai-${index}`), '1:1'])) },
      policy: { ...policy, openingWords: 4 },
      readArticle: async (file) => {
        read.push(file);
        return undefined;
      },
    });
    expect(result).toBeUndefined();
    expect(read).toEqual([]);
  });

  it('digests records so that any difference shows', () => {
    const copy = structuredClone(previous.records);
    expect(searchRecordsDigest(copy)).toBe(searchRecordsDigest(previous.records));
    copy[1]!.content += ' thêm';
    expect(searchRecordsDigest(copy)).not.toBe(searchRecordsDigest(previous.records));
  });
});

describe('content stamps', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'content-stamps-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('give each article and category file its size and time, by path in the content folder', () => {
    fs.mkdirSync(path.join(dir, 'articles', '2025'), { recursive: true });
    fs.mkdirSync(path.join(dir, 'categories'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'articles', '2025', 'bai-mot.md'), 'Bài một');
    fs.writeFileSync(path.join(dir, 'articles', '2025', 'ghi-chu.txt'), 'không phải bài');
    fs.writeFileSync(path.join(dir, 'categories', 'tin-khcn.md'), 'Tin');
    const time = new Date('2026-01-01T00:00:00Z');
    fs.utimesSync(path.join(dir, 'articles', '2025', 'bai-mot.md'), time, time);
    const stamps = readContentStamps(dir);
    expect(stamps.articles).toEqual({ [path.join('articles', '2025', 'bai-mot.md')]: `${time.getTime()}:${Buffer.byteLength('Bài một')}` });
    expect(Object.keys(stamps.categories)).toEqual([path.join('categories', 'tin-khcn.md')]);
  });
});
