/**
 * Deterministic synthetic Vietnamese corpus for the benchmark (`npm run bench`).
 *
 *   node scripts/bench/generate-corpus.ts --articles 10000 --out /tmp/corpus [--seed 7] [--now 2026-11-20T08:00:00+07:00]
 *
 * Writes a content folder in the shape of content/: `categories/<slug>.md` (the 9 real categories)
 * and `articles/<year>/<slug>.md` with 500–1,500 words of Vietnamese built from real phrases on the
 * portal's topics (`##` headings, lists, links, some bold text). Tags come from a pool of ~200 names
 * drawn with Zipf weights (a few big tag pages, a long tail), ~40 authors, dates spread over the ten
 * years before a fixed "now", ~1% drafts, ~0.5% scheduled (after "now"), ~3% of files written NFD,
 * ~5% with a hero image (a few generated JPEGs per year folder, reused).
 *
 * Article i depends only on (seed, i, now): a 1,000-article corpus is the first 1,000 articles of
 * the 10,000 one, and `generateArticle(n)` gives the "next" article for a warm-rebuild test.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { countWords, markdownToPlainText, slugify } from '../../src/lib/text.ts';
import { createRng, mixSeed, shuffled, zipfSampler, type Rng } from './random.ts';
import {
  BENCH_CATEGORIES,
  COMMON_OBJECTS,
  COMPLEMENTS,
  GIVEN_NAMES,
  HEADINGS,
  IMAGE_ALTS,
  MIDDLE_NAMES,
  OPENERS,
  PROVINCES,
  RESULTS,
  SOURCES,
  SUBJECTS,
  SURNAMES,
  TOPIC_OBJECTS,
  TOPIC_TAGS,
  VERBS,
} from './vocabulary.ts';

export const DEFAULT_SEED = 7;
/** The corpus's fixed "now"; builds of it should pin BUILD_TIME to the same instant. */
export const DEFAULT_NOW = '2026-11-20T08:00:00+07:00';
export const IMAGES_PER_FOLDER = 4;

export type CorpusStatus = 'published' | 'draft' | 'scheduled';

export interface CorpusOptions {
  seed?: number;
  /** ISO date-time; articles are dated in the ten years before it (scheduled ones after it). */
  now?: string;
}

export interface GeneratedArticle {
  index: number;
  slug: string;
  /** Folder under articles/: the year of publication in Vietnam time. */
  year: number;
  /** Path relative to the corpus root, e.g. articles/2024/some-slug-12.md. */
  relativePath: string;
  /** The exact file text (NFD for decomposed articles). */
  source: string;
  status: CorpusStatus;
  category: string;
  tags: string[];
  author: string | undefined;
  publishedAt: Date;
  words: number;
  decomposed: boolean;
  /** File name of the hero image inside articles/<year>/images/, if any. */
  image: string | undefined;
}

export interface CorpusSummary {
  dir: string;
  seed: number;
  now: string;
  articles: number;
  published: number;
  drafts: number;
  scheduled: number;
  decomposed: number;
  withImage: number;
  /** Distinct tag slugs over published articles. */
  tags: number;
  authors: number;
  words: number;
  files: number;
  bytes: number;
  elapsedMs: number;
}

const YEAR_MS = 365.25 * 24 * 3600 * 1000;
const DAY_MS = 24 * 3600 * 1000;
const VIETNAM_OFFSET_MS = 7 * 3600 * 1000;

/** ~200 tag names in a fixed shuffled order: the first ones get the most articles. */
export const TAG_POOL: readonly string[] = shuffled([...TOPIC_TAGS, ...PROVINCES], createRng(0x7a65));
const sampleTag = zipfSampler(TAG_POOL.length, 1);

/** 40 distinct author names. */
export const AUTHORS: readonly string[] = (() => {
  const rng = createRng(0xa17);
  const names = new Set<string>();
  while (names.size < 40) {
    const surname = rng.pick(SURNAMES);
    names.add(`${surname} ${rng.pick(MIDDLE_NAMES)} ${rng.pick(GIVEN_NAMES)}`);
  }
  return [...names];
})();

function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

function yamlString(value: string): string {
  return JSON.stringify(value);
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** Vietnam wall-clock parts of an instant (fixed +07:00, no daylight saving). */
function vietnamParts(date: Date): { year: number; month: number; day: number; hour: number; minute: number; second: number } {
  const local = new Date(date.getTime() + VIETNAM_OFFSET_MS);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds(),
  };
}

