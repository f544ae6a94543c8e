/**
 * Astro's content store kept as a base file plus a small file of what changed since (a "delta"), so
 * a rebuild after a few edits writes kilobytes instead of serializing and writing the whole store
 * (85 MB at 10,000 articles: ~1.5 s of the build's main thread, which waits for it at the end of
 * content sync; docs/performance.md, twelfth round).
 *
 * The delta holds every entry that is not, as an object, the one loaded from the base file (new or
 * replaced entries, including those the last delta brought), the ids the base has that the store no
 * longer has, and the collections it no longer has. It names the base file it applies to by inode,
 * size and modification time: a base written since (a full write here, Astro's own writer in
 * `astro dev`, a cleared cache) makes it void, and so does a delta that cannot be read. The base
 * alone is then an older state of the store, which is safe: Astro checks every entry against its
 * file's digest and drops entries whose file is gone. Once the delta would pass a tenth of the base's
 * size (or 256 kB), the whole store is written again and the delta removed. Both files are replaced
 * by renaming a complete temporary file.
 *
 * Loading applies the delta to the collections parsed from the base and puts each collection's
 * entries back in the order the whole store file would have them (Astro writes them sorted by id).
 */
import fs from 'node:fs';
import { devalueStringify, readBinaryStore, storeKeyOrder, UnsupportedStoreValue, writeFileIfChanged, type StoreCollections } from './store-serialization.ts';

/** What identifies a version of the base file. */
export interface StoreFileIdentity {
  ino: number;
  size: number;
  mtimeMs: number;
}

/** The base file as loaded: its identity and the entry objects read from it. */
export interface LoadedStoreBase {
  identity: StoreFileIdentity;
  entries: StoreCollections;
}

/** The delta's contents: entries to set and ids to remove, by collection, and collections to remove. */
interface StoreDelta {
  changed: StoreCollections;
  deleted: Map<string, string[]>;
  removed: string[];
}

/** Parses devalue's text (Astro's parser). */
export type DevalueParse = (text: string) => unknown;

/** A delta may grow to this share of the base file's size before the whole store is written again… */
const MAX_DELTA_SHARE = 0.1;
/** …and always to this many characters, which take no time to write or read. */
const ALWAYS_ALLOWED_DELTA = 256 * 1024;

export function deltaFileOf(storeFile: string): string {
  return storeFile.replace(/(\.json)?$/, '.delta.json');
}

export function storeFileIdentity(file: string): StoreFileIdentity | undefined {
  const stats = fs.statSync(file, { throwIfNoEntry: false });
  return stats ? { ino: stats.ino, size: stats.size, mtimeMs: stats.mtimeMs } : undefined;
}

/** The collections' maps copied (the entries are the same objects). */
const copyOf = (collections: StoreCollections): StoreCollections => new Map([...collections].map(([name, collection]) => [name, new Map(collection)]));

const sameIdentity = (a: StoreFileIdentity, b: StoreFileIdentity) => a.ino === b.ino && a.size === b.size && a.mtimeMs === b.mtimeMs;

/** The delta for the base file `identity`, or undefined when there is none for it. */
function readDelta(storeFile: string, identity: StoreFileIdentity, parse: DevalueParse): StoreDelta | undefined {
  try {
    const text = fs.readFileSync(deltaFileOf(storeFile), 'utf8');
    const headerEnd = text.indexOf('\n');
    const header = JSON.parse(text.slice(0, headerEnd)) as { base?: StoreFileIdentity };
    if (!header.base || !sameIdentity(header.base, identity)) return undefined;
    const body = parse(text.slice(headerEnd + 1));
    if (!(body instanceof Map)) return undefined;
    const [changed, deleted, removed] = [body.get('changed'), body.get('deleted'), body.get('removed')];
    if (!(changed instanceof Map) || !(deleted instanceof Map) || !Array.isArray(removed)) return undefined;
    return { changed, deleted, removed } as StoreDelta;
  } catch {
    // None, or unreadable: the base alone.
    return undefined;
  }
}

/**
 * Applies the delta of `storeFile` (if it has one) to `collections`, just parsed from the base file
 * whose identity is `identity`, in place; returns what the next write compares with.
 */
export function applyStoreDelta(storeFile: string, collections: StoreCollections, identity: StoreFileIdentity, parse: DevalueParse): LoadedStoreBase {
  const entries = copyOf(collections);
  const delta = readDelta(storeFile, identity, parse);
  if (!delta) return { identity, entries };
  for (const name of delta.removed) collections.delete(name);
  for (const [name, ids] of delta.deleted) {
    const collection = collections.get(name);
    for (const id of ids) collection?.delete(id);
  }
  let newCollection = false;
  for (const [name, changed] of delta.changed) {
    const collection = collections.get(name);
    if (!collection) newCollection = true;
    collections.set(name, withEntries(collection ?? new Map(), changed));
  }
  if (newCollection) {
    const sorted = [...collections].sort(([a], [b]) => storeKeyOrder(a, b));
    collections.clear();
    for (const [name, collection] of sorted) collections.set(name, collection);
  }
  return { identity, entries };
}

