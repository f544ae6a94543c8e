/**
 * Makes a folder hold exactly a given set of files, writing only those whose bytes changed. A
 * rebuild of the search index after one edit then rewrites a handful of its ~10,000 files instead
 * of deleting and recreating them all, which on a slow disk is most of the indexing time.
 */
import fs from 'node:fs';
import path from 'node:path';
import { filesBelow } from './file-tree.ts';

export interface FolderFile {
  /** Relative path with forward slashes. */
  path: string;
  content: Uint8Array;
}

export interface FolderSyncSummary {
  files: number;
  bytes: number;
  written: number;
  removed: number;
}

async function sameBytes(file: string, content: Uint8Array): Promise<boolean> {
  try {
    const stat = await fs.promises.stat(file);
    return stat.size === content.length && (await fs.promises.readFile(file)).equals(content);
  } catch {
    return false;
  }
}

/** Async and a few at a time: the build's main thread keeps rendering pages meanwhile. */
async function eachLimited<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

export async function syncFolder(root: string, files: readonly FolderFile[]): Promise<FolderSyncSummary> {
  const wanted = new Set(files.map((file) => file.path));
  const stale = filesBelow(root).filter((file) => !wanted.has(file));
  let written = 0;
  await eachLimited(files, 32, async (file) => {
    const target = path.join(root, ...file.path.split('/'));
    if (await sameBytes(target, file.content)) return;
    await fs.promises.mkdir(path.dirname(target), { recursive: true });
    await fs.promises.writeFile(target, file.content);
    written += 1;
  });
  await eachLimited(stale, 32, (file) => fs.promises.rm(path.join(root, ...file.split('/')), { force: true }));
  return { files: files.length, bytes: files.reduce((sum, file) => sum + file.content.length, 0), written, removed: stale.length };
}
