/**
 * Runs Pagefind for the search integration in a worker thread. Pagefind's Node API feeds its
 * indexing process through messages on this thread's event loop; on the main thread, Astro's page
 * rendering would hold those messages up for seconds at a time and leave Pagefind idle.
 *
 * workerData: { records, bundleDir }. Once the records are added it posts { added: true } and waits:
 * 'assemble' builds the index files and syncs them into bundleDir, 'abandon' drops the index (other
 * records replaced these). It then posts { done: FolderSyncSummary } or { abandoned: true }, or
 * { error } at any point.
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

/** The index files, or nothing when abandoned. Pagefind's process is closed (its memory freed) before they are written. */
async function indexFiles(): Promise<{ path: string; content: Uint8Array }[] | undefined> {
  const pagefind = await import('pagefind');
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind could not create an index: ${errors.join('; ')}`);
    const results = await Promise.all(records.map((record) => index.addCustomRecord(record)));
    const problems = results.flatMap((result, position) => (result.errors.length > 0 ? [`${records[position]!.url}: ${result.errors.join('; ')}`] : []));
    if (problems.length > 0) throw new Error(`Pagefind rejected ${problems.length} records:\n${problems.slice(0, 10).join('\n')}`);
    const instruction = new Promise<'assemble' | 'abandon'>((resolve) => port.once('message', resolve));
    port.postMessage({ added: true });
    if ((await instruction) === 'abandon') return undefined;
    const bundle = await index.getFiles();
    if (bundle.errors.length > 0) throw new Error(`Pagefind could not build the index: ${bundle.errors.join('; ')}`);
    return bundle.files;
  } finally {
    await pagefind.close();
  }
}

indexFiles()
  .then(async (files) => (files ? { done: await syncFolder(bundleDir, files) } : { abandoned: true }))
  .then(
    (reply) => port.postMessage(reply),
    (error: unknown) => port.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
  );