/** Editors write dates several ways; all mean the same instant under the content contract. */
function formatDate(date: Date, rng: Rng): string {
  const roll = rng.next();
  if (roll < 0.05) return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const p = vietnamParts(date);
  const day = `${p.year}-${pad(p.month)}-${pad(p.day)}`;
  const time = `${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}`;
  return roll < 0.2 ? `${day} ${time}` : `${day}T${time}+07:00`;
}

function objectFor(category: string, rng: Rng): string {
  if (rng.chance(0.7)) return rng.pick(TOPIC_OBJECTS[category] ?? COMMON_OBJECTS);
  if (rng.chance(0.5)) return rng.pick(COMMON_OBJECTS);
  return rng.pick(TOPIC_OBJECTS[rng.pick(BENCH_CATEGORIES).slug] ?? COMMON_OBJECTS);
}

function sentence(category: string, rng: Rng): string {
  const object = objectFor(category, rng);
  switch (rng.int(0, 5)) {
    case 0:
      return `${rng.pick(OPENERS)} ${rng.pick(SUBJECTS)} ${rng.pick(VERBS)} ${object} ${rng.pick(COMPLEMENTS)}.`;
    case 1:
      return `${capitalize(rng.pick(SUBJECTS))} đã ${rng.pick(VERBS)} ${object}, nhờ đó ${rng.pick(RESULTS)}.`;
    case 2:
      return `Tại ${rng.pick(PROVINCES)}, ${rng.pick(SUBJECTS)} tiếp tục ${rng.pick(VERBS)} ${object} ${rng.pick(COMPLEMENTS)}.`;
    case 3:
      return `Theo ${rng.pick(['chuyên gia', 'ông', 'bà'])} ${rng.pick(AUTHORS)}, ${rng.pick(RESULTS)} và cần tiếp tục ${rng.pick(VERBS)} ${object}.`;
    case 4:
      return `Năm ${rng.int(2016, 2026)}, ${rng.int(12, 480)} đơn vị đã tham gia ${rng.pick(VERBS)} ${object}, ${rng.pick(RESULTS)}.`;
    default:
      return `${capitalize(rng.pick(VERBS))} ${object} là nhiệm vụ trọng tâm ${rng.pick(COMPLEMENTS)}.`;
  }
}

function paragraph(category: string, slug: string, rng: Rng): string {
  const sentences = Array.from({ length: rng.int(3, 6) }, () => sentence(category, rng));
  if (rng.chance(0.12)) {
    const at = rng.int(0, sentences.length - 1);
    sentences[at] = `${sentences[at]} Xem thêm [${rng.pick(SOURCES)}](https://example.gov.vn/tin-tuc/${slug}-${rng.int(1, 999)}).`;
  }
  if (rng.chance(0.1)) {
    const at = rng.int(0, sentences.length - 1);
    sentences[at] = `**${sentences[at]}**`;
  }
  return sentences.join(' ');
}

/** Words as the site counts them (reading time): link targets and Markdown syntax do not count. */
function countSyllables(text: string): number {
  return countWords(markdownToPlainText(text));
}

export const MIN_WORDS = 500;
export const MAX_WORDS = 1500;

function body(category: string, slug: string, targetWords: number, rng: Rng): string {
  const blocks: string[] = [];
  let words = 0;
  /** Adds a block unless it would take the article past MAX_WORDS. */
  const add = (block: string): boolean => {
    const count = countSyllables(block);
    if (words + count > MAX_WORDS && words >= MIN_WORDS) return false;
    blocks.push(block);
    words += count;
    return true;
  };
  add(paragraph(category, slug, rng));
  const headings = shuffled(HEADINGS, rng);
  // Blocks are added one at a time until the target is reached, without passing MAX_WORDS.
  let open = true;
  for (let section = 0; open && words < targetWords; section++) {
    const heading = headings[section % headings.length] as string;
    add(`## ${section >= headings.length ? `${heading} (${section + 1})` : heading}`);
    for (let p = rng.int(1, 3); open && p > 0 && words < targetWords; p--) open = add(paragraph(category, slug, rng));
    if (open && words < targetWords && rng.chance(0.4)) {
      open = add(Array.from({ length: rng.int(3, 6) }, () => `- ${capitalize(rng.pick(VERBS))} ${objectFor(category, rng)}.`).join('\n'));
    }
  }
  // Never end on a heading with nothing under it.
  if (blocks.at(-1)?.startsWith('## ')) blocks.pop();
  return `${blocks.join('\n\n')}\n`;
}

function pickTags(rng: Rng): string[] {
  const count = rng.int(2, 5);
  const chosen = new Set<number>();
  for (let attempts = 0; chosen.size < count && attempts < 50; attempts++) chosen.add(sampleTag(rng));
  // Editors are not consistent about capitals: the build must group "Khởi nghiệp" with "khởi nghiệp".
  return [...chosen].map((k) => (rng.chance(0.05) ? capitalize(TAG_POOL[k] as string) : (TAG_POOL[k] as string)));
}

