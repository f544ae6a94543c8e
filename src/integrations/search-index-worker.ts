/**
 * Runs Pagefind for the search integration in a worker thread. Pagefind's Node API feeds its
 * indexing process through messages on this thread's event loop; on the main thread, Astro's page
 * rendering would hold those messages up for seconds at a time and leave Pagefind idle.
 *
 * workerData: IndexerInput. With `predict`, it first predicts the records (search-prediction.ts) and
 * posts { predicted: digest }, or { predicted: null } and stops when it cannot. It adds the records
 * and builds the index files at once, then posts { assembled: true } and waits for 'write' (sync the
 * files into bundleDir, which may have to wait for the build to start) before posting
 * { done: FolderSyncSummary }. 'abandon', at any point, stops Pagefind's process and drops the index
 * (other records replaced these): { abandoned: true }. Errors are posted as { error }.
 */
import fs from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { createArticleReader } from '../data/article-reader.ts';
import type { RenderOptions } from '../data/content-worker-client.ts';
import { syncFolder } from '../lib/folder-sync.ts';
import { predictSearchRecords, searchRecordsDigest, type ContentStamps } from '../lib/search-prediction.ts';
import type { SearchRecordsFile } from '../lib/search-build.ts';
import type { IndexPolicy, SearchRecord } from '../lib/search-records.ts';

/** What a prediction needs: the last build's records and content stamps, and this build's. */
export interface PredictionJob {
  root: string;
  previousRecordsFile: string;
  previousStampsFile: string;
  stamps: ContentStamps;
  /** Records built by other code are not taken over. */
  codeVersion: string;
  policy: IndexPolicy;
  /** The build's "now", as an ISO string. */
  now: string;
  renderOptions: RenderOptions;
}

export interface IndexerInput {
  records?: SearchRecord[];
  predict?: PredictionJob;
  bundleDir: string;
}

const port = parentPort!;
const { bundleDir, predict } = workerData as IndexerInput;

/** The predicted records, or undefined when the last build left nothing to predict from. */
async function predictedRecords(job: PredictionJob): Promise<SearchRecord[] | undefined> {
  let previous: SearchRecordsFile;
  let previousStamps: ContentStamps;
  try {
    previous = JSON.parse(fs.readFileSync(job.previousRecordsFile, 'utf8')) as SearchRecordsFile;
    previousStamps = JSON.parse(fs.readFileSync(job.previousStampsFile, 'utf8')) as ContentStamps;
  } catch {
    return undefined;
  }
  if (previous.codeVersion !== job.codeVersion || !previous.recordKeys) return undefined;
  const readArticle = await createArticleReader(job.root, job.renderOptions, new Date(job.now));
  return predictSearchRecords({ root: job.root, previous, previousStamps, stamps: job.stamps, policy: job.policy, readArticle });
}

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
async function indexFiles(records: SearchRecord[]): Promise<{ path: string; content: Uint8Array }[] | undefined> {
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
  let records = (workerData as IndexerInput).records;
  if (predict) {
    records = await predictedRecords(predict);
    port.postMessage({ predicted: records ? { digest: searchRecordsDigest(records), count: records.length } : null });
  }
  if (!records || abandoned) return { abandoned: true };
  const files = await indexFiles(records);
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
