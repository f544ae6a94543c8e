/**
 * Which files make up a Pagefind bundle, read from the bundle itself. Pagefind's writeFiles names
 * fragments, word-index chunks and filter files by a hash of their content and leaves a file that
 * already exists alone, so writing a rebuilt index over the last one writes only the new files (and
 * skips compressing the others, 2.4 s of Pagefind's 5.4 s at 10,000 articles); the files the new
 * index no longer names are then removed here. Its other files (its scripts, WebAssembly and entry)
 * have fixed names and are written every time.
 *
 * The entry (pagefind-entry.json) names each language's metadata file, a gzipped CBOR array whose
 * fields 1–3 list the pages (fragment hashes), the word-index chunks and the filters, each with its
 * hash (Pagefind 1.6's MetaIndex). A unit test checks this against the files Pagefind itself lists.
 */
import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { filesBelow } from './file-tree.ts';

const ENTRY_FILE = 'pagefind-entry.json';
const SIGNATURE = 'pagefind_dcd';
/** The folders of content-hashed files, by the metadata field that lists them. */
const HASHED_FOLDERS = { fragment: 1, index: 2, filter: 3 } as const;
const EXTENSIONS: Record<keyof typeof HASHED_FOLDERS, string> = { fragment: 'pf_fragment', index: 'pf_index', filter: 'pf_filter' };

type Cbor = number | string | Uint8Array | boolean | null | undefined | Cbor[] | Map<Cbor, Cbor>;

const utf8 = new TextDecoder();

/** Decodes the CBOR subset Pagefind writes: definite lengths, no half-precision floats. */
export function decodeCbor(bytes: Uint8Array): Cbor {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = 0;
  const argument = (info: number): number => {
    if (info < 24) return info;
    const size = info - 24;
    if (size > 3) throw new Error(`CBOR: unsupported length encoding ${info}`);
    const value = size === 0 ? view.getUint8(offset) : size === 1 ? view.getUint16(offset) : size === 2 ? view.getUint32(offset) : Number(view.getBigUint64(offset));
    offset += 1 << size;
    return value;
  };
  const item = (): Cbor => {
    const initial = view.getUint8(offset++);
    const major = initial >> 5;
    const info = initial & 31;
    if (major === 7) {
      if (info === 20) return false;
      if (info === 21) return true;
      if (info === 22) return null;
      if (info === 23) return undefined;
      if (info === 26 || info === 27) {
        const value = info === 26 ? view.getFloat32(offset) : view.getFloat64(offset);
        offset += info === 26 ? 4 : 8;
        return value;
      }
      throw new Error(`CBOR: unsupported simple value ${info}`);
    }
    if (info === 31) throw new Error('CBOR: indefinite lengths are not supported');
    const value = argument(info);
    switch (major) {
      case 0:
        return value;
      case 1:
        return -1 - value;
      case 2:
      case 3: {
        const chunk = bytes.subarray(offset, offset + value);
        offset += value;
        return major === 2 ? chunk : utf8.decode(chunk);
      }
      case 4:
        return Array.from({ length: value }, item);
      case 5: {
        const map = new Map<Cbor, Cbor>();
        for (let index = 0; index < value; index += 1) map.set(item(), item());
        return map;
      }
      default:
        // Tags: the tagged item stands for itself.
        return item();
    }
  };
  return item();
}

/** The bytes of a Pagefind data file (gzipped or not), without its signature. */
function pagefindData(file: string): Uint8Array {
  const raw = fs.readFileSync(file);
  const data = raw.subarray(0, SIGNATURE.length).toString() === SIGNATURE ? raw : gunzipSync(raw);
  if (data.subarray(0, SIGNATURE.length).toString() !== SIGNATURE) throw new Error(`${file} is not a Pagefind data file`);
  return data.subarray(SIGNATURE.length);
}

/**
 * The content-hashed files of the bundle in `dir` (relative paths): each language's metadata file
 * and every fragment, word-index chunk and filter file it names. Throws if the bundle cannot be read.
 */
