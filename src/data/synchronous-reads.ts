/**
 * Astro's glob() loader reads each content file with `fs.promises.readFile(url, 'utf-8')`: opening,
 * sizing, reading and closing each go through libuv's thread pool and back to the main thread, about
 * 85 µs of the main thread per file, 0.85 s for 10,000 articles on every build, cold or warm (docs/
 * performance.md). While a collection loads, that call reads the files below its folder synchronously
 * instead (~20 µs); the promise it returns keeps Astro's code unchanged. Astro reads its content store
 * the same way at the start of a rebuild, where Node's decoding of the 68 MB file in chunks took
 * ~0.35 s (one synchronous read, decoded by readTextFile: ~0.12 s).
 */
import fs from 'node:fs';
import path from 'node:path';
import { localPathOf, readTextFile } from '../lib/file-tree.ts';

type ReadFile = typeof fs.promises.readFile;

/** Path prefixes read synchronously, with how many holders each has. */
const roots = new Map<string, number>();
/** Text given in place of a file's, by path prefix (see readingSynchronously). */
const standIns = new Map<string, StandIn>();
let nodeReadFile: ReadFile | undefined;

/** The text to give for `file` instead of reading it, or undefined to read it. */
export type StandIn = (file: string) => string | undefined;

function below(target: unknown): string | undefined {
  const file = localPathOf(target);
  if (!file) return undefined;
  for (const root of roots.keys()) if (file.startsWith(root)) return file;
  return undefined;
}

function standInText(file: string): string | undefined {
  for (const [root, standIn] of standIns) if (file.startsWith(root)) return standIn(file);
  return undefined;
}

function install(): void {
  const promises = fs.promises as { readFile: ReadFile };
  const original = promises.readFile;
  nodeReadFile = original;
  promises.readFile = (async (...args: Parameters<ReadFile>) => {
    const [target, options] = args;
    const file = options === 'utf-8' || options === 'utf8' ? below(target) : undefined;
    if (!file) return original(...args);
    return standInText(file) ?? readTextFile(file);
  }) as ReadFile;
}

function uninstall(): void {
  if (nodeReadFile) (fs.promises as { readFile: ReadFile }).readFile = nodeReadFile;
  nodeReadFile = undefined;
}

/** Reads text files whose path starts with `prefix` synchronously until the returned function is called. */
export function holdSynchronousReads(prefix: string): () => void {
  if (roots.size === 0) install();
  roots.set(prefix, (roots.get(prefix) ?? 0) + 1);
  let held = true;
  return () => {
    if (!held) return;
    held = false;
    const count = (roots.get(prefix) ?? 1) - 1;
    if (count > 0) roots.set(prefix, count);
    else roots.delete(prefix);
    if (roots.size === 0) uninstall();
  };
}

/** Runs `load` with the text files whose path starts with `prefix` read synchronously, or answered by `standIn`. */
async function holdingReads<T>(prefix: string, load: () => Promise<T>, standIn?: StandIn): Promise<T> {
  const release = holdSynchronousReads(prefix);
  if (standIn) standIns.set(prefix, standIn);
  try {
    return await load();
  } finally {
    if (standIn) standIns.delete(prefix);
    release();
  }
}

/**
 * Runs `load` with the text files below `folder` read synchronously (collections may load at the
 * same time); `standIn`, when given, may answer for a file instead (the loader's unchanged files).
 */
export function readingSynchronously<T>(folder: string, load: () => Promise<T>, standIn?: StandIn): Promise<T> {
  return holdingReads(path.resolve(folder) + path.sep, load, standIn);
}

/**
 * Runs `load` with every read of `file` as text answered by `text` (Astro's store loader, given the
 * text of an empty store where the store file is in a format it does not read).
 */
export function answeringReads<T>(file: string, text: string, load: () => Promise<T>): Promise<T> {
  return holdingReads(file, load, (target) => (target === file ? text : undefined));
}
