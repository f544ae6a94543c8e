/**
 * Astro's incremental build writes every page it renders twice: into the output folder and, as the
 * copy it restores when the output folder lacks the page, into `<cacheDir>/dist/`. We keep the
 * output folder between builds (prune-stale-output.ts), so that second copy is only ever used after
 * someone deletes the output folder, and creating it costs a folder and a file per page (about
 * 25,000 inodes at 10,000 articles; file creation is what the build waits for most, see
 * docs/performance.md). Pointing `<cacheDir>/dist` at the output folder makes the copy a rewrite of
 * the page just written. After a deleted output folder the build renders the missing pages again
 * instead of copying them back, which is correct, only slower.
 */
import fs from 'node:fs';
import path from 'node:path';

/** Where Astro keeps its copies of rendered pages, inside its cache folder (astro/dist/core/build/incremental.js). */
export const INCREMENTAL_COPIES_FOLDER = 'dist';

/** What `shareIncrementalCopies` found and did. */
export type IncrementalCopiesLink = 'linked' | 'already-linked' | 'replaced-folder' | 'same-folder';

/** Makes `<cacheDir>/dist` a symbolic link to `outDir`, creating both folders as needed. */
export function shareIncrementalCopies(cacheDir: string, outDir: string): IncrementalCopiesLink {
  const target = path.resolve(outDir);
  const copies = path.resolve(cacheDir, INCREMENTAL_COPIES_FOLDER);
  fs.mkdirSync(target, { recursive: true });
  fs.mkdirSync(path.dirname(copies), { recursive: true });
  if (copies === target) return 'same-folder';
  let result: IncrementalCopiesLink = 'linked';
  const existing = fs.lstatSync(copies, { throwIfNoEntry: false });
  if (existing?.isSymbolicLink()) {
    if (path.resolve(path.dirname(copies), fs.readlinkSync(copies)) === target) return 'already-linked';
    fs.unlinkSync(copies);
  } else if (existing) {
    // Copies from builds before this link existed: the output folder holds the same pages.
    fs.rmSync(copies, { recursive: true, force: true });
    result = 'replaced-folder';
  }
  fs.symlinkSync(target, copies, 'dir');
  return result;
}