/** Generates article number `index` (0-based) of the corpus. Pure: no file is written. */
export function generateArticle(index: number, options: CorpusOptions = {}): GeneratedArticle {
  const seed = options.seed ?? DEFAULT_SEED;
  const now = new Date(options.now ?? DEFAULT_NOW);
  if (Number.isNaN(now.getTime())) throw new Error(`Invalid "now": ${options.now}`);
  const rng = createRng(mixSeed(seed, index));

  const statusRoll = rng.next();
  const status: CorpusStatus = statusRoll < 0.01 ? 'draft' : statusRoll < 0.015 ? 'scheduled' : 'published';
  const publishedAt =
    status === 'scheduled'
      ? new Date(now.getTime() + 30 * DAY_MS + Math.floor(rng.next() * 700 * DAY_MS))
      : new Date(now.getTime() - 3600_000 - Math.floor(rng.next() * 10 * YEAR_MS));
  publishedAt.setUTCMilliseconds(0);
  const year = vietnamParts(publishedAt).year;

  const category = rng.pick(BENCH_CATEGORIES).slug;
  let title = capitalize(`${rng.pick(VERBS)} ${objectFor(category, rng)}`);
  const titleStyle = rng.int(0, 2);
  if (titleStyle === 0) title = `${rng.pick(PROVINCES)}: ${title.charAt(0).toLocaleLowerCase('vi')}${title.slice(1)} ${rng.pick(COMPLEMENTS)}`;
  else if (titleStyle === 1) title = `${capitalize(rng.pick(SUBJECTS))} ${rng.pick(VERBS)} ${objectFor(category, rng)}`;
  else title = `${title} ${rng.pick(COMPLEMENTS)}`;
  const slug = `${slugify(title, 64)}-${index + 1}`;
  const description = `${sentence(category, rng)} ${rng.chance(0.5) ? sentence(category, rng) : ''}`.trim();

  const tags = pickTags(rng);
  const author = rng.chance(0.95) ? rng.pick(AUTHORS) : undefined;
  const draft = status === 'draft';
  const featured = status === 'published' && rng.chance(0.02);
  const image = rng.chance(0.05) ? `anh-minh-hoa-${rng.int(1, IMAGES_PER_FOLDER)}.jpg` : undefined;
  const decomposed = rng.chance(0.03);

  const lines = [
    '---',
    `title: ${yamlString(title)}`,
    `description: ${yamlString(description)}`,
    `category: ${category}`,
    `publishedAt: ${formatDate(publishedAt, rng)}`,
  ];
  if (rng.chance(0.2)) lines.push(`updatedAt: ${formatDate(new Date(publishedAt.getTime() + rng.int(1, 30 * 24) * 3600_000), rng)}`);
  if (author) lines.push(`author: ${yamlString(author)}`);
  lines.push('tags:', ...tags.map((tag) => `  - ${yamlString(tag)}`));
  if (image) {
    lines.push('image:', `  src: ./images/${image}`, `  alt: ${yamlString(rng.pick(IMAGE_ALTS))}`);
    if (rng.chance(0.7)) lines.push(`  caption: ${yamlString(sentence(category, rng))}`);
    if (rng.chance(0.5)) lines.push(`  credit: ${yamlString(rng.pick(AUTHORS))}`);
  }
  if (rng.chance(0.1)) lines.push('source:', `  name: ${yamlString(rng.pick(SOURCES))}`, `  url: "https://example.gov.vn/nguon/${slug}"`);
  if (rng.chance(0.05)) {
    lines.push('documents:');
    for (let d = rng.int(1, 3); d > 0; d--) {
      lines.push(`  - title: ${yamlString(`${capitalize(objectFor(category, rng))} (PDF)`)}`, `    url: "https://example.gov.vn/van-ban/${slug}-${d}.pdf"`);
    }
  }
  if (draft) lines.push('draft: true');
  if (featured) lines.push('featured: true');
  lines.push('---', '');

  const text = body(category, slug, rng.int(MIN_WORDS, MAX_WORDS), rng);
  const nfc = `${lines.join('\n')}\n${text}`;
  return {
    index,
    slug,
    year,
    relativePath: `articles/${year}/${slug}.md`,
    source: decomposed ? nfc.normalize('NFD') : nfc,
    status,
    category,
    tags,
    author,
    publishedAt,
    words: countSyllables(text),
    decomposed,
    image,
  };
}

