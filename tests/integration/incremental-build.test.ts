/**
 * A second build with the same cache reuses unchanged pages (Astro's incremental build keyed by
 * src/lib/cache-keys.ts) and still shows every change: an edit, an article withdrawn as a draft,
 * a deleted article, a replaced image. The search index follows: rebuilds start it early, predicted
 * before content loading or computed from content data (src/integrations/search-index.ts), and
 * replace that early index when it is outdated.
 */
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite } from '../support/build.ts';
import { hasPage, readPage, readText } from '../support/dist.ts';
import { pagefindFragments } from '../support/pagefind.ts';
import { publishedFixtureArticles } from '../support/fixture-content.ts';
import { importAstroDependency } from '../../src/integrations/astro-internals.ts';
import { deltaFileOf, readStoreCollections, type DevalueParse } from '../../src/lib/store-delta.ts';
import { fileStamp, stampsFromJson } from '../../src/lib/file-stamps.ts';
import { devalueStringify, readBinaryStore, sortedCollections } from '../../src/lib/store-serialization.ts';
import { readSearchRecordsFile } from '../../src/lib/search-records-file.ts';
import { FIXTURE_BUILD_TIME, FIXTURE_SITE_URL, fixtureContentDir, outRoot } from '../support/paths.ts';

const contentDir = path.join(outRoot, 'incremental-content');
const distDir = path.join(outRoot, 'incremental-dist');
const cacheDir = path.join(outRoot, 'cache', 'incremental');
const env = { BUILD_TIME: FIXTURE_BUILD_TIME, SITE_URL: FIXTURE_SITE_URL, ASTRO_CACHE_DIR: cacheDir };
const htmlFiles = (dir: string) => fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html')).sort();
const articleFile = (folder: string, slug: string) => path.join(contentDir, 'articles', folder, `${slug}.md`);
const storeFile = path.join(cacheDir, 'data-store.json');
const parse = (await importAstroDependency<{ parse: DevalueParse }>('devalue'))!.parse;

/** The stored entry objects (devalue's flat JSON: objects map keys to positions) of the given ids. */
function storedEntries(values: unknown[], ids: readonly string[]): Map<string, Record<string, number>> {
  const entries = new Map<string, Record<string, number>>();
  for (const value of values) {
    if (!value || typeof value !== 'object' || Array.isArray(value) || !('digest' in value) || !('id' in value)) continue;
    const entry = value as Record<string, number>;
    const id = values[entry.id!];
    if (typeof id === 'string' && ids.includes(id)) entries.set(id, entry);
  }
  return entries;
}

/** The content store as a build loads it (the file and the changes written beside it) in the whole file's flat form. */
function storeAsWholeFile(): unknown[] {
  return JSON.parse(devalueStringify(sortedCollections(readStoreCollections(storeFile, parse)))) as unknown[];
}

/**
 * Rewrites the content store as the loader stored it before it kept no bodies, in Astro's format
 * (devalue's JSON), as builds wrote it before they wrote V8's.
 */
function storeAsEarlierLoader(): void {
  const collections = readStoreCollections(storeFile, parse);
  const articles = collections.get('articles')!;
  (articles.get('ban-tin-khcn-so-5') as Record<string, unknown>).body = 'Bản Markdown do phiên bản cũ lưu.';
  const mdxData = (articles.get('so-do-trien-khai-mdx') as { data: Record<string, unknown> }).data;
  expect(mdxData.bodyText).toBeDefined();
  delete mdxData.bodyText;
  // An entry the next build keeps as stored (its file is unchanged) shows that it read this file.
  (articles.get('khoi-nghiep-sang-tao-dong-nai') as { data: Record<string, unknown> }).data.storeMarker = 'đọc từ kho JSON';
  fs.rmSync(deltaFileOf(storeFile), { force: true });
  fs.writeFileSync(storeFile, devalueStringify(sortedCollections(collections)));
}

