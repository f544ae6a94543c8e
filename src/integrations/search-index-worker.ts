/**
 * Runs Pagefind for the search integration in a worker thread. Pagefind's Node API feeds its
 * indexing process through messages on this thread's event loop; on the main thread, Astro's page
 * rendering would hold those messages up for seconds at a time and leave Pagefind idle.
 *
 * workerData: { records, bundleDir }. It adds the records and builds the index files at once, then
 * posts { assembled: true } and waits for 'write' (sync the files into bundleDir, which may have to
 * wait for the build to start) before posting { done: FolderSyncSummary }. 'abandon', at any point,
 * stops Pagefind's process and drops the index (other records replaced these): { abandoned: true }.
 * Errors are posted as { error }.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { syncFolder } from '../lib/folder-sync.ts';
import type { SearchRecord } from '../lib/search-records.ts';

export interface IndexerInput {
  records: SearchRecord[];
  bundleDir: string;
}

const port = parentPort!;
const { records, bundleDir } = workerData as IndexerInput;

// 'abandon' may come while Pagefind is still adding or assembling: its process is stopped at once.
let abandoned = false;
let write!: () => void;
const writeAllowed = new Promise<void>((resolve) => (write = resolve));
port.on('message', (instruction: 'write' | 'abandon') => {
  if (instruction === 'write') return write();
  abandoned = true;
  write();
  void import('pagefind').then((pagefind) => pagefind.close());
});

/** The index files, or nothing when abandoned. Pagefind's process is closed (its memory freed) before they are written. */
async function indexFiles(): Promise<{ path: string; content: Uint8Array }[] | undefined> {
  const pagefind = await import('pagefind');
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (abandoned) return undefined;
    if (!index) throw new Error(`Pagefind could not create an index: ${errors.join('; ')}`);
    const results = await Promise.all(records.map((record) => index.addCustomRecord(record)));
    if (abandoned) return undefined;
    const problems = results.flatMap((result, position) => (result.errors.length > 0 ? [`${records[position]!.url}: ${result.errors.join('; ')}`] : []));
    if (problems.length > 0) throw new Error(`Pagefind rejected ${problems.length} records:\n${problems.slice(0, 10).join('\n')}`);
    const bundle = await index.getFiles();
    if (abandoned) return undefined;
    if (bundle.errors.length > 0) throw new Error(`Pagefind could not build the index: ${bundle.errors.join('; ')}`);
    return bundle.files;
  } catch (error) {
    // Stopping Pagefind's process fails the calls in flight.
    if (abandoned) return undefined;
    throw error;
  } finally {
    await pagefind.close();
  }
}

async function assembleThenWrite(): Promise<{ done: Awaited<ReturnType<typeof syncFolder>> } | { abandoned: true }> {
  const files = await indexFiles();
  if (files) {
    port.postMessage({ assembled: true });
    await writeAllowed;
  }
  return files && !abandoned ? { done: await syncFolder(bundleDir, files) } : { abandoned: true };
}

assembleThenWrite().then(
  (reply) => port.postMessage(reply),
  (error: unknown) => port.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
);
