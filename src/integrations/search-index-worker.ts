/**
 * Runs Pagefind for the search integration in a worker thread. Pagefind's Node API feeds its
 * indexing process through messages on this thread's event loop; on the main thread, Astro's page
 * rendering would hold those messages up for seconds at a time and leave Pagefind idle.
 *
 * workerData: IndexerInput. With `predict`, it first predicts the records (search-prediction.ts) and
 * posts { predicted: digest }, or { predicted: null } and stops when it cannot. With `compute`, it
 * computes the records from the articles, posts { computed: keys } (searchRecordKeys), adds them, and
 * waits for { amend } (records to put in place of some, by position: Pagefind replaces a record
 * added again under the same URL where it stands) before posting { final: the records as JSON }.
 * It indexes the records, one Pagefind index per year whose index in bundleDir is not current
 * (src/lib/search-shards.ts), then waits for 'write' (the build has started: the files may go into
 * bundleDir), writes those years and posts { done: IndexWriteSummary }. 'abandon', at any
 * point, stops Pagefind's process and drops the index (other records replaced these):
 * { abandoned: true }. Errors are posted as { error }.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import type { PagefindIndex } from 'pagefind';
import { createArticleReader } from '../data/article-reader.ts';
import type { RenderOptions } from '../data/content-worker-client.ts';
import { syncFolder, type FolderFile, type FolderSyncSummary } from '../lib/folder-sync.ts';
import { filesBelow } from '../lib/file-tree.ts';
import { recordsByShard, shardBundleFiles, shardDigest, shardIsCurrent, shardManifest, SHARD_MANIFEST_FILE } from '../lib/search-shards.ts';
import { predictSearchRecords, searchRecordsDigest, type ContentStamps } from '../lib/search-prediction.ts';
import type { SearchRecordsFile } from '../lib/search-build.ts';
import { searchRecordKeys, searchRecordsOf, type IndexPolicy, type IndexedArticle, type SearchRecord, type Thumbnail } from '../lib/search-records.ts';

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
let amend!: (amendments: Amendment[]) => void;
const amendmentsArrived = new Promise<Amendment[]>((resolve) => (amend = resolve));
port.on('message', (instruction: 'write' | 'abandon' | { amend: Amendment[] }) => {
  if (typeof instruction === 'object') return amend(instruction.amend);
  if (instruction === 'write') return write();
  abandoned = true;
  write();
  amend([]);
  void import('pagefind').then((pagefind) => pagefind.close());
});

/** Adds records to the index and fails with every record Pagefind rejected. */
async function addRecords(index: PagefindIndex, records: readonly SearchRecord[]): Promise<void> {
  const results = await Promise.all(records.map((record) => index.addCustomRecord(record)));
  const problems = results.flatMap((result, position) => (result.errors.length > 0 ? [`${records[position]!.url}: ${result.errors.join('; ')}`] : []));
  if (problems.length > 0) throw new Error(`Pagefind rejected ${problems.length} records:\n${problems.slice(0, 10).join('\n')}`);
}

/** A year's records, and what identifies them (search-shards.ts). */
interface Shard {
  name: string;
  records: SearchRecord[];
  digest: string;
}

/** A year's index files, built. */
interface BuiltShard {
  shard: Shard;
  files: FolderFile[];
}

// Pagefind's version: an index written by another version is built again.
const pagefindPackage = new URL('../package.json', import.meta.resolve('pagefind'));
const INDEXER_VERSION = `pagefind ${(JSON.parse(fs.readFileSync(pagefindPackage, 'utf8')) as { version: string }).version}`;

function shardsOf(records: readonly SearchRecord[]): Shard[] {
  return recordsByShard(records).map(([name, shardRecords]) => ({ name, records: shardRecords, digest: shardDigest(shardRecords, INDEXER_VERSION) }));
}

const isCurrent = (shard: Shard) => shardIsCurrent(path.join(bundleDir, shard.name), shard.digest);

/**
 * Indexes the years whose index in bundleDir is not current; undefined when abandoned. With
 * `amendments`, every year is indexed, the amendments are awaited once every record is in and are
 * added after them, and only then are the years compared with the folder (the records are amended in
 * place). Pagefind's process is closed (its memory freed) before the files are written.
 */
