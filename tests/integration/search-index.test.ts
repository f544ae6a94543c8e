/** The Pagefind index written by `npm run build`: what it holds, read straight from its files. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureArticles, hiddenFixtureArticles, publishedFixtureArticles } from '../support/fixture-content.ts';
import { fixtureDistDir as dist } from '../support/paths.ts';
import { htmlFiles, listFiles, readPage } from '../support/dist.ts';
import { resolveFile } from '../support/static-server.ts';
import { decodePagefindFile, pagefindFragments } from '../support/pagefind.ts';
import { vietnamYear } from '../../src/lib/dates.ts';
import { dateFromMeta } from '../../src/lib/search-records.ts';

const bundle = path.join(dist, 'pagefind');
const decode = decodePagefindFile;
const fragments = () => pagefindFragments(bundle);

const byUrl = () => new Map(fragments().map((fragment) => [fragment.url, fragment]));

describe('search index', () => {
  it('is written to dist/pagefind/ with its public API, and the records hand-off file is gone', () => {
    expect(fs.existsSync(path.join(bundle, 'pagefind.js'))).toBe(true);
    const entry = JSON.parse(fs.readFileSync(path.join(bundle, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(Object.keys(entry.languages)).toEqual(['vi']);
    expect(entry.languages.vi!.page_count).toBe(publishedFixtureArticles.length);
    expect(fs.existsSync(path.join(dist, 'tim-kiem/search-records.bin'))).toBe(false);
    expect(fs.existsSync(path.join(bundle, 'playground'))).toBe(false);
  });

  it('holds exactly one record per published article and nothing of drafts or scheduled articles', () => {
    const urls = fragments().map((fragment) => fragment.url).sort();
    expect(urls).toEqual(publishedFixtureArticles.map((article) => `/tin-tuc/${article.slug}/`).sort());
    for (const file of listFiles(bundle)) {
      const text = /\.(pf_fragment|pf_index|pf_meta|pf_filter)$/.test(file) ? decode(path.join(bundle, file)) : fs.readFileSync(path.join(bundle, file), 'latin1');
      expect(text, file).not.toMatch(/zebrafinch|kingfisher|Nháp riêng|Hẹn giờ riêng/);
      for (const hidden of hiddenFixtureArticles) expect(text.includes(hidden.slug), file).toBe(false);
    }
  });

  it('gives every record title, date, category, thumbnail when there is one, filters and content', () => {
    const records = byUrl();
    for (const article of publishedFixtureArticles) {
      const record = records.get(`/tin-tuc/${article.slug}/`)!;
      // As the article page shows them (the build cleans control characters editors paste).
      const page = readPage(dist, `/tin-tuc/${article.slug}/`);
      const title = page.querySelector('h1')!.text;
      const lead = page.querySelector('.article-lead')!.text;
      expect(record.meta.title).toBe(title);
      // Unix seconds: one word for Pagefind to index rather than seven.
      expect(record.meta.date).toMatch(/^\d{10}$/);
      expect(record.filters.year).toEqual([String(vietnamYear(dateFromMeta(record.meta.date)!))]);
      expect(record.filters.category).toEqual([record.meta.category]);
      expect(record.content.startsWith(title)).toBe(true);
      expect(record.content).toContain(lead);
      expect(Boolean(record.meta.image)).toBe(Boolean(article.image));
    }
    const line = records.get('/tin-tuc/thu-nghiem-duong-day-500kv/')!;
    expect(line.meta).toMatchObject({
      date: String(Date.parse('2022-09-29T16:02:00+07:00') / 1000),
      category: 'Đổi mới sáng tạo',
      tags: 'Đường dây, Cảm biến',
      image_alt: 'Cảm biến gắn trên dây dẫn điện',
    });
    expect(line.filters).toEqual({ category: ['Đổi mới sáng tạo'], year: ['2022'], tag: ['Đường dây', 'Cảm biến'] });
    expect(line.content).toContain('cảm biến đo nhiệt độ dây dẫn liên tục');
    // A small thumbnail (the 480 px candidate), not the full-size image.
    expect(line.meta.image_srcset).toMatch(/ 240w, .* 480w$/);
    expect(line.meta.image).toBe(line.meta.image_srcset!.split(', ')[1]!.split(' ')[0]);
    for (const src of [line.meta.image!, ...line.meta.image_srcset!.split(',').map((candidate) => candidate.trim().split(' ')[0]!)]) {
      expect(resolveFile(dist, src), src).toBeDefined();
    }
  });

  it('indexes the body as readers see it, from Markdown and MDX alike', () => {
    const records = byUrl();
    const pasted = records.get('/tin-tuc/canh-bao-ma-doc-tu-tep-word/')!;
    // Entities decoded, link text kept, link targets and Markdown syntax gone.
    expect(pasted.content).toContain('R&D và 5 < 7, xem chuyên mục.');
    const mdx = records.get('/tin-tuc/so-do-trien-khai-mdx/')!;
    expect(mdx.content).toContain('Xem chuyên mục Chuyển đổi số, bài liên quan và phần dưới.');
    expect(mdx.content).toContain('Hệ thống chạy thử trong ba tháng.');
    // (That article's title and lead hold tags as text, on purpose.)
    for (const record of [...records.values()].filter((record) => record !== pasted)) expect(record.content, record.url).not.toMatch(/\]\(|<\/?[a-z]|&(amp|lt|gt|quot);|(^| )##? /);
  });

  it('keeps folded đ-words in hidden fields only, never in the content that excerpts come from', () => {
    const records = byUrl();
    const line = records.get('/tin-tuc/thu-nghiem-duong-day-500kv/')!;
    expect(line.meta.fold_title).toBe('thu nghiem duong day 500kv mach 3 bang cam bien thong minh');
    expect(line.meta.fold_text!.split(' ')).toEqual(expect.arrayContaining(['duong', 'don', 'dat', 'do', 'doi', 'dien']));
    for (const record of records.values()) {
      expect(record.content, record.url).not.toMatch(/\b(duong|dong|doi)\b/);
      expect(record.content).toBe(record.content.normalize('NFC'));
    }
    // The article written in NFD is indexed in NFC.
    const nfd = records.get('/tin-tuc/khoi-nghiep-sang-tao-dong-nai/')!;
    expect(fixtureArticles.find((a) => a.slug === 'khoi-nghiep-sang-tao-dong-nai')!.decomposed).toBe(true);
    expect(nfd.meta.title).toBe('Đồng Nai hỗ trợ khởi nghiệp sáng tạo');
    expect(nfd.meta.fold_title).toBe('dong nai ho tro khoi nghiep sang tao');
  });

  it('serves a search page with a labelled form, a live region and a no-JavaScript notice', () => {
    const page = readPage(dist, '/tim-kiem/');
    expect(page.querySelector('h1')!.text).toBe('Tìm kiếm');
    const form = page.querySelector('form#search-form')!;
    expect(form.getAttribute('action')).toBe('/tim-kiem/');
    expect(form.getAttribute('method')).toBe('get');
    for (const [id, name] of [['search-query', 'q'], ['search-category', 'chuyen-muc'], ['search-year', 'nam'], ['search-sort', 'sap-xep']] as const) {
      expect(page.querySelector(`#${id}`)!.getAttribute('name')).toBe(name);
      expect(page.querySelector(`label[for="${id}"]`)).not.toBeNull();
    }
    const categories = page.querySelectorAll('#search-category option').map((option) => option.text);
    expect(categories).toEqual(['Tất cả chuyên mục', 'Tin KHCN', 'Đổi mới sáng tạo', 'Chuyển đổi số']);
    const years = page.querySelectorAll('#search-year option').map((option) => option.getAttribute('value'));
    expect(years).toEqual(['', '2026', '2025', '2024', '2022']);
    expect(page.querySelector('#search-status')!.getAttribute('role')).toBe('status');
    expect(page.querySelector('noscript')!.innerHTML).toContain('Tìm kiếm trên trang cần JavaScript');
    const scripts = page.querySelectorAll('script[src]').map((script) => script.getAttribute('src'));
    expect(scripts).toHaveLength(1);
    expect(page.querySelector('meta[name="robots"]')!.getAttribute('content')).toBe('noindex');
  });

  it('mentions Pagefind on the search page only', () => {
    for (const file of htmlFiles(dist)) {
      const html = fs.readFileSync(path.join(dist, file), 'utf8');
      expect(html.includes('/pagefind/'), file).toBe(file === 'tim-kiem/index.html');
    }
  });
});