/** The category file text for one of the 9 categories. */
export function categorySource(category: (typeof BENCH_CATEGORIES)[number]): string {
  return `---\ntitle: ${yamlString(category.title)}\ndescription: ${yamlString(category.description)}\norder: ${category.order}\n---\n`;
}

/** A few small JPEGs (solid colours), made once with sharp and copied into every year folder that needs them. */
async function heroImages(): Promise<Buffer[]> {
  const { default: sharp } = await import('sharp');
  const colours = [
    { r: 30, g: 90, b: 140 },
    { r: 160, g: 60, b: 40 },
    { r: 40, g: 120, b: 70 },
    { r: 120, g: 110, b: 30 },
  ];
  return Promise.all(
    colours.slice(0, IMAGES_PER_FOLDER).map((background) =>
      sharp({ create: { width: 1200, height: 675, channels: 3, background } }).jpeg({ quality: 70 }).toBuffer(),
    ),
  );
}

/** Writes a corpus of `articles` articles into `dir` (emptied first). */
export async function generateCorpus(dir: string, articles: number, options: CorpusOptions = {}): Promise<CorpusSummary> {
  const started = performance.now();
  const seed = options.seed ?? DEFAULT_SEED;
  const now = options.now ?? DEFAULT_NOW;
  if (!Number.isInteger(articles) || articles < 0) throw new Error(`articles must be a non-negative integer, got ${articles}`);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, 'categories'), { recursive: true });
  let files = 0;
  let bytes = 0;
  const write = (relative: string, data: string | Buffer) => {
    fs.writeFileSync(path.join(dir, relative), data);
    files += 1;
    bytes += typeof data === 'string' ? Buffer.byteLength(data) : data.length;
  };
  for (const category of BENCH_CATEGORIES) write(`categories/${category.slug}.md`, categorySource(category));

  const images = await heroImages();
  const yearsMade = new Set<number>();
  const yearsWithImages = new Set<number>();
  const tagSlugs = new Set<string>();
  const authors = new Set<string>();
  const summary = { published: 0, drafts: 0, scheduled: 0, decomposed: 0, withImage: 0, words: 0 };
  for (let index = 0; index < articles; index++) {
    const article = generateArticle(index, { seed, now });
    if (!yearsMade.has(article.year)) {
      fs.mkdirSync(path.join(dir, 'articles', String(article.year)), { recursive: true });
      yearsMade.add(article.year);
    }
    if (article.image && !yearsWithImages.has(article.year)) {
      fs.mkdirSync(path.join(dir, 'articles', String(article.year), 'images'), { recursive: true });
      images.forEach((image, k) => write(`articles/${article.year}/images/anh-minh-hoa-${k + 1}.jpg`, image));
      yearsWithImages.add(article.year);
    }
    write(article.relativePath, article.source);
    if (article.status === 'published') {
      summary.published += 1;
      for (const tag of article.tags) tagSlugs.add(slugify(tag));
      if (article.author) authors.add(article.author);
    } else if (article.status === 'draft') summary.drafts += 1;
    else summary.scheduled += 1;
    if (article.decomposed) summary.decomposed += 1;
    if (article.image) summary.withImage += 1;
    summary.words += article.words;
  }
  return {
    dir,
    seed,
    now,
    articles,
    ...summary,
    tags: tagSlugs.size,
    authors: authors.size,
    files,
    bytes,
    elapsedMs: performance.now() - started,
  };
}

function parseCli(argv: readonly string[]): { articles: number; out: string; seed: number; now: string } {
  let articles = 1000;
  let out = '';
  let seed = DEFAULT_SEED;
  let now = DEFAULT_NOW;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => inline ?? argv[++i] ?? '';
    if (flag === '--articles') articles = Number(value().replace(/[_,]/g, ''));
    else if (flag === '--out') out = value();
    else if (flag === '--seed') seed = Number(value());
    else if (flag === '--now') now = value();
    else if (flag === '--help' || flag === '-h') {
      console.log('Usage: node scripts/bench/generate-corpus.ts --articles N --out DIR [--seed N] [--now ISO-DATE]');
      process.exit(0);
    } else throw new Error(`Unknown option ${arg}`);
  }
  if (!out) throw new Error('--out DIR is required');
  if (!Number.isInteger(articles) || articles < 0) throw new Error('--articles must be a non-negative integer');
  if (!Number.isInteger(seed)) throw new Error('--seed must be an integer');
  return { articles, out: path.resolve(out), seed, now };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const options = parseCli(process.argv.slice(2));
    const summary = await generateCorpus(options.out, options.articles, { seed: options.seed, now: options.now });
    console.log(JSON.stringify(summary, null, 2));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
