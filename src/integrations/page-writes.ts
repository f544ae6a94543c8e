/**
 * Astro writes each page it renders with `fs.promises.mkdir(folder, { recursive: true })` and
 * `fs.promises.writeFile(file, body)` (astro/dist/core/build/generate.js). Each promise call is a
 * round trip through libuv's thread pool, and writeFile alone makes three (open, write, close) plus a
 * FileHandle to finalize. Made synchronous (the sixth round, docs/performance.md), creating the 12,665
 * folders and files of 10,000 articles still took the main thread, the one that renders, 1.3–2 s of
 * system calls. While pages render, those two calls for paths inside the output folder are therefore
 * queued and sent in batches to a thread of their own (page-writer-thread.ts), which makes them in
 * order; the promise Astro awaits resolves at once, and the build waits for the last file when page
 * rendering ends (`finish`), failing there if any write failed.
 *
 * Without any input or output to wait for, rendering would never let the event loop turn: messages
 * from worker threads (the search indexer's, the writer's) would wait until the last page. So a
 * write lets it turn when it has not for EVENT_LOOP_TURN_MS.
 */
import fs from 'node:fs';
import { Worker } from 'node:worker_threads';
import { localPathOf } from '../lib/file-tree.ts';
import type { PageWrite, PageWriteBatch, PageWriterReply } from './page-writer-thread.ts';

/** The longest page writes keep the event loop from turning. */
export const EVENT_LOOP_TURN_MS = 50;
/** Pages are sent to the writer once this many bytes are queued (or when the event loop turns). */
export const BATCH_BYTES = 256 * 1024;
/** Rendering waits while the writer has this many bytes it has not written yet. */
export const MAX_PENDING_BYTES = 64 * 1024 * 1024;
/** What a folder or a small file counts for in those limits: each costs system calls and a block. */
const LEAST_WRITE_BYTES = 4096;

const writerFile = new URL('./page-writer-thread.ts', import.meta.url);

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

/** Puts Node's functions back once every queued write is done; rejects with the first write that failed. */
export type FinishPageWrites = () => Promise<void>;

export interface PageWriteLimits {
  batchBytes: number;
  maxPendingBytes: number;
}

/**
 * Makes `fs.promises.mkdir` (recursive) and `fs.promises.writeFile` (bytes, no options) for paths
 * inside `outDir` go to the writer thread; other calls go to Node as before.
 */
export function writePagesInBackground(outDir: string, limits: PageWriteLimits = { batchBytes: BATCH_BYTES, maxPendingBytes: MAX_PENDING_BYTES }): FinishPageWrites {
  const root = outDir.endsWith('/') ? outDir : `${outDir}/`;
  const pathInOutput = (target: unknown) => {
    const local = localPathOf(target);
    return local?.startsWith(root) ? local : undefined;
  };
  const promises: PromiseFs = fs.promises;
  const { mkdir, writeFile } = promises;

  const writer = new Worker(writerFile);
  let queue: PageWrite[] = [];
  let queuedBytes = 0;
  let pendingBytes = 0;
  let pendingBatches = 0;
  let failure: Error | undefined;
  let flushScheduled = false;
  let settled: (() => void) | undefined;
  // One wait for every write held back while the writer is behind.
  let room: { promise: Promise<void>; resolve: () => void } | undefined;
  const makeRoom = () => {
    room?.resolve();
    room = undefined;
  };
  let writerError: Error | undefined;

  writer.on('message', (reply: PageWriterReply) => {
    pendingBytes -= reply.bytes;
    pendingBatches -= 1;
    if (reply.failure && !failure) {
      failure = Object.assign(new Error(`Could not write the page file ${reply.failure.path}: ${reply.failure.message}`), { code: reply.failure.code, path: reply.failure.path });
    }
    if (pendingBytes < limits.maxPendingBytes) makeRoom();
    if (pendingBatches === 0) settled?.();
  });
  let finished = false;
  const writerFailed = (error: Error) => {
    writerError ??= error;
    makeRoom();
    settled?.();
  };
  writer.on('error', writerFailed);
  writer.on('exit', (code) => {
    if (!finished) writerFailed(new Error(`The page writer thread stopped before the pages were written (exit code ${code}).`));
  });

  const flush = () => {
    flushScheduled = false;
    if (queue.length === 0) return;
    const batch: PageWriteBatch = { writes: queue, bytes: queuedBytes };
    queue = [];
    pendingBytes += queuedBytes;
    queuedBytes = 0;
    pendingBatches += 1;
    writer.postMessage(batch);
  };
  const enqueue = (write: PageWrite, bytes: number): Promise<void> | undefined => {
    queue.push(write);
    queuedBytes += Math.max(bytes, LEAST_WRITE_BYTES);
    if (queuedBytes >= limits.batchBytes) flush();
    else if (!flushScheduled) {
      flushScheduled = true;
      setImmediate(flush);
    }
    if (pendingBytes >= limits.maxPendingBytes && !writerError) {
      if (!room) {
        let resolve!: () => void;
        const promise = new Promise<void>((done) => (resolve = done));
        room = { promise, resolve };
      }
      return room.promise;
    }
    return eventLoopTurn();
  };

  promises.mkdir = (async (folder: fs.PathLike, options?: fs.Mode | fs.MakeDirectoryOptions | null) => {
    const local = pathInOutput(folder);
    if (!local || typeof options !== 'object' || options?.recursive !== true) return mkdir(folder, options);
    await enqueue({ folder: local }, 0);
    return undefined;
  }) as typeof fs.promises.mkdir;
  promises.writeFile = async (...args: Parameters<typeof fs.promises.writeFile>) => {
    const [file, data, options] = args;
    const local = pathInOutput(file);
    if (!local || !(data instanceof Uint8Array) || options !== undefined) return writeFile(...args);
    await enqueue({ file: local, bytes: data }, data.byteLength);
  };

  return async () => {
    promises.mkdir = mkdir;
    promises.writeFile = writeFile;
    flush();
    if (pendingBatches > 0 && !writerError) await new Promise<void>((resolve) => (settled = resolve));
    finished = true;
    await writer.terminate();
    if (writerError) throw writerError;
    if (failure) throw failure;
  };
}
