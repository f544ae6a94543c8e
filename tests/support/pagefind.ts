/** Reads a Pagefind bundle's records straight from its files. */
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

/** One fragment per indexed page. */
export function pagefindFragments(bundle: string): Fragment[] {
  return listFiles(path.join(bundle, 'fragment')).map((file) => JSON.parse(decodePagefindFile(path.join(bundle, 'fragment', file))) as Fragment);
}
