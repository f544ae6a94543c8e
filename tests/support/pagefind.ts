/** Reads the search index's records (one Pagefind bundle per year) straight from its files. */
import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { listFiles } from './dist.ts';

export interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** The text of a Pagefind data file (gzipped, after a 12-byte signature). */
export function decodePagefindFile(file: string): string {
  const raw = fs.readFileSync(file);
  const data = raw.subarray(0, 12).toString() === 'pagefind_dcd' ? raw : gunzipSync(raw);
  return data.subarray(12).toString('utf8');
}

/** The yearly indexes in the search index's folder (one Pagefind bundle each), newest first. */
export function pagefindShards(root: string): string[] {
  return fs
    .readdirSync(root)
    .filter((name) => fs.existsSync(path.join(root, name, 'pagefind-entry.json')))
    .sort()
    .reverse();
}

/** One fragment per indexed page, of every yearly index. */
export function pagefindFragments(root: string): Fragment[] {
  return pagefindShards(root).flatMap((shard) => {
    const folder = path.join(root, shard, 'fragment');
    return listFiles(folder).map((file) => JSON.parse(decodePagefindFile(path.join(folder, file))) as Fragment);
  });
}
