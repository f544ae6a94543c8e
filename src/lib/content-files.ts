/**
 * Which files in the content folder the build reads, mirroring src/content.config.ts:
 * articles are `articles/**\/*.{md,mdx}` and categories are `categories/*.md` (lower-case
 * extensions, hidden files ignored). Everything else is listed too, so the check can say when a
 * file an editor added would be silently left out.
 */
import fs from 'node:fs';
import path from 'node:path';
import { slugFromPath } from './content-dir.ts';

export const ARTICLE_EXTENSIONS: readonly string[] = ['.md', '.mdx'];
export const CATEGORY_EXTENSIONS: readonly string[] = ['.md'];
/** Formats Astro's image pipeline accepts. */
export const IMAGE_EXTENSIONS: readonly string[] = ['.jpg', '.jpeg', '.png', '.webp', '.gif', '.avif', '.svg', '.tif', '.tiff'];
/** Extensions of files that look like an article the build would not read (`.MD`, `.markdown`, a Word file…). */
const ARTICLE_LOOKALIKES = ['.md', '.mdx', '.markdown', '.mdown', '.mkd', '.txt', '.doc', '.docx', '.odt', '.rtf'];

export interface StrayFile {
  file: string;
  /** `lookalike`: probably meant as an article or category; `other`: some other file. */
  kind: 'lookalike' | 'other';
}

export interface ContentFiles {
  root: string;
  articlesDir: string;
  categoriesDir: string;
  /** Absolute paths, sorted. */
  articles: string[];
  categories: string[];
  images: string[];
  stray: StrayFile[];
  /** Sub-folders of categories/, which the build does not read. */
  strayFolders: string[];
}

function isHidden(name: string): boolean {
  return name.startsWith('.');
}

function walk(dir: string, onFile: (file: string) => void): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    if (isHidden(entry.name)) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, onFile);
    else if (entry.isFile()) onFile(full);
  }
}

const byPath = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function listContentFiles(root: string): ContentFiles {
  const articlesDir = path.join(root, 'articles');
  const categoriesDir = path.join(root, 'categories');
  const result: ContentFiles = { root, articlesDir, categoriesDir, articles: [], categories: [], images: [], stray: [], strayFolders: [] };

  walk(articlesDir, (file) => {
    const extension = path.extname(file);
    if (ARTICLE_EXTENSIONS.includes(extension)) result.articles.push(file);
    else if (IMAGE_EXTENSIONS.includes(extension.toLowerCase())) result.images.push(file);
    else result.stray.push({ file, kind: ARTICLE_LOOKALIKES.includes(extension.toLowerCase()) ? 'lookalike' : 'other' });
  });

  let categoryEntries: fs.Dirent[] = [];
  try {
    categoryEntries = fs.readdirSync(categoriesDir, { withFileTypes: true });
  } catch {
    // A missing folder is reported by the check.
  }
  for (const entry of categoryEntries) {
    if (isHidden(entry.name)) continue;
    const full = path.join(categoriesDir, entry.name);
    if (entry.isDirectory()) result.strayFolders.push(full);
    else if (!entry.isFile()) continue;
    else if (CATEGORY_EXTENSIONS.includes(path.extname(entry.name))) result.categories.push(full);
    else result.stray.push({ file: full, kind: ARTICLE_LOOKALIKES.includes(path.extname(entry.name).toLowerCase()) ? 'lookalike' : 'other' });
  }

  result.articles.sort(byPath);
  result.categories.sort(byPath);
  result.images.sort(byPath);
  result.stray.sort((a, b) => byPath(a.file, b.file));
  result.strayFolders.sort(byPath);
  return result;
}

/** Category slugs (file names of categories/*.md), in the order of the file names. */
export function listCategorySlugs(root: string): string[] {
  return listContentFiles(root).categories.map((file) => slugFromPath(file));
}

/** Every article file under articles/, grouped by slug (more than one file means a clash). */
export function articlesBySlug(files: readonly string[]): Map<string, string[]> {
  const bySlug = new Map<string, string[]>();
  for (const file of files) {
    const slug = slugFromPath(file);
    const list = bySlug.get(slug);
    if (list) list.push(file);
    else bySlug.set(slug, [file]);
  }
  return bySlug;
}
