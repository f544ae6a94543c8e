/**
 * Runs Pagefind for the search integration in a worker thread. Pagefind's Node API feeds its
 * indexing process through messages on this thread's event loop; on the main thread, Astro's page
 * rendering would hold those messages up for seconds at a time and leave Pagefind idle.
 *
 * workerData: IndexerInput. With `predict`, it first predicts the records (search-prediction.ts) and
 * posts { predicted: digest }, or { predicted: null } and stops when it cannot. With `compute`, it
 * computes the records from the articles, posts { computed: keys } (searchRecordKeys), adds them, and
 * waits for { amend } (records to put in place of some, by position: Pagefind replaces a record
 * added again under the same URL where it stands) before posting { final: the records serialized
 * for the records file (search-records-file.ts) }.
 * It adds the records (staged as pages in a tmpfs folder when it can: src/lib/pagefind-staging.ts),
 * waits for 'write' (the content check has passed: the files may go into bundleDir), has Pagefind
 * build the index and write it there and posts { done: BundleWriteSummary }.
 * 'abandon' stops Pagefind's process and drops the index (other records replaced these), unless it
 * is already writing: { abandoned: true }. Errors are posted as { error }.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { PagefindIndex } from 'pagefind';
import { createArticleReader } from '../data/article-reader.ts';
import type { RenderOptions } from '../data/content-worker-client.ts';
import { readTextFile } from '../lib/file-tree.ts';
import { writePagefindBundle, type BundleWriteSummary } from '../lib/pagefind-bundle.ts';
import { stageRecords } from '../lib/pagefind-staging.ts';
import { predictSearchRecords, readContentStamps, searchRecordsDigest, type ContentStamps } from '../lib/search-prediction.ts';
import type { SearchRecordsFile } from '../lib/search-build.ts';
import { readSearchRecordsFile, serializeRecords } from '../lib/search-records-file.ts';
import { searchRecordKeys, searchRecordsOf, type IndexPolicy, type IndexedArticle, type SearchRecord, type Thumbnail } from '../lib/search-records.ts';

/** What a prediction needs: the last build's records and content stamps, and this build's. */
export interface PredictionJob {
  root: string;
  previousRecordsFile: string;
  previousStampsFile: string;
  /** This build's stamps; read here when not given (an early index started by the build script). */
  stamps?: ContentStamps;
  /** Records built by other code are not taken over. */
  codeVersion: string;
  policy: IndexPolicy;
  /** The build's "now", as an ISO string. */
  now: string;
  renderOptions: RenderOptions;
}

/** Records to compute here rather than on the build's main thread, which is busy rendering pages. */
export interface ComputeJob {
  /** The published articles, newest first. */
  articles: IndexedArticle[];
  policy: IndexPolicy;
  /** Thumbnails known before any page renders (the last build's), by article slug. */
  thumbnails: [string, Thumbnail][];
}

/** A record that replaces the computed one at `position`. */
export interface Amendment {
  position: number;
  record: SearchRecord;
}

export interface IndexerInput {
  records?: SearchRecord[];
  predict?: PredictionJob;
  compute?: ComputeJob;
  bundleDir: string;
}

const port = parentPort!;
const { bundleDir, predict, compute } = workerData as IndexerInput;

/** The predicted records, or undefined when the last build left nothing to predict from. */
async function predictedRecords(job: PredictionJob): Promise<SearchRecord[] | undefined> {
  let previous: SearchRecordsFile;
  let previousStamps: ContentStamps;
  try {
    previous = readSearchRecordsFile(job.previousRecordsFile);
    previousStamps = JSON.parse(readTextFile(job.previousStampsFile)) as ContentStamps;
  } catch {
    return undefined;
  }
  if (previous.codeVersion !== job.codeVersion || !previous.recordKeys) return undefined;
  const readArticle = await createArticleReader(job.root, job.renderOptions, new Date(job.now));
  const stamps = job.stamps ?? readContentStamps(job.root);
  return predictSearchRecords({ root: job.root, previous, previousStamps, stamps, policy: job.policy, readArticle });
}

// 'abandon' may come while Pagefind is still adding or assembling: its process is stopped at once,
// unless it is writing the files.
let abandoned = false;
let writing = false;
let write!: () => void;
const writeAllowed = new Promise<void>((resolve) => (write = resolve));
let amend!: (amendments: Amendment[]) => void;
const amendmentsArrived = new Promise<Amendment[]>((resolve) => (amend = resolve));
port.on('message', (instruction: 'write' | 'abandon' | { amend: Amendment[] }) => {
  if (typeof instruction === 'object') return amend(instruction.amend);
  if (instruction === 'write') return write();
  abandoned = true;
  write();
  amend([]);
  if (!writing) void import('pagefind').then((pagefind) => pagefind.close());
});

