/**
 * Astro's content store on disk. A build writes the whole store in V8's serialization format
 * (node:v8) behind a header line: 0.14–0.18 s for the store of 10,000 articles, where devalue's format
 * (Astro's: every value once in a flat JSON array, 85 MB) took 0.8 s on its own and a cold build
 * 2.3–3.5 s more user time in all (docs/performance.md, thirteenth round). Only
 * `astro build` reads and writes that file (content-store-write.ts); Astro's own reader, given one,
 * finds no JSON in it and starts from an empty store, which is safe for a cache. The header names
 * V8's version, and a file written by another is not read (a full content sync instead).
 *
 * The small file of changes a rebuild writes beside the store (store-delta.ts) stays in devalue's
 * format, written here the way devalue writes it, byte for byte.
 *
 * Both handle what the store holds (plain objects, arrays, maps, dates, strings, numbers, booleans,
 * null, undefined) and give up on anything else (the caller then uses Astro's serializer).
 */

import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';

/** The store's collections: Map<collection, Map<id, entry>>. */
export type StoreCollections = Map<string, Map<string, unknown>>;

/** devalue's codes for values it writes in place of a position. */
const UNDEFINED = -1;
const NAN = -3;
const POSITIVE_INFINITY = -4;
const NEGATIVE_INFINITY = -5;
const NEGATIVE_ZERO = -6;

/** A value these serializers do not write (devalue may: a Set, a class instance, a sparse array…). */
export class UnsupportedStoreValue extends Error {}

/**
 * Throws UnsupportedStoreValue unless `thing` is an array without holes, a Map, a Date or a plain
 * object without symbol keys or a "__proto__" key: the containers both formats write as they are.
 */
function assertPlainContainer(thing: object): void {
  if (Array.isArray(thing)) {
    for (let index = 0; index < thing.length; index += 1) if (!Object.hasOwn(thing, index)) throw new UnsupportedStoreValue('A sparse array');
    return;
  }
  if (thing instanceof Map || thing instanceof Date) return;
  if (Object.getPrototypeOf(thing) !== Object.prototype || Object.getOwnPropertySymbols(thing).length > 0) {
    throw new UnsupportedStoreValue('Not a plain object');
  }
  if (Object.hasOwn(thing, '__proto__')) throw new UnsupportedStoreValue('A __proto__ key');
}

/** A string as devalue writes it: JSON's escapes plus "<", U+2028 and U+2029, lone surrogates left as they are. */
export function devalueStringLiteral(text: string): string {
  // JSON.stringify would escape a lone surrogate, devalue does not.
  if (!text.isWellFormed()) throw new UnsupportedStoreValue('A string with a lone surrogate');
  let literal = JSON.stringify(text);
  // Every tag of the HTML has one: replaceAll is native, a callback per match is not.
  if (literal.includes('<')) literal = literal.replaceAll('<', '\\u003C');
  if (literal.includes('\u2028')) literal = literal.replaceAll('\u2028', '\\u2028');
  if (literal.includes('\u2029')) literal = literal.replaceAll('\u2029', '\\u2029');
  return literal;
}

/** `value` in devalue's format, as devalue's stringify writes it; throws UnsupportedStoreValue for what it does not handle. */
export function devalueStringify(value: unknown): string {
  const written: string[] = [];
  const positions = new Map<unknown, number>();
  const flatten = (thing: unknown): number => {
    if (thing === undefined) return UNDEFINED;
    if (typeof thing === 'number') {
      if (Number.isNaN(thing)) return NAN;
      if (thing === Infinity) return POSITIVE_INFINITY;
      if (thing === -Infinity) return NEGATIVE_INFINITY;
      if (thing === 0 && 1 / thing < 0) return NEGATIVE_ZERO;
    }
    const known = positions.get(thing);
    if (known !== undefined) return known;
    // A value's position comes before its parts', as in devalue.
    const position = written.length;
    positions.set(thing, position);
    written.push('');
    written[position] = serialize(thing);
    return position;
  };
  const serialize = (thing: unknown): string => {
    if (typeof thing === 'string') return devalueStringLiteral(thing);
    if (typeof thing === 'number' || typeof thing === 'boolean') return String(thing);
    if (thing === null) return 'null';
    if (typeof thing !== 'object') throw new UnsupportedStoreValue(typeof thing);
    assertPlainContainer(thing);
    if (Array.isArray(thing)) {
      const parts: number[] = [];
      for (let index = 0; index < thing.length; index += 1) parts.push(flatten(thing[index]));
      return `[${parts.join(',')}]`;
    }
    if (thing instanceof Map) {
      let text = '["Map"';
      for (const [key, entry] of thing) text += `,${flatten(key)},${flatten(entry)}`;
      return `${text}]`;
    }
    if (thing instanceof Date) return `["Date","${Number.isNaN(thing.getDate()) ? '' : thing.toISOString()}"]`;
    const fields: string[] = [];
    for (const key of Object.keys(thing)) {
      fields.push(`${devalueStringLiteral(key)}:${flatten((thing as Record<string, unknown>)[key])}`);
    }
    return `{${fields.join(',')}}`;
  };
  const root = flatten(value);
  if (root < 0) return String(root);
  // The brackets go on the first and last parts: join then builds the whole text as one flat string,
  // where a concatenation after it would make one that encoding must first copy (~80 ms for 85 MB).
  written[0] = `[${written[0]}`;
  written[written.length - 1] += ']';
  return written.join(',');
}

