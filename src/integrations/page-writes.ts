/**
 * Astro writes each page it renders with `fs.promises.mkdir(folder, { recursive: true })` and
 * `fs.promises.writeFile(file, body)` (astro/dist/core/build/generate.js). Each promise call is a
 * round trip through libuv's thread pool, and writeFile alone makes three (open, write, close) plus a
 * FileHandle to finalize: at 10,000 articles the main thread spent ~2.5 s of a 16 s render phase in
 * those calls, where creating the same 12,665 folders and files synchronously takes ~0.6 s
 * (docs/performance.md). While pages render, those two calls are made synchronous for the files
 * inside the output folder; the promise they return keeps Astro's code unchanged.
 *
 * Without any input or output to wait for, rendering would never let the event loop turn: messages
 * from worker threads (the search indexer's) would wait until the last page. So a write lets it turn
 * when it has not for EVENT_LOOP_TURN_MS.
 */
import fs from 'node:fs';
import { localPathOf } from '../lib/file-tree.ts';

/** The longest page writes keep the event loop from turning. */
export const EVENT_LOOP_TURN_MS = 50;

let lastTurn = performance.now();
let turn: Promise<void> | undefined;

/** A turn of the event loop once EVENT_LOOP_TURN_MS have passed since the last: every write until then waits for it. */
function eventLoopTurn(): Promise<void> | undefined {
  if (!turn && performance.now() - lastTurn >= EVENT_LOOP_TURN_MS) {
    turn = new Promise((resolve) =>
      setImmediate(() => {
        lastTurn = performance.now();
        turn = undefined;
        resolve();
      }),
    );
  }
  return turn;
}

interface PromiseFs {
  mkdir: typeof fs.promises.mkdir;
  writeFile: typeof fs.promises.writeFile;
}

/**
 * Makes `fs.promises.mkdir` (recursive) and `fs.promises.writeFile` (bytes, no options) write
 * synchronously for paths inside `outDir`; other calls go to Node as before. Returns the function
 * that puts Node's own back.
 */
export function writePagesSynchronously(outDir: string): () => void {
  const root = outDir.endsWith('/') ? outDir : `${outDir}/`;
  const inOutput = (target: unknown) => localPathOf(target)?.startsWith(root) === true;
  const promises: PromiseFs = fs.promises;
  const { mkdir, writeFile } = promises;
  promises.mkdir = (async (folder: fs.PathLike, options?: fs.Mode | fs.MakeDirectoryOptions | null) => {
    if (!inOutput(folder) || typeof options !== 'object' || options?.recursive !== true) return mkdir(folder, options);
    return fs.mkdirSync(folder, options);
  }) as typeof fs.promises.mkdir;
  promises.writeFile = async (...args: Parameters<typeof fs.promises.writeFile>) => {
    const [file, data, options] = args;
    if (!inOutput(file) || !(data instanceof Uint8Array) || options !== undefined) return writeFile(...args);
    fs.writeFileSync(file as fs.PathLike, data);
    await eventLoopTurn();
  };
  return () => {
    promises.mkdir = mkdir;
    promises.writeFile = writeFile;
  };
}