/** Adds records to the index and fails with every record Pagefind rejected. */
async function addRecords(index: PagefindIndex, records: readonly SearchRecord[]): Promise<void> {
  const results = await Promise.all(records.map((record) => index.addCustomRecord(record)));
  const problems = results.flatMap((result, position) => (result.errors.length > 0 ? [`${records[position]!.url}: ${result.errors.join('; ')}`] : []));
  if (problems.length > 0) throw new Error(`Pagefind rejected ${problems.length} records:\n${problems.slice(0, 10).join('\n')}`);
}

/** Staging folders being removed: each worker waits for them before it reports its end. */
const stagingRemovals: Promise<void>[] = [];

/**
 * Adds the build's records: as pages staged in a tmpfs folder when possible (Pagefind adds a folder
 * without comparing each record's URL with all earlier ones; src/lib/pagefind-staging.ts), else
 * one custom record at a time. The index is the same either way.
 */
async function addAllRecords(index: PagefindIndex, records: readonly SearchRecord[]): Promise<void> {
  const staged = stageRecords(records);
  if (!staged) return addRecords(index, records);
  try {
    const { errors, page_count: added } = await index.addDirectory({ path: staged.root });
    if (errors.length > 0 || added !== records.length) {
      throw new Error(`Pagefind added ${added} of ${records.length} staged records${errors.length > 0 ? `:\n${errors.slice(0, 10).join('\n')}` : ''}`);
    }
  } finally {
    // Removed while Pagefind goes on; the worker waits for it before it ends (indexAndWrite).
    stagingRemovals.push(staged.remove());
  }
}

/**
 * Indexes the records and, once the build allows it, writes the index into bundleDir; undefined when
 * abandoned first. `amendments`, when given, are awaited once every record is in and added after them.
 * Pagefind writes the files itself (writePagefindBundle), so on a rebuild it compresses and writes only
 * files that are new; the index is built then too, as Pagefind builds no index without giving its files.
 */
async function indexAndWrite(records: SearchRecord[], amendments?: () => Promise<SearchRecord[]>): Promise<BundleWriteSummary | undefined> {
  const pagefind = await import('pagefind');
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (abandoned) return undefined;
    if (!index) throw new Error(`Pagefind could not create an index: ${errors.join('; ')}`);
    await addAllRecords(index, records);
    if (abandoned) return undefined;
    // Only once the first records are in: a record added again before its first addition settles could be overwritten by it.
    if (amendments) await addRecords(index, await amendments());
    await writeAllowed;
    if (abandoned) return undefined;
    // Not stopped from here on: Pagefind keeps the files it finds, so a write cut short would leave
    // half-written files for the next one to keep (the marker makes the next write redo them all).
    writing = true;
    return await writePagefindBundle((outputPath) => index.writeFiles({ outputPath }), bundleDir);
  } catch (error) {
    // Stopping Pagefind's process fails the calls in flight.
    if (abandoned && !writing) return undefined;
    throw error;
  } finally {
    await pagefind.close();
    await Promise.allSettled(stagingRemovals);
  }
}

/**
 * The records of a compute job. The amendments put the build's records in place of outdated ones as
 * soon as they come (the build waits for the final records); Pagefind gets them once it has the first ones.
 */
function computedRecords(job: ComputeJob): { records: SearchRecord[]; amendments: () => Promise<SearchRecord[]> } {
  const thumbnails = new Map(job.thumbnails);
  const thumbnailOf = (article: IndexedArticle) => thumbnails.get(article.slug);
  const records = searchRecordsOf(job.articles, job.policy, thumbnailOf);
  port.postMessage({ computed: searchRecordKeys(job.articles, job.policy, thumbnailOf) });
  // The bodies (~200 MB at 10,000 articles, ~600 MB at 30,000) are not needed any more: the build
  // sends whole records to amend. Emptied here because the thread's workerData lives as long as it does.
  job.articles.length = 0;
  const amended = amendmentsArrived.then((amendments) => {
    for (const { position, record } of amendments) records[position] = record;
    if (!abandoned) port.postMessage({ final: serializeRecords(records) });
    return amendments.map(({ record }) => record);
  });
  return { records, amendments: () => amended };
}

async function assembleThenWrite(): Promise<{ done: BundleWriteSummary } | { abandoned: true }> {
  let records = (workerData as IndexerInput).records;
  let amendments: (() => Promise<SearchRecord[]>) | undefined;
  if (predict) {
    records = await predictedRecords(predict);
    port.postMessage({ predicted: records ? { digest: searchRecordsDigest(records), count: records.length } : null });
  } else if (compute) {
    ({ records, amendments } = computedRecords(compute));
  }
  if (!records || abandoned) return { abandoned: true };
  const done = await indexAndWrite(records, amendments);
  // Written, even if abandoned while writing: the index that replaces this one waits for it.
  return done ? { done } : { abandoned: true };
}

assembleThenWrite()
  .then(
    (reply) => port.postMessage(reply),
    (error: unknown) => port.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
  )
  // Nothing more to do: the thread ends by itself (its Pagefind process is closed already), so a
  // process that only waits for it, like the build script's after an abandoned early index, need not.
  .finally(() => port.close());
