/**
 * Search records handed to Pagefind as small HTML files in one folder instead of one custom record
 * at a time. Pagefind 1.6's `addCustomRecord` looks for an earlier record with the same URL among
 * all those added so far (a linear search, so adding n records costs n²/2 comparisons: ~1.1 s of
 * the 2.4 s it takes to add 9,853 records), while `addDirectory` parses the files of a folder
 * without that search: 0.9–1.0 s for the same records, plus 0.2 s to write them to memory
 * (docs/performance.md, eleventh round).
 *
 * Each record becomes the page Pagefind would read as that very record: its body holds the
 * content (the weighted title as a span with `data-pagefind-weight`), its metadata, filters and
 * sort keys are read from attributes, so commas and quotes in values need no escaping rules of
 * Pagefind's. Pagefind numbers pages in the order it finds the files, which is the order the
 * folder lists them in; on tmpfs that is the reverse of the order they were created in. So the
 * files go into a tmpfs folder, newest record created last, and the listing is checked before
 * Pagefind reads it. Anything else (no tmpfs with room, records in several folders, content this
 * cannot express) leaves the caller to add custom records: the index is the same byte for byte
 * either way (a unit test indexes records both ways and compares the files).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { SearchRecord } from './search-records.ts';

/** statfs(2)'s f_type for tmpfs. */
const TMPFS_MAGIC = 0x01021994;
/** Where a tmpfs is usually mounted on Linux. */
const TMPFS_CANDIDATES = ['/dev/shm'];
/** The file names under the record's folder, as Pagefind turns …/x/index.html into /…/x/. */
const INDEX_FILE = 'index.html';

