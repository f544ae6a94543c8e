/**
 * The search index is one Pagefind index per publication year (a "shard"), merged again in the
 * browser with Pagefind's mergeIndex. A rebuild after an edit or a new article indexes only the years
 * whose records changed: Pagefind's time grows with the records it is given (the 9,853 records of the
 * 10,000-article benchmark take 8 s, the 1,028 of one year 0.6 s), and an archive's old years rarely change.
 *
 * Each shard's folder holds a manifest (what it was built from and which files it wrote), so the
 * next build can tell that a year is current without indexing it again.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { FolderFile } from './folder-sync.ts';
import { INDEX_KEYS } from './search-state.ts';
import type { SearchRecord } from './search-records.ts';

/** Written into each shard's folder once its files are. */
export const SHARD_MANIFEST_FILE = 'khcn-shard.json';

export interface ShardManifest {
  /** shardDigest of the records the index was built from. */
  digest: string;
  /** The index files, relative to the shard's folder, with their sizes. */
  files: [string, number][];
}

/** The shard a record belongs in: its publication year in Vietnam time (the year filter's value). */
export function shardOf(record: SearchRecord): string {
  const year = record.filters[INDEX_KEYS.year]?.[0];
  if (!year) throw new Error(`Search record ${record.url} has no year to place it in an index.`);
  return year;
}

/** Records grouped by shard, newest year first, each group in the records' order. */
export function recordsByShard(records: readonly SearchRecord[]): [string, SearchRecord[]][] {
  const groups = new Map<string, SearchRecord[]>();
  for (const record of records) {
    const shard = shardOf(record);
    let group = groups.get(shard);
    if (!group) groups.set(shard, (group = []));
    group.push(record);
  }
  return [...groups].sort(([a], [b]) => b.localeCompare(a));
}

/** Objects with their keys in order: records built by different code paths may list them differently. */
function sortedKeys(_key: string, value: unknown): unknown {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Identifies what a shard's index is built from: its records (whatever their keys' order) and the indexer's version. */
export function shardDigest(records: readonly SearchRecord[], indexerVersion: string): string {
  return createHash('sha256').update(indexerVersion).update('\0').update(JSON.stringify(records, sortedKeys)).digest('base64url');
}

/**
 * Pagefind's bundle without its ready-made search interfaces and highlighter, which this site does
 * not use (its search page queries Pagefind's API: src/scripts/search-page.ts).
 */
export function shardBundleFiles(files: readonly FolderFile[]): FolderFile[] {
  return files.filter((file) => !/^pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)$/.test(file.path));
}

export function shardManifest(digest: string, files: readonly FolderFile[]): ShardManifest {
  // In path order: Pagefind lists the same files in varying orders.
  const listed = files.map((file): [string, number] => [file.path, file.content.length]);
  return { digest, files: listed.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)) };
}

/** Whether `folder` holds the index of records with this digest, all its files present at their sizes. */
export function shardIsCurrent(folder: string, digest: string): boolean {
  let manifest: ShardManifest;
  try {
    manifest = JSON.parse(fs.readFileSync(path.join(folder, SHARD_MANIFEST_FILE), 'utf8')) as ShardManifest;
  } catch {
    return false;
  }
  if (manifest.digest !== digest || !Array.isArray(manifest.files)) return false;
  return manifest.files.every(([file, size]) => {
    try {
      return fs.statSync(path.join(folder, ...file.split('/'))).size === size;
    } catch {
      return false;
    }
  });
}