/**
 * `collection` (in the whole file's order) with `changed` set: replaced entries keep their place,
 * new ones go where the whole file would have them (found by bisection: sorting 10,000 ids again
 * would take ~0.1 s).
 */
function withEntries(collection: Map<string, unknown>, changed: Map<string, unknown>): Map<string, unknown> {
  const added = [...changed.keys()].filter((id) => !collection.has(id)).sort(storeKeyOrder);
  for (const [id, entry] of changed) if (collection.has(id)) collection.set(id, entry);
  if (added.length === 0) return collection;
  const ids = [...collection.keys()];
  const result = new Map<string, unknown>();
  let next = 0;
  for (const id of added) {
    let low = next;
    let high = ids.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (storeKeyOrder(ids[middle]!, id) < 0) low = middle + 1;
      else high = middle;
    }
    for (; next < low; next += 1) result.set(ids[next]!, collection.get(ids[next]!));
    result.set(id, changed.get(id));
  }
  for (; next < ids.length; next += 1) result.set(ids[next]!, collection.get(ids[next]!));
  return result;
}

/** How the store differs from the base. */
function deltaOf(collections: StoreCollections, base: LoadedStoreBase): StoreDelta {
  const changed: StoreCollections = new Map();
  const deleted = new Map<string, string[]>();
  const removed: string[] = [];
  for (const [name, collection] of collections) {
    const baseCollection = base.entries.get(name);
    // A collection new since the base is written even when empty, as the whole file would have it.
    if (!baseCollection) changed.set(name, new Map());
    for (const [id, entry] of collection) {
      if (baseCollection?.has(id) && baseCollection.get(id) === entry) continue;
      const changedHere = changed.get(name) ?? new Map<string, unknown>();
      changedHere.set(id, entry);
      changed.set(name, changedHere);
    }
  }
  for (const [name, baseCollection] of base.entries) {
    const collection = collections.get(name);
    if (!collection) {
      removed.push(name);
      continue;
    }
    const gone = [...baseCollection.keys()].filter((id) => !collection.has(id));
    if (gone.length > 0) deleted.set(name, gone);
  }
  return { changed, deleted, removed };
}

/** The delta file's text for `collections` over `base`, or undefined when a delta is not the way (too large, or values it cannot write). */
export function storeDeltaText(collections: StoreCollections, base: LoadedStoreBase): string | undefined {
  const { changed, deleted, removed } = deltaOf(collections, base);
  let body: string;
  try {
    body = devalueStringify(new Map<string, unknown>([['changed', changed], ['deleted', deleted], ['removed', removed]]));
  } catch (error) {
    if (error instanceof UnsupportedStoreValue) return undefined;
    throw error;
  }
  if (body.length > Math.max(base.identity.size * MAX_DELTA_SHARE, ALWAYS_ALLOWED_DELTA)) return undefined;
  return `${JSON.stringify({ base: base.identity })}\n${body}`;
}

/** A snapshot of `collections` as the base a whole write has just put on disk. */
function baseAfterWholeWrite(storeFile: string, collections: StoreCollections): LoadedStoreBase | undefined {
  const identity = storeFileIdentity(storeFile);
  return identity && { identity, entries: copyOf(collections) };
}

/**
 * Writes the store: as a delta over `base` when that is still the file on disk and the delta stays
 * small, else whole through `writeWhole` (then any delta is removed). Returns whether a file changed
 * and the base for the next write in this process.
 */
export function writeStore(
  storeFile: string,
  collections: StoreCollections,
  base: LoadedStoreBase | undefined,
  writeWhole: () => boolean,
): { written: boolean; base: LoadedStoreBase | undefined } {
  const current = storeFileIdentity(storeFile);
  if (base && current && sameIdentity(base.identity, current)) {
    const text = storeDeltaText(collections, base);
    if (text !== undefined) return { written: writeFileIfChanged(deltaFileOf(storeFile), text), base };
  }
  // The new base is in place before the delta goes: a delta left by a crash names the old base.
  const written = writeWhole();
  fs.rmSync(deltaFileOf(storeFile), { force: true });
  return { written, base: baseAfterWholeWrite(storeFile, collections) };
}

/** The collections of the store in `storeFile` with its delta applied (for a reader outside content sync). */
export function readStoreCollections(storeFile: string, parse: DevalueParse): StoreCollections {
  const identity = storeFileIdentity(storeFile);
  const collections = readBinaryStore(storeFile) ?? parse(fs.readFileSync(storeFile, 'utf8'));
  if (!identity || !(collections instanceof Map)) throw new Error(`${storeFile}: not a content store`);
  applyStoreDelta(storeFile, collections as StoreCollections, identity, parse);
  return collections as StoreCollections;
}
