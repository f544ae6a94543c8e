/**
 * Astro's content store, written as Astro writes it (devalue's format: every value once in a flat
 * JSON array, referred to by position) in a fraction of the time. devalue's general serializer keeps
 * a path of keys for its error messages and escapes strings one character at a time in JavaScript:
 * 0.7–0.9 s for the 68 MB store of 10,000 articles on its own, 1.3–2 s inside a build, where the main
 * thread waits for it at the end of content sync. This one handles what the store holds (plain
 * objects, arrays, maps, dates, strings, numbers, booleans, null, undefined) the way devalue does,
 * byte for byte, and gives up on anything else (the caller then uses devalue itself).
 */

import fs from 'node:fs';
import path from 'node:path';

/** The store's collections: Map<collection, Map<id, entry>>. */
export type StoreCollections = Map<string, Map<string, unknown>>;

/** devalue's codes for values it writes in place of a position. */
const UNDEFINED = -1;
const NAN = -3;
const POSITIVE_INFINITY = -4;
const NEGATIVE_INFINITY = -5;
const NEGATIVE_ZERO = -6;

/** A value this serializer does not write (devalue may: a Set, a class instance, a sparse array…). */
export class UnsupportedStoreValue extends Error {}

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
    if (Array.isArray(thing)) {
      const parts: number[] = [];
      for (let index = 0; index < thing.length; index += 1) {
        if (!Object.hasOwn(thing, index)) throw new UnsupportedStoreValue('A sparse array');
        parts.push(flatten(thing[index]));
      }
      return `[${parts.join(',')}]`;
    }
    if (thing instanceof Map) {
      let text = '["Map"';
      for (const [key, entry] of thing) text += `,${flatten(key)},${flatten(entry)}`;
      return `${text}]`;
    }
    if (thing instanceof Date) return `["Date","${Number.isNaN(thing.getDate()) ? '' : thing.toISOString()}"]`;
    if (Object.getPrototypeOf(thing) !== Object.prototype || Object.getOwnPropertySymbols(thing).length > 0) {
      throw new UnsupportedStoreValue('Not a plain object');
    }
    const fields: string[] = [];
    for (const key of Object.keys(thing)) {
      if (key === '__proto__') throw new UnsupportedStoreValue('A __proto__ key');
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

/** The store file's text as Astro's serializer (`astroSerialize`) writes it, which is used for what this one does not handle. */
export function serializeStore(collections: StoreCollections, astroSerialize: (collections: StoreCollections) => string): string {
  try {
    return devalueStringify(sortedCollections(collections));
  } catch (error) {
    if (error instanceof UnsupportedStoreValue) return astroSerialize(collections);
    throw error;
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
 * Writes `text` to `file` through a temporary file and a rename (a reader never sees half a file),
 * unless the file already holds exactly that: false then. Compared as bytes, and the old file is read
 * only when it has the new one's size (decoding 68 MB of it as text cost a rebuild ~0.7 s).
 */
export function writeFileIfChanged(file: string, text: string): boolean {
  const bytes = utf8Bytes(text);
  const previousSize = fs.statSync(file, { throwIfNoEntry: false })?.size;
  if (previousSize === bytes.length && fs.readFileSync(file).equals(bytes)) return false;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.tmp`;
  fs.writeFileSync(temporary, bytes);
  fs.renameSync(temporary, file);
  return true;
}