async function indexShards(records: SearchRecord[], amendments?: () => Promise<SearchRecord[]>): Promise<{ shards: Shard[]; built: BuiltShard[] } | undefined> {
  const pagefind = await import('pagefind');
  try {
    const indexes = new Map<string, PagefindIndex>();
    const indexOf = async (name: string) => {
      let index = indexes.get(name);
      if (!index) {
        const created = await pagefind.createIndex({});
        if (!created.index) throw new Error(`Pagefind could not create an index: ${created.errors.join('; ')}`);
        indexes.set(name, (index = created.index));
      }
      return index;
    };
    let shards = shardsOf(records);
    let toBuild = amendments ? shards : shards.filter((shard) => !isCurrent(shard));
    for (const shard of toBuild) {
      await addRecords(await indexOf(shard.name), shard.records);
      if (abandoned) return undefined;
    }
    if (amendments) {
      // Only once the first records are in: a record added again before its first addition settles could be overwritten by it.
      const amended = await amendments();
      if (abandoned) return undefined;
      for (const [name, shardRecords] of recordsByShard(amended)) await addRecords(await indexOf(name), shardRecords);
      if (abandoned) return undefined;
      shards = shardsOf(records);
      toBuild = shards.filter((shard) => !isCurrent(shard));
    }
    const built: BuiltShard[] = [];
    for (const shard of toBuild) {
      const bundle = await indexes.get(shard.name)!.getFiles();
      if (abandoned) return undefined;
      if (bundle.errors.length > 0) throw new Error(`Pagefind could not build the index of ${shard.name}: ${bundle.errors.join('; ')}`);
      built.push({ shard, files: shardBundleFiles(bundle.files) });
    }
    return { shards, built };
  } catch (error) {
    // Stopping Pagefind's process fails the calls in flight.
    if (abandoned) return undefined;
    throw error;
  } finally {
    await pagefind.close();
  }
}

export interface IndexWriteSummary extends FolderSyncSummary {
  /** Years in the index. */
  shards: number;
  /** Years indexed by this build (the others were current). */
  shardsIndexed: number;
}

/**
 * Writes the built years into bundleDir, each with its manifest, and removes the folders of years
 * that have no records any more (and anything else in bundleDir). A year found current before the
 * build started whose files have gone since is indexed now.
 */
async function writeShards(shards: Shard[], built: BuiltShard[]): Promise<IndexWriteSummary | undefined> {
  const builtNames = new Set(built.map(({ shard }) => shard.name));
  const gone = shards.filter((shard) => !builtNames.has(shard.name) && !isCurrent(shard));
  if (gone.length > 0) {
    const rebuilt = await indexShards(gone.flatMap((shard) => shard.records));
    if (!rebuilt) return undefined;
    built.push(...rebuilt.built);
  }
  const summary: IndexWriteSummary = { files: 0, bytes: 0, written: 0, removed: 0, shards: shards.length, shardsIndexed: built.length };
  for (const { shard, files } of built) {
    const folder = path.join(bundleDir, shard.name);
    // No manifest while the files change: an interrupted write leaves a year that the next build indexes again.
    fs.rmSync(path.join(folder, SHARD_MANIFEST_FILE), { force: true });
    const synced = await syncFolder(folder, files);
    fs.writeFileSync(path.join(folder, SHARD_MANIFEST_FILE), JSON.stringify(shardManifest(shard.digest, files)));
    summary.files += synced.files;
    summary.bytes += synced.bytes;
    summary.written += synced.written;
    summary.removed += synced.removed;
  }
  const names = new Set(shards.map((shard) => shard.name));
  const others = fs.existsSync(bundleDir) ? fs.readdirSync(bundleDir).filter((name) => !names.has(name)) : [];
  for (const name of others) {
    const target = path.join(bundleDir, name);
    summary.removed += fs.statSync(target).isDirectory() ? filesBelow(target).length : 1;
    fs.rmSync(target, { recursive: true, force: true });
  }
  return summary;
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
    if (!abandoned) port.postMessage({ final: JSON.stringify(records) });
    return amendments.map(({ record }) => record);
  });
  return { records, amendments: () => amended };
}

async function assembleThenWrite(): Promise<{ done: IndexWriteSummary } | { abandoned: true }> {
  let records = (workerData as IndexerInput).records;
  let amendments: (() => Promise<SearchRecord[]>) | undefined;
  if (predict) {
    records = await predictedRecords(predict);
    port.postMessage({ predicted: records ? { digest: searchRecordsDigest(records), count: records.length } : null });
  } else if (compute) {
    ({ records, amendments } = computedRecords(compute));
  }
  if (!records || abandoned) return { abandoned: true };
  const index = await indexShards(records, amendments);
  if (index) await writeAllowed;
  const done = index && !abandoned ? await writeShards(index.shards, index.built) : undefined;
  return done && !abandoned ? { done } : { abandoned: true };
}

assembleThenWrite().then(
  (reply) => port.postMessage(reply),
  (error: unknown) => port.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
);