describe('incremental rebuild', () => {
  let untouchedBefore = '';
  let firstBuildLog = '';
  let secondBuildLog = '';
  let secondBuildIndex = new Map<string, { content: string; meta: Record<string, string> }>();
  let thirdBuildLog = '';
  let separatePageCopies: string[] = [];
  let pagesBeforeDeletion: string[] = [];
  let fourthBuildLog = '';
  let storeAfterSecondBuild: unknown[] = [];
  let storeInV8FormatAfterFirstBuild = false;
  let storeInV8FormatBeforeThirdBuild = false;
  let previousRecordsBeforeThirdBuild = false;
  let storeFileKeptByThirdBuild = false;
  let storeDeltaAfterThirdBuild = false;
  let storeAfterThirdBuild = new Map<string, Map<string, unknown>>();
  let fileStampsAfterThirdBuild = new Map<string, string | undefined>();
  let articleWrittenBeforeThirdBuild = 0;
  let articleWrittenAfterThirdBuild = 0;
  let editedWrittenBeforeThirdBuild = 0;
  let editedWrittenAfterThirdBuild = 0;
  const pageWrittenAt = (sitePath: string) => fs.statSync(path.join(distDir, sitePath, 'index.html')).mtimeMs;

  beforeAll(async () => {
    for (const dir of [contentDir, distDir, cacheDir]) fs.rmSync(dir, { recursive: true, force: true });
    fs.cpSync(fixtureContentDir, contentDir, { recursive: true });
    const first = buildSite({ contentDir, outDir: distDir, env });
    expect(first.status, first.output.slice(-3000)).toBe(0);
    firstBuildLog = first.output;
    storeInV8FormatAfterFirstBuild = readBinaryStore(storeFile) !== undefined;
    untouchedBefore = readText(distDir, '/tin-tuc/ban-tin-khcn-so-5/');

    const edited = articleFile('2026', 'so-hoa-nha-may-det');
    fs.writeFileSync(
      edited,
      fs
        .readFileSync(edited, 'utf8')
        .replace('title: "Số hóa nhà máy dệt: từ giấy tờ đến dữ liệu"', 'title: "Số hóa nhà máy dệt: bản đã sửa"')
        .replace('## Kết quả', 'Câu mới thêm vào sau khi sửa.\n\n## Kết quả'),
    );
    const withdrawn = articleFile('2022', 'thu-nghiem-duong-day-500kv');
    fs.writeFileSync(withdrawn, fs.readFileSync(withdrawn, 'utf8').replace('featured: true', 'featured: true\ndraft: true'));
    fs.rmSync(articleFile('2025', 'ban-tin-khcn-so-1'));
    // The store as an earlier version of the loader left it: a Markdown body kept, an MDX body's text missing.
    storeAsEarlierLoader();
    // The same file name with other pixels: the thumbnail gets a new address.
    await sharp({ create: { width: 1200, height: 675, channels: 3, background: { r: 200, g: 90, b: 20 } } })
      .png()
      .toFile(path.join(contentDir, 'articles', '2026', 'images', 'so-do.png'));

    // `_` is the path of the program the shell started the build with (npm, npx, time…).
    const second = buildSite({ contentDir, outDir: distDir, env: { ...env, _: '/usr/bin/npm' } });
    expect(second.status, second.output.slice(-3000)).toBe(0);
    secondBuildLog = second.output;
    storeAfterSecondBuild = storeAsWholeFile();
    secondBuildIndex = new Map(pagefindFragments(path.join(distDir, 'pagefind')).map((fragment) => [fragment.url, fragment]));

    // A time the file system stores exactly, so that an edit can later hide behind it.
    const fixedTime = new Date('2026-01-01T00:00:00Z');
    const stealthy = articleFile('2024', 'khoi-thong-von-cong-nghe');
    fs.utimesSync(stealthy, fixedTime, fixedTime);
    // A text edit only: the early index is right as it stands.
    const retouched = articleFile('2026', 'so-hoa-nha-may-det');
    fs.appendFileSync(retouched, '\nCâu bổ sung trong lần sửa thứ hai.\n');
    articleWrittenBeforeThirdBuild = pageWrittenAt('/tin-tuc/ban-tin-khcn-so-5/');
    editedWrittenBeforeThirdBuild = pageWrittenAt('/tin-tuc/so-hoa-nha-may-det/');
    const storeBeforeThirdBuild = fs.statSync(storeFile);
    storeInV8FormatBeforeThirdBuild = readBinaryStore(storeFile) !== undefined;
    previousRecordsBeforeThirdBuild = readSearchRecordsFile(path.join(cacheDir, 'khcn-search-records.bin')).records.length > 0;
    const third = buildSite({ contentDir, outDir: distDir, env: { ...env, _: '/usr/bin/time' } });
    expect(third.status, third.output.slice(-3000)).toBe(0);
    thirdBuildLog = third.output;
    storeFileKeptByThirdBuild = fs.statSync(storeFile).mtimeMs === storeBeforeThirdBuild.mtimeMs && fs.statSync(storeFile).ino === storeBeforeThirdBuild.ino;
    storeDeltaAfterThirdBuild = fs.existsSync(deltaFileOf(storeFile));
    storeAfterThirdBuild = readStoreCollections(storeFile, parse);
    const articleFiles = fs.readdirSync(path.join(contentDir, 'articles'), { recursive: true, encoding: 'utf8' }).filter((file) => /\.mdx?$/.test(file));
    fileStampsAfterThirdBuild = new Map(articleFiles.map((file) => path.join(contentDir, 'articles', file)).map((file) => [file, fileStamp(file)]));
    articleWrittenAfterThirdBuild = pageWrittenAt('/tin-tuc/ban-tin-khcn-so-5/');
    editedWrittenAfterThirdBuild = pageWrittenAt('/tin-tuc/so-hoa-nha-may-det/');
    // Astro's copy of a page (cache/dist/<page>) must be the output file itself, not a second file.
    separatePageCopies = htmlFiles(distDir).filter((file) => fs.statSync(path.join(cacheDir, 'dist', file), { throwIfNoEntry: false })?.ino !== fs.statSync(path.join(distDir, file)).ino);

    // An edit that keeps the file's size and time: the predicted search index is wrong and must be replaced.
    const text = fs.readFileSync(stealthy, 'utf8');
    expect(text).toContain('Điểm thứ nhất');
    fs.writeFileSync(stealthy, text.replace('Điểm thứ nhất', 'Điểm thứ nhứt'));
    fs.utimesSync(stealthy, fixedTime, fixedTime);
    expect(fs.statSync(stealthy).size).toBe(Buffer.byteLength(text));

    // Someone deletes the output folder: the next build must bring every page back.
    pagesBeforeDeletion = htmlFiles(distDir);
    fs.rmSync(distDir, { recursive: true, force: true });
    const fourth = buildSite({ contentDir, outDir: distDir, env });
    expect(fourth.status, fourth.output.slice(-3000)).toBe(0);
    fourthBuildLog = fourth.output;
  }, 400_000);

  it('reuses unchanged pages', () => {
    const reused = (secondBuildLog.match(/\((cached|restored)\)/g) ?? []).length;
    expect(reused).toBeGreaterThan(10);
    expect(readText(distDir, '/tin-tuc/ban-tin-khcn-so-5/')).toBe(untouchedBefore);
  });

  it('reuses unchanged article pages whichever program started the build', () => {
    // Astro writes environment variables into page code; `_` (npm, then time) must not make every article page new.
    expect(articleWrittenAfterThirdBuild).toBe(articleWrittenBeforeThirdBuild);
    expect(editedWrittenAfterThirdBuild).toBeGreaterThan(editedWrittenBeforeThirdBuild);
  });

  it('shows the edit on the article, its category page and in other articles\' related lists', () => {
    const page = readPage(distDir, '/tin-tuc/so-hoa-nha-may-det/');
    expect(page.querySelector('h1')!.text).toBe('Số hóa nhà máy dệt: bản đã sửa');
    expect(page.querySelector('.article-body')!.text).toContain('Câu mới thêm vào sau khi sửa.');
    expect(readText(distDir, '/chuyen-muc/chuyen-doi-so/')).toContain('Số hóa nhà máy dệt: bản đã sửa');
    const related = readPage(distDir, '/tin-tuc/khoi-nghiep-sang-tao-dong-nai/').querySelector('.related')!.text;
    expect(related).toContain('Số hóa nhà máy dệt: bản đã sửa');
    expect(related).not.toContain('từ giấy tờ đến dữ liệu');
  });

  it('removes a withdrawn and a deleted article everywhere', () => {
    expect(hasPage(distDir, '/tin-tuc/thu-nghiem-duong-day-500kv/')).toBe(false);
    expect(hasPage(distDir, '/tin-tuc/ban-tin-khcn-so-1/')).toBe(false);
    // Their folders go too, so no empty folder is left behind.
    expect(fs.existsSync(path.join(distDir, 'tin-tuc', 'ban-tin-khcn-so-1'))).toBe(false);
    for (const sitePath of ['/', '/chuyen-muc/doi-moi-sang-tao/', '/chuyen-muc/tin-khcn/', '/chuyen-muc/tin-khcn/trang/2/', '/tin-tuc/khoi-nghiep-sang-tao-dong-nai/', '/rss.xml', '/sitemap-0.xml']) {
      const text = readText(distDir, sitePath);
      expect(text, sitePath).not.toContain('thu-nghiem-duong-day-500kv');
      expect(text, sitePath).not.toContain('ban-tin-khcn-so-1/');
    }
    // 22 bulletins now fit on two pages of 20: page 2 remains, a page 3 never existed.
    expect(readPage(distDir, '/chuyen-muc/tin-khcn/trang/2/').querySelectorAll('.article-list > li')).toHaveLength(2);
  });

  it('indexes a first build from records its indexer computes, completed with the thumbnails rendering makes', () => {
    // Each published article with an image, and no other, needed the build's record.
    const withImages = publishedFixtureArticles.filter((article) => article.image).length;
    expect(withImages).toBeGreaterThan(0);
    const completed = /articles indexed into pagefind\/ .*started from content data after loading \((\d+) records given their thumbnails during rendering\)/.exec(firstBuildLog);
    expect(completed, firstBuildLog.slice(-2000)).not.toBeNull();
    expect(Number(completed![1])).toBe(withImages);
  });

  it('rebuilds the search index from content data early, and replaces it when the build finds it outdated', () => {
    // The replaced image changed a thumbnail address, which only the build itself can know.
    expect(secondBuildLog).toMatch(/articles indexed into pagefind\/ .*alongside page rendering \(the early index was outdated and replaced\)/);
    const edited = secondBuildIndex.get('/tin-tuc/so-hoa-nha-may-det/')!;
    expect(edited.meta.title).toBe('Số hóa nhà máy dệt: bản đã sửa');
    expect(edited.content).toContain('Câu mới thêm vào sau khi sửa.');
    expect(secondBuildIndex.has('/tin-tuc/thu-nghiem-duong-day-500kv/')).toBe(false);
    expect(secondBuildIndex.has('/tin-tuc/ban-tin-khcn-so-1/')).toBe(false);
    const withImage = [...secondBuildIndex.values()].filter((fragment) => fragment.meta.image);
    expect(withImage.length).toBeGreaterThan(0);
    for (const fragment of withImage) expect(fs.existsSync(path.join(distDir, fragment.meta.image!)), fragment.meta.image).toBe(true);

    // Predicted from the last build's records (src/lib/search-records-file.ts) and the one edited file,
    // before Astro loaded the content.
    expect(previousRecordsBeforeThirdBuild).toBe(true);
    expect(thirdBuildLog).toMatch(/articles indexed into pagefind\/ \(\d+ files, \d+ of them changed.*started before content loading from the changed files \(by npm run build, before Astro\)/);
    expect(thirdBuildLog).not.toContain('outdated and replaced');
    const index = new Map(pagefindFragments(path.join(distDir, 'pagefind')).map((fragment) => [fragment.url, fragment]));
    expect(index.get('/tin-tuc/so-hoa-nha-may-det/')!.content).toContain('Câu bổ sung trong lần sửa thứ hai.');
    expect(index.size).toBe(secondBuildIndex.size);
  });

  it('replaces a predicted search index that the loaded content contradicts', () => {
    expect(fourthBuildLog).toMatch(/articles indexed into pagefind\/ .*started from content data after loading \(the early index was outdated and replaced\)/);
    const index = new Map(pagefindFragments(path.join(distDir, 'pagefind')).map((fragment) => [fragment.url, fragment]));
    expect(index.get('/tin-tuc/khoi-thong-von-cong-nghe/')!.content).toContain('Điểm thứ nhứt');
    expect(index.size).toBe(secondBuildIndex.size);
  });

  it('stores no Markdown bodies, and reads again what an earlier version of the loader stored (in Astro’s format)', () => {
    const entries = storedEntries(storeAfterSecondBuild, ['ban-tin-khcn-so-5', 'so-do-trien-khai-mdx', 'khoi-nghiep-sang-tao-dong-nai']);
    expect(entries.size).toBe(3);
    for (const entry of entries.values()) expect(entry.body).toBeUndefined();
    const keptData = storeAfterSecondBuild[entries.get('khoi-nghiep-sang-tao-dong-nai')!.data!] as Record<string, number>;
    expect(storeAfterSecondBuild[keptData.storeMarker!]).toBe('đọc từ kho JSON');
    const mdxData = storeAfterSecondBuild[entries.get('so-do-trien-khai-mdx')!.data!] as Record<string, number>;
    expect(storeAfterSecondBuild[mdxData.bodyText!]).toContain('Hệ thống chạy thử trong ba tháng.');
    // The MDX article's body is searchable (the store holds its text, not its HTML).
    expect(secondBuildIndex.get('/tin-tuc/so-do-trien-khai-mdx/')!.content).toContain('Hệ thống chạy thử trong ba tháng.');
    // The entry that holds Astro's store write back while loading (src/data/loader.ts) is gone afterwards.
    expect(JSON.stringify(storeAfterSecondBuild)).not.toContain('vietnamese-content-loader:loading');
  });

  it('writes only the entries a rebuild changed beside the content store, and loads them back', () => {
    // Written in V8's format, also by the rebuild that read a store in Astro's format.
    expect(storeInV8FormatAfterFirstBuild).toBe(true);
    expect(storeInV8FormatBeforeThirdBuild).toBe(true);
    expect(storeFileKeptByThirdBuild).toBe(true);
    expect(storeDeltaAfterThirdBuild).toBe(true);
    const articles = storeAfterThirdBuild.get('articles')!;
    const files = fs.readdirSync(path.join(contentDir, 'articles'), { recursive: true, encoding: 'utf8' }).filter((file) => /\.mdx?$/.test(file));
    expect([...articles.keys()].sort()).toEqual(files.map((file) => path.basename(file).replace(/\.mdx?$/, '')).sort());
    const retouched = articles.get('so-hoa-nha-may-det') as { data: { title: string }; rendered: { html: string } };
    expect(retouched.data.title).toBe('Số hóa nhà máy dệt: bản đã sửa');
    expect(retouched.rendered.html).toContain('Câu bổ sung trong lần sửa thứ hai.');
    // Beside the entries, the stamp of every file as the loader last read it (src/lib/file-stamps.ts).
    const stamps = stampsFromJson(storeAfterThirdBuild.get('meta:articles')?.get('vietnamese-content-loader:file-stamps'));
    expect([...stamps.keys()].sort()).toEqual([...fileStampsAfterThirdBuild.keys()].sort());
    for (const [file, { stamp }] of stamps) expect(stamp).toBe(fileStampsAfterThirdBuild.get(file));
  });

  it('keeps no second copy of the pages in the cache, and rebuilds a deleted output folder in full', () => {
    expect(separatePageCopies).toEqual([]);
    expect(pagesBeforeDeletion.length).toBeGreaterThan(30);
    expect(htmlFiles(distDir)).toEqual(pagesBeforeDeletion);
    expect(fourthBuildLog).not.toMatch(/\((cached|restored)\)/);
    expect(readPage(distDir, '/tin-tuc/so-hoa-nha-may-det/').querySelector('.article-body')!.text).toContain('Câu bổ sung trong lần sửa thứ hai.');
  });
});
