import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AUTHORS,
  DEFAULT_NOW,
  MAX_WORDS,
  MIN_WORDS,
  TAG_POOL,
  generateArticle,
  generateCorpus,
  type CorpusSummary,
  type GeneratedArticle,
} from '../../scripts/bench/generate-corpus.ts';
import { BENCH_CATEGORIES } from '../../scripts/bench/vocabulary.ts';
import { createRng, mixSeed, zipfSampler } from '../../scripts/bench/random.ts';
import { parseContentFile } from '../../src/lib/frontmatter.ts';
import { articleSchema, categorySchema } from '../../src/lib/schema.ts';
import { parseVietnamDateTime } from '../../src/lib/dates.ts';
import { countWords, isValidSlug, markdownToPlainText, slugify } from '../../src/lib/text.ts';

const SAMPLE = 2000;
const sample: GeneratedArticle[] = Array.from({ length: SAMPLE }, (_, index) => generateArticle(index));

function treeHash(dir: string): Map<string, string> {
  const hashes = new Map<string, string>();
  const visit = (relative: string) => {
    for (const entry of fs.readdirSync(path.join(dir, relative), { withFileTypes: true })) {
      const child = path.join(relative, entry.name);
      if (entry.isDirectory()) visit(child);
      else hashes.set(child, crypto.createHash('sha256').update(fs.readFileSync(path.join(dir, child))).digest('hex'));
    }
  };
  visit('');
  return hashes;
}

describe('seeded random numbers', () => {
  it('repeats the same sequence for the same seed and differs for another', () => {
    const a = createRng(42);
    const b = createRng(42);
    const c = createRng(43);
    const seqA = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(seqA);
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(seqA);
    expect(seqA.every((x) => x >= 0 && x < 1)).toBe(true);
  });
  it('mixes seeds and streams into different seeds', () => {
    expect(mixSeed(7, 0)).not.toBe(mixSeed(7, 1));
    expect(mixSeed(7, 0)).not.toBe(mixSeed(8, 0));
    expect(mixSeed(7, 5)).toBe(mixSeed(7, 5));
  });
  it('samples Zipf-distributed indexes: the first is the most common', () => {
    const rng = createRng(1);
    const sampleIndex = zipfSampler(100, 1);
    const counts = new Array<number>(100).fill(0);
    for (let i = 0; i < 20000; i++) counts[sampleIndex(rng)]! += 1;
    expect(counts[0]!).toBeGreaterThan(counts[9]! * 5);
    expect(counts.every((count) => count >= 0)).toBe(true);
    expect(Math.max(...counts)).toBe(counts[0]);
  });
});