/** The order in which Astro writes collections (by name) and their entries (by id). */
export const storeKeyOrder = (a: string, b: string): number => a.localeCompare(b);

/** The collections and their entries in the order Astro writes them (sorted by name, then id). */
export function sortedCollections(collections: StoreCollections): StoreCollections {
  const byKey = ([a]: [string, unknown], [b]: [string, unknown]) => storeKeyOrder(a, b);
  return new Map([...collections].sort(byKey).map(([name, entries]) => [name, new Map([...entries].sort(byKey))]));
}

/**
 * Throws UnsupportedStoreValue for anything in `value` that V8's format would not give back as it is
 * (a class instance comes back a plain object) or that devalue's would not write either.
 */
function assertStorable(value: unknown): void {
  const seen = new Set<object>();
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const thing = pending.pop();
    if (thing === null || thing === undefined || typeof thing === 'string' || typeof thing === 'number' || typeof thing === 'boolean') continue;
    if (typeof thing !== 'object') throw new UnsupportedStoreValue(typeof thing);
    if (seen.has(thing)) continue;
    seen.add(thing);
    assertPlainContainer(thing);
    if (Array.isArray(thing)) for (const item of thing) pending.push(item);
    else if (thing instanceof Map) for (const [key, entry] of thing) pending.push(key, entry);
    else if (!(thing instanceof Date)) for (const key of Object.keys(thing)) pending.push((thing as Record<string, unknown>)[key]);
  }
}

/** The first line of a store file in V8's format: what wrote it, and which V8 can read it. */
const BINARY_STORE_HEADER = Buffer.from(`khcn-content-store 1 v8 ${process.versions.v8}\n`);

/**
 * The store file's bytes: the collections sorted as Astro sorts them (the order a delta's new entries
 * are placed in, store-delta.ts), in V8's format; in devalue's, through `astroSerialize` (Astro's
 * serializer), when the store holds a value that format is not for.
 */
export function storeFileBytes(collections: StoreCollections, astroSerialize: (collections: StoreCollections) => string): Buffer {
  try {
    assertStorable(collections);
  } catch (error) {
    if (error instanceof UnsupportedStoreValue) return utf8Bytes(astroSerialize(collections));
    throw error;
  }
  // The header goes into the serializer's own buffer: no second copy of the 130 MB.
  const serializer = new v8.DefaultSerializer();
  serializer.writeRawBytes(BINARY_STORE_HEADER);
  serializer.writeHeader();
  serializer.writeValue(sortedCollections(collections));
  return serializer.releaseBuffer();
}

/**
 * The collections of a store file written in V8's format by this V8, or undefined for a file in
 * another format (Astro's JSON), by another V8, damaged, or missing. Only the header is read of a
 * file in another format.
 */
export function readBinaryStore(file: string): StoreCollections | undefined {
  try {
    const descriptor = fs.openSync(file, 'r');
    try {
      const header = Buffer.alloc(BINARY_STORE_HEADER.length);
      if (fs.readSync(descriptor, header, 0, header.length, 0) !== header.length || !header.equals(BINARY_STORE_HEADER)) return undefined;
    } finally {
      fs.closeSync(descriptor);
    }
    const deserializer = new v8.DefaultDeserializer(fs.readFileSync(file));
    deserializer.readRawBytes(BINARY_STORE_HEADER.length);
    deserializer.readHeader();
    const collections: unknown = deserializer.readValue();
    return collections instanceof Map && [...collections.values()].every((entries) => entries instanceof Map) ? (collections as StoreCollections) : undefined;
  } catch {
    return undefined;
  }
}

const encoder = new TextEncoder();

/**
 * `text` as UTF-8, as Buffer.from gives it. Encoding into a buffer large enough for any text of its
 * length is faster for a large text (85 MB of store: 0.13–0.14 s against 0.21 s); the pages of the
 * buffer that are never written are never given memory.
 */
export function utf8Bytes(text: string): Buffer {
  const buffer = Buffer.allocUnsafe(text.length * 3);
  return buffer.subarray(0, encoder.encodeInto(text, buffer).written);
}

/**
 * Writes `content` (text is written as UTF-8) to `file` through a temporary file and a rename (a
 * reader never sees half a file), unless the file already holds exactly that: false then. Compared
 * as bytes, and the old file is read only when it has the new one's size (decoding 68 MB of it as
 * text cost a rebuild ~0.7 s).
 */
export function writeFileIfChanged(file: string, content: string | Uint8Array): boolean {
  const bytes = typeof content === 'string' ? utf8Bytes(content) : content;
  const previousSize = fs.statSync(file, { throwIfNoEntry: false })?.size;
  if (previousSize === bytes.length && fs.readFileSync(file).equals(bytes)) return false;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.tmp`;
  fs.writeFileSync(temporary, bytes);
  fs.renameSync(temporary, file);
  return true;
}