const WEIGHTED = /^___PAGEFIND_WEIGHT___(\d+) (.*?) ___END_PAGEFIND_WEIGHT___(?: (.*))?$/s;
const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (text: string) => escapeText(text).replace(/"/g, '&quot;');
/** Names of metadata, filters and sort keys go into Pagefind's attribute syntax as they are. */
const PLAIN_NAME = /^[a-z][a-z0-9_]*$/;
/** Characters an HTML parser might not hand over unchanged (records carry none: search-records.ts cleans them). */
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/;

/** The page that Pagefind indexes as `record`, or undefined when its content cannot be written so. */
export function recordHtml(record: SearchRecord): string | undefined {
  const weighted = WEIGHTED.exec(record.content);
  // Other instructions or a content without the weighted title are not ours: added as records.
  const rest = weighted ? (weighted[3] ?? '') : record.content;
  if (/___PAGEFIND_/.test(weighted ? `${weighted[2]} ${rest}` : record.content)) return undefined;
  const names = [...Object.keys(record.meta), ...Object.keys(record.filters), ...Object.keys(record.sort)];
  if (!names.every((name) => PLAIN_NAME.test(name)) || !/^[a-z-]+$/i.test(record.language)) return undefined;
  // Empty values and control characters: what Pagefind makes of them as HTML is not known to match.
  const values = [...Object.values(record.meta), ...Object.values(record.filters).flat(), ...Object.values(record.sort)];
  if (values.some((value) => value === '' || CONTROL_CHARACTER.test(value)) || CONTROL_CHARACTER.test(record.content)) return undefined;

  const attributes: string[] = [];
  const take = (prefix: string, entries: [string, string][]) =>
    entries.map(([name, value], position) => {
      attributes.push(`data-${prefix}${position}="${escapeAttribute(value)}"`);
      return `${name}[data-${prefix}${position}]`;
    });
  const meta = take('m', Object.entries(record.meta));
  const filters = take('f', Object.entries(record.filters).flatMap(([name, values]) => values.map((value): [string, string] => [name, value])));
  const sort = take('s', Object.entries(record.sort));
  const instructions = [
    'data-pagefind-body',
    meta.length > 0 && `data-pagefind-meta="${meta.join(', ')}"`,
    filters.length > 0 && `data-pagefind-filter="${filters.join(', ')}"`,
    sort.length > 0 && `data-pagefind-sort="${sort.join(', ')}"`,
  ].filter(Boolean);
  // No block elements inside: Pagefind ends a block's text with a full stop when it has none.
  const body = weighted
    ? `<span data-pagefind-weight="${weighted[1]}">${escapeText(weighted[2]!)}</span>${rest ? ` ${escapeText(rest)}` : ''}`
    : escapeText(rest);
  return `<!doctype html><html lang="${record.language}"><body><main ${[...instructions, ...attributes].join(' ')}>${body}</main></body></html>`;
}

/** The records' common folder (relative, e.g. "tin-tuc") and each one's name in it, or undefined. */
function recordFolders(records: readonly SearchRecord[]): { folder: string; names: string[] } | undefined {
  let folder: string | undefined;
  const names: string[] = [];
  for (const { url } of records) {
    const match = /^\/((?:[a-z0-9-]+\/)*)([a-z0-9-]+)\/$/.exec(url);
    if (!match || (folder !== undefined && match[1] !== folder)) return undefined;
    folder = match[1]!;
    names.push(match[2]!);
  }
  return folder === undefined || new Set(names).size !== names.length ? undefined : { folder, names };
}

/** A tmpfs folder with room for `bytes`, or undefined. */
export function tmpfsRoot(bytes: number, candidates: readonly string[] = TMPFS_CANDIDATES): string | undefined {
  for (const candidate of candidates) {
    try {
      const stats = fs.statfsSync(candidate);
      // Twice the bytes: each small file takes at least a page.
      if (stats.type !== TMPFS_MAGIC || stats.bavail * stats.bsize <= 2 * bytes) continue;
      fs.accessSync(candidate, fs.constants.W_OK);
      return candidate;
    } catch {
      // Not there, or not writable.
    }
  }
  return undefined;
}

export interface StagedRecords {
  /** The folder to give Pagefind's addDirectory. */
  root: string;
  /** Removes the folder in the background (10,000 pages: ~0.3 s, ~0.12 s of it CPU, that the caller need not wait for). */
  remove: () => Promise<void>;
}

const STAGING_PREFIX = 'khcn-search-';
/** A staging folder this old was left by a build that was killed: its memory is given back. */
const ABANDONED_AFTER_MS = 60 * 60 * 1000;

function removeAbandonedStaging(base: string): void {
  try {
    for (const name of fs.readdirSync(base)) {
      if (!name.startsWith(STAGING_PREFIX)) continue;
      const folder = path.join(base, name);
      if (Date.now() - fs.statSync(folder).mtimeMs > ABANDONED_AFTER_MS) fs.rmSync(folder, { recursive: true, force: true });
    }
  } catch {
    // Another build removed it first, or the folder cannot be listed: nothing to give back.
  }
}

/** Pages removed between two turns of the event loop, so that messages are not held up for long. */
const REMOVAL_BATCH = 500;

/**
 * Removes the staged pages (each folder's file, then the folder): two calls a page, where a recursive
 * removal first asks what every entry is and costs four times the CPU (10,000 pages: ~0.45 s). Starts
 * after the caller's next step (Pagefind's next request goes out first). Anything it does not expect
 * is left to the caller's recursive removal.
 */
async function removePages(pageFolders: readonly string[]): Promise<void> {
  const nextTurn = () => new Promise((resolve) => setImmediate(resolve));
  await nextTurn();
  try {
    for (let start = 0; start < pageFolders.length; start += REMOVAL_BATCH) {
      for (const pageFolder of pageFolders.slice(start, start + REMOVAL_BATCH)) {
        fs.unlinkSync(path.join(pageFolder, INDEX_FILE));
        fs.rmdirSync(pageFolder);
      }
      await nextTurn();
    }
  } catch {
    // Gone already, or something else in a folder.
  }
}

/**
 * Writes the records as pages in a new folder under `root` (a tmpfs one by default) and checks that
 * the folder lists them in the records' order; undefined when they cannot be staged so.
 */
export function stageRecords(records: readonly SearchRecord[], root?: string): StagedRecords | undefined {
  const folders = recordFolders(records);
  if (!folders || records.length === 0) return undefined;
  const pages: string[] = [];
  let bytes = 0;
  for (const record of records) {
    const html = recordHtml(record);
    if (html === undefined) return undefined;
    pages.push(html);
    bytes += html.length * 3 + 4096;
  }
  const base = root ?? tmpfsRoot(bytes);
  if (!base) return undefined;
  removeAbandonedStaging(base);
  let stagingRoot: string | undefined;
  const pageFolders: string[] = [];
  const remove = async () => {
    if (!stagingRoot) return;
    await removePages(pageFolders);
    await fs.promises.rm(stagingRoot, { recursive: true, force: true });
  };
  try {
    stagingRoot = fs.mkdtempSync(path.join(base, STAGING_PREFIX));
    const folder = path.join(stagingRoot, folders.folder);
    fs.mkdirSync(folder, { recursive: true });
    // The last created is listed first on tmpfs: the newest record is created last.
    for (let position = records.length - 1; position >= 0; position -= 1) {
      const pageFolder = path.join(folder, folders.names[position]!);
      fs.mkdirSync(pageFolder);
      pageFolders.push(pageFolder);
      fs.writeFileSync(path.join(pageFolder, INDEX_FILE), pages[position]!);
    }
    // In the folder's own order, as Pagefind walks it (fs.readdirSync sorts the names).
    const listed: string[] = [];
    const listing = fs.opendirSync(folder);
    try {
      for (let entry = listing.readSync(); entry; entry = listing.readSync()) listed.push(entry.name);
    } finally {
      listing.closeSync();
    }
    if (listed.length !== folders.names.length || listed.some((name, position) => name !== folders.names[position])) {
      fs.rmSync(stagingRoot, { recursive: true, force: true });
      return undefined;
    }
    return { root: stagingRoot, remove };
  } catch {
    // Out of room, or the folder went away: the caller adds custom records.
    if (stagingRoot) fs.rmSync(stagingRoot, { recursive: true, force: true });
    return undefined;
  }
}