describe('generated articles', () => {
  it('are deterministic: same index and seed give the same file', () => {
    expect(generateArticle(123).source).toBe(generateArticle(123).source);
    expect(generateArticle(123, { seed: 8 }).source).not.toBe(generateArticle(123).source);
    expect(generateArticle(123, { now: DEFAULT_NOW }).source).toBe(generateArticle(123).source);
  });

  it('satisfy the content contract (frontmatter parsed and validated like the build does)', () => {
    for (const article of sample) {
      const { data, body } = parseContentFile(article.source.normalize('NFC'));
      const result = articleSchema.safeParse(data);
      if (!result.success) throw new Error(`${article.relativePath}: ${result.error.message}`);
      expect(result.data.category).toBe(article.category);
      expect(result.data.publishedAt.getTime()).toBe(article.publishedAt.getTime());
      expect(result.data.draft).toBe(article.status === 'draft');
      expect(body).toMatch(/\n## \S/);
    }
  });

  it('have unique valid slugs matching their file names, under the year folder of publication', () => {
    const slugs = new Set(sample.map((article) => article.slug));
    expect(slugs.size).toBe(SAMPLE);
    for (const article of sample) {
      expect(isValidSlug(article.slug)).toBe(true);
      expect(article.relativePath).toBe(`articles/${article.year}/${article.slug}.md`);
      const local = new Date(article.publishedAt.getTime() + 7 * 3600_000);
      expect(article.year).toBe(local.getUTCFullYear());
    }
  });

  it('have 500–1,500 words as the site counts them, with headings, lists and links', () => {
    for (const article of sample) {
      const { body } = parseContentFile(article.source.normalize('NFC'));
      const words = countWords(markdownToPlainText(body));
      expect(words).toBe(article.words);
      expect(words).toBeGreaterThanOrEqual(MIN_WORDS);
      expect(words).toBeLessThanOrEqual(MAX_WORDS);
    }
    const all = sample.map((article) => article.source).join('\n');
    expect(all).toMatch(/\n- \S/);
    expect(all).toMatch(/\]\(https:\/\/example\.gov\.vn\//);
    expect(all).toMatch(/\*\*\S/);
  });

  it('are dated over the ten years before "now", scheduled ones after it', () => {
    const now = new Date(DEFAULT_NOW).getTime();
    const tenYears = 10 * 365.25 * 24 * 3600_000;
    for (const article of sample) {
      const at = article.publishedAt.getTime();
      if (article.status === 'scheduled') expect(at).toBeGreaterThan(now);
      else {
        expect(at).toBeLessThan(now);
        expect(at).toBeGreaterThanOrEqual(now - tenYears);
      }
    }
    const years = new Set(sample.map((article) => article.year));
    expect(years.size).toBeGreaterThanOrEqual(10);
  });

  it('writes dates in the several ways editors do, all read as the same instant', () => {
    const raw = sample.map((article) => /^publishedAt: (.+)$/m.exec(article.source.normalize('NFC'))?.[1] ?? '');
    expect(raw.some((value) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+07:00$/.test(value))).toBe(true);
    expect(raw.some((value) => /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/.test(value))).toBe(true);
    expect(raw.some((value) => /Z$/.test(value))).toBe(true);
    raw.forEach((value, index) => expect(parseVietnamDateTime(value)?.getTime()).toBe(sample[index]!.publishedAt.getTime()));
  });

  it('mix drafts (~1%), scheduled (~0.5%), NFD files (~3%) and hero images (~5%)', () => {
    const share = (predicate: (article: GeneratedArticle) => boolean) => sample.filter(predicate).length / SAMPLE;
    expect(share((a) => a.status === 'draft')).toBeGreaterThan(0.004);
    expect(share((a) => a.status === 'draft')).toBeLessThan(0.02);
    expect(share((a) => a.status === 'scheduled')).toBeGreaterThan(0.001);
    expect(share((a) => a.status === 'scheduled')).toBeLessThan(0.012);
    expect(share((a) => a.decomposed)).toBeGreaterThan(0.015);
    expect(share((a) => a.decomposed)).toBeLessThan(0.05);
    expect(share((a) => a.image !== undefined)).toBeGreaterThan(0.03);
    expect(share((a) => a.image !== undefined)).toBeLessThan(0.08);
    for (const article of sample.filter((a) => a.decomposed)) {
      expect(article.source).toBe(article.source.normalize('NFD'));
      expect(article.source).not.toBe(article.source.normalize('NFC'));
    }
  });

  it('use ~200 tags with very different page sizes and ~40 authors', () => {
    expect(TAG_POOL.length).toBeGreaterThanOrEqual(180);
    expect(TAG_POOL.length).toBeLessThanOrEqual(220);
    expect(new Set(TAG_POOL.map((tag) => slugify(tag))).size).toBe(TAG_POOL.length);
    const counts = new Map<string, number>();
    for (const article of sample) for (const tag of article.tags) counts.set(slugify(tag), (counts.get(slugify(tag)) ?? 0) + 1);
    const sizes = [...counts.values()].sort((a, b) => b - a);
    expect(sizes[0]!).toBeGreaterThan(20 * sizes[sizes.length - 1]!);
    expect(counts.size).toBeGreaterThan(150);
    expect(AUTHORS.length).toBe(40);
    expect(new Set(AUTHORS).size).toBe(40);
    expect(new Set(sample.map((article) => article.author).filter(Boolean)).size).toBe(40);
    expect(new Set(sample.map((article) => article.category)).size).toBe(9);
  });
});

describe('generateCorpus', () => {
  let root: string;
  let summary: CorpusSummary;
  beforeAll(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-corpus-test-'));
    summary = await generateCorpus(path.join(root, 'a'), 300);
  });
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it('writes the 9 categories with their titles and menu order', () => {
    const files = fs.readdirSync(path.join(root, 'a', 'categories')).sort();
    expect(files).toEqual(BENCH_CATEGORIES.map((category) => `${category.slug}.md`).sort());
    const expected: Record<string, [string, number]> = {
      'tin-khcn': ['Tin KHCN', 1],
      'doi-moi-sang-tao': ['Đổi mới sáng tạo', 2],
      'khoi-nghiep-sang-tao': ['Khởi nghiệp sáng tạo', 3],
      'chuyen-doi-so': ['Chuyển đổi số', 4],
      'chuyen-doi-xanh': ['Chuyển đổi xanh', 5],
      'tiet-kiem-nang-luong': ['Tiết kiệm năng lượng', 6],
      'so-huu-tri-tue': ['Sở hữu trí tuệ', 7],
      'tieu-chuan-do-luong-chat-luong': ['Tiêu chuẩn – Đo lường – Chất lượng', 8],
      'van-ban-phap-quy': ['Văn bản pháp quy', 9],
    };
    for (const [slug, [title, order]] of Object.entries(expected)) {
      const { data } = parseContentFile(fs.readFileSync(path.join(root, 'a', 'categories', `${slug}.md`), 'utf8'));
      const category = categorySchema.parse(data);
      expect(category.title).toBe(title);
      expect(category.order).toBe(order);
    }
  });

  it('writes every article where it says, with its hero image next to it', () => {
    expect(summary.articles).toBe(300);
    expect(summary.published + summary.drafts + summary.scheduled).toBe(300);
    for (let index = 0; index < 300; index++) {
      const article = generateArticle(index);
      const file = path.join(root, 'a', article.relativePath);
      expect(fs.readFileSync(file, 'utf8')).toBe(article.source);
      if (article.image) expect(fs.existsSync(path.join(path.dirname(file), 'images', article.image))).toBe(true);
    }
  });

  it('is reproducible, and a smaller corpus is the start of a bigger one', async () => {
    await generateCorpus(path.join(root, 'b'), 300);
    await generateCorpus(path.join(root, 'c'), 320);
    const a = treeHash(path.join(root, 'a'));
    expect(treeHash(path.join(root, 'b'))).toEqual(a);
    const c = treeHash(path.join(root, 'c'));
    for (const [file, hash] of a) expect(c.get(file)).toBe(hash);
    expect(c.size).toBeGreaterThan(a.size);
  });
});
