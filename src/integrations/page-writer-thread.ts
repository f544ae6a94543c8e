/**
 * The thread that creates page folders and files for page-writes.ts, in the order they come, with
 * Node's synchronous calls (one system call each, no round trip through libuv's thread pool).
 * Messages: PageWriteBatch in, PageWriterReply out, one reply per batch. A failed write does not stop
 * the later ones; its reply names it, and the build fails once every page has been written.
 */
import fs from 'node:fs';
import { parentPort } from 'node:worker_threads';

export type PageWrite = { folder: string } | { file: string; bytes: Uint8Array };

export interface PageWriteBatch {
  writes: PageWrite[];
  bytes: number;
}

export interface PageWriteFailure {
  path: string;
  code?: string;
  message: string;
}

export interface PageWriterReply {
  bytes: number;
  failure?: PageWriteFailure;
}

const port = parentPort!;
port.on('message', ({ writes, bytes }: PageWriteBatch) => {
  let failure: PageWriteFailure | undefined;
  for (const write of writes) {
    try {
      if ('folder' in write) fs.mkdirSync(write.folder, { recursive: true });
      else fs.writeFileSync(write.file, write.bytes);
    } catch (error) {
      const { code, message } = error as NodeJS.ErrnoException;
      failure ??= { path: 'folder' in write ? write.folder : write.file, code, message };
    }
  }
  port.postMessage({ bytes, failure } satisfies PageWriterReply);
});