export function pagefindHashedFiles(dir: string): Set<string> {
  const entry = JSON.parse(fs.readFileSync(path.join(dir, ENTRY_FILE), 'utf8')) as { languages: Record<string, { hash: string }> };
  const files = new Set<string>();
  for (const { hash } of Object.values(entry.languages)) {
    const metaFile = `pagefind.${hash}.pf_meta`;
    files.add(metaFile);
    const meta = decodeCbor(pagefindData(path.join(dir, metaFile)));
    if (!Array.isArray(meta)) throw new Error(`${metaFile}: not the metadata Pagefind 1.6 writes`);
    for (const [folder, field] of Object.entries(HASHED_FOLDERS) as [keyof typeof HASHED_FOLDERS, number][]) {
      const listed = meta[field];
      if (!Array.isArray(listed)) throw new Error(`${metaFile}: field ${field} is not a list`);
      for (const item of listed) {
        // Pages are [hash, word count], chunks [from, to, hash], filters [name, hash].
        const hash = Array.isArray(item) ? item[folder === 'index' ? 2 : folder === 'filter' ? 1 : 0] : undefined;
        if (typeof hash !== 'string') throw new Error(`${metaFile}: an entry of field ${field} has no hash`);
        files.add(`${folder}/${hash}.${EXTENSIONS[folder]}`);
      }
    }
  }
  return files;
}

/** Whether a bundle file is one Pagefind names by content hash (and never rewrites once it exists). */
export function isHashedPagefindFile(file: string): boolean {
  const [folder, name, ...rest] = file.split('/');
  if (rest.length > 0) return false;
  if (name === undefined) return /^pagefind\.[^/]+\.pf_meta$/.test(folder!);
  return folder! in HASHED_FOLDERS && name.endsWith(`.${EXTENSIONS[folder as keyof typeof HASHED_FOLDERS]}`);
}

/** Removes the content-hashed files among `files` (those of `dir`) that its current bundle does not name; returns them. */
function removeUnnamedPagefindFiles(dir: string, files: readonly string[]): Set<string> {
  const named = pagefindHashedFiles(dir);
  const stale = new Set(files.filter((file) => isHashedPagefindFile(file) && !named.has(file)));
  for (const file of stale) fs.rmSync(path.join(dir, ...file.split('/')), { force: true });
  return stale;
}

/** Left in the bundle's folder while it is written: a build stopped meanwhile may have left files half written. */
export const WRITING_MARKER = '.khcn-index-writing';

/** What writing a bundle did. */
export interface BundleWriteSummary {
  files: number;
  bytes: number;
  /** Files new by name, and the fixed-name files Pagefind writes every time. */
  written: number;
  removed: number;
}

/**
 * Writes an index into `dir` with Pagefind's writeFiles, then removes the content-hashed files the
 * new bundle does not name. Pagefind keeps any hashed file that exists, so after a write that was
 * stopped (the marker is still there) every hashed file is removed first and written again.
 */
export async function writePagefindBundle(write: (outputPath: string) => Promise<{ errors: string[] }>, dir: string): Promise<BundleWriteSummary> {
  const marker = path.join(dir, WRITING_MARKER);
  if (fs.existsSync(marker)) {
    for (const file of filesBelow(dir).filter(isHashedPagefindFile)) fs.rmSync(path.join(dir, ...file.split('/')));
  }
  const before = new Set(filesBelow(dir));
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(marker, '');
  const { errors } = await write(dir);
  if (errors.length > 0) throw new Error(`Pagefind could not write the index: ${errors.join('; ')}`);
  // Every file is whole now; files left unnamed by an interrupted removal are removed by the next write.
  fs.rmSync(marker);
  // One walk over the ~10,000 files after the write serves both the removal and the summary.
  const listed = filesBelow(dir);
  const removed = removeUnnamedPagefindFiles(dir, listed);
  const after = listed.filter((file) => !removed.has(file));
  return {
    files: after.length,
    bytes: after.reduce((sum, file) => sum + fs.statSync(path.join(dir, ...file.split('/'))).size, 0),
    written: after.filter((file) => !before.has(file) || !isHashedPagefindFile(file)).length,
    removed: removed.size,
  };
}
