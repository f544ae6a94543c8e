/**
 * Builds the Pagefind index during `astro build`, through Pagefind's Node API, from the records the
 * build computes (src/pages/tim-kiem/search-records.bin.ts), and the bundle goes to <outDir>/pagefind/.
 * The records reach Pagefind as small pages staged in a tmpfs folder it adds whole, or as custom
 * records where no such folder can be made (src/lib/pagefind-staging.ts); the site's rendered
 * pages are not parsed again. Pagefind runs in its own process, driven from a worker thread
 * (search-index-worker.ts), on the second core while Astro works on the first:
 * - on a rebuild, it starts before Astro loads any content, from records predicted from the last
 *   build's and the files changed since (src/lib/search-prediction.ts); once the content is loaded,
 *   the records computed from it (with the last build's thumbnail addresses) either match the
 *   prediction or replace it, and when the records route then computes different records (a new
 *   image, a changed setting), that early index is replaced in turn;
 * - otherwise (a first build, new images) it starts once the content is loaded, and the worker
 *   computes the records itself while Astro bundles and renders; the records route, which renders
 *   first among the pages (render-order.ts), knows the thumbnail addresses and sends the records
 *   they change, which Pagefind puts in place of the computed ones before it builds the index.
 * In `astro dev` it serves the bundle of the last build, so search works after one `npm run build`.
 */
import fs from 'node:fs';
import { Worker } from 'node:worker_threads';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { PAGEFIND_DIR, SEARCH_RECORDS_FILE, type SearchRecordsFile } from '../lib/search-build.ts';
import { readSearchRecordsFile } from '../lib/search-records-file.ts';
import {
  indexPolicyFromEnv,
  indexedArticleOf,
  recordThumbnails,
  recordsByKey,
  searchRecordKeys,
  searchRecordsOf,
  type IndexedArticle,
  type SearchRecord,
  type Thumbnail,
} from '../lib/search-records.ts';
import { sortNewestFirst } from '../lib/articles.ts';
import { buildTime, isPublished } from '../lib/publishing.ts';
import type { ArticleFrontmatter, CategoryFrontmatter } from '../lib/schema.ts';
import { articlePath } from '../lib/urls.ts';
import type { BundleWriteSummary } from '../lib/pagefind-bundle.ts';
import type { Amendment, ComputeJob, IndexerInput, PredictionJob } from './search-index-worker.ts';
import { readContentStamps, searchRecordsDigest, type ContentStamps } from '../lib/search-prediction.ts';
import { workerRenderOptions } from '../data/content-worker-client.ts';
import { contentDir } from '../lib/content-dir.ts';
import { handoff } from '../lib/build-handoff.ts';
import { libraryCodeVersion } from '../lib/code-version.ts';
import { contentCheckPassed } from '../lib/content-check-gate.ts';
import { earlyJobIdentity, earlySearchIndexer, writeEarlyJob, type EarlyJob, type IndexerChannel } from './early-search-index.ts';

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
};

/**
 * When indexing started: before content loading from predicted records (a rebuild), after content
 * loading (from records computed there or in the worker), from the records route, or after the build.
 */
export type IndexStart = 'predicted' | 'content-loaded' | 'rendering' | 'after-build';

/** What the worker reports of the records it predicted. */
interface Prediction {
  digest: string;
  count: number;
}

export interface IndexSummary extends BundleWriteSummary {
  records: number;
  seconds: number;
  started: IndexStart;
  /** An early index (predicted or from content data) that was found outdated and replaced. */
  replacedEarlyIndex: boolean;
  /** Started by `npm run build` before Astro (early-search-index.ts). */
  byBuildScript: boolean;
}

/** An index whose records the worker computes, until the records route has completed it. */
interface ComputedIndex {
  /** What the worker computes from: the published articles, newest first. */
  articles: readonly IndexedArticle[];
  /** The worker's record keys (searchRecordKeys); undefined if it stopped before computing. */
  keys: Promise<string[] | undefined>;
  /** The records once amended, serialized for the records file; undefined if the worker stopped first. */
  final: Promise<Uint8Array | undefined>;
  amend: (amendments: Amendment[]) => void;
  /** Set once the records route has sent the amendments (how many). */
  amended?: number;
}

interface PendingIndex {
  /** Undefined while a prediction runs that no records of this build have been compared with yet. */
  records: SearchRecord[] | undefined;
  summary: Promise<IndexSummary | undefined>;
  /** Aborted when other records replace these: Pagefind is then stopped and nothing is written. */
  superseded: AbortController;
  /** A running prediction's digest (null: nothing predicted). */
  prediction?: Promise<Prediction | null>;
  /** Settles once the prediction has been compared with the build's records (and replaced if wrong). */
  verified?: Promise<void>;
  computed?: ComputedIndex;
}

/** What the indexer's worker reports along the way, and the amendments it is sent. */
interface IndexerHooks {
  onPredicted?: (prediction: Prediction | null) => void;
  onComputed?: (keys: string[]) => void;
  onFinal?: (serializedRecords: Uint8Array) => void;
  amendments?: Promise<Amendment[]>;
}

// Handed between this integration (loaded with the config) and the content config's and the records
// route's copies of this module.

/** Where the last build's records are kept for the next one; set only in `astro build`. */
const previousRecordsHandoff = handoff<string>('search-index.previous-records');
/** The early index's records and the keys of what they were computed from (searchRecordKeys). */
const earlyRecordsHandoff = handoff<{ keys: string; records: SearchRecord[] }>('search-index.early-records');
/** A hash of our library code (src/lib/), which builds the records: a previous build's records are reused only under the same code. */
const codeVersionHandoff = handoff<string>('search-index.code-version');

/** The code version the records route writes into the records file ('' outside a build). */
export function searchCodeVersion(): string {
  return codeVersionHandoff.get() ?? '';
}
type StartIndexing = (records: SearchRecord[], started: IndexStart) => void;
/** The integration's indexer (it runs in the configuration's copy of this module, whose path locates the worker). */
const indexerHandoff = handoff<StartIndexing>('search-index.indexer');
/** Starts an index whose records the worker computes, unless an index already runs. */
type StartComputedIndex = (articles: readonly IndexedArticle[], thumbnails: Map<string, Thumbnail>) => void;
const computedIndexerHandoff = handoff<StartComputedIndex>('search-index.computed-indexer');
/**
 * Completes a computed index with the build's record keys, `recordAt` building the record at a
 * position whose key differs; resolves with the final records serialized for the records file
 * (search-records-file.ts), or undefined when no computed index runs or it was computed from other
 * articles (the caller then indexes its own records).
 */
type CompleteComputedIndex = (articles: readonly IndexedArticle[], keys: readonly string[], recordAt: (position: number) => SearchRecord) => Promise<Uint8Array | undefined>;
const computedIndexCompleterHandoff = handoff<CompleteComputedIndex>('search-index.computed-completer');

/** Runs search-index-worker.ts; its path is only right in this, the configuration's, copy of the module. */
const workerFile = fileURLToPath(new URL('./search-index-worker.ts', import.meta.url));

/**
 * Indexes the records with Pagefind (in a worker thread and Pagefind's own process) and brings
 * `bundleDir` up to date with the index files: on a rebuild only the few that are new are written.
 * The records are added at once; the index is built and written once `mayWrite` resolves (Pagefind
 * does both in one step). An index `superseded` (by other records) before it writes is dropped, its
 * Pagefind process stopped at once; one that is writing finishes first.
 */
export async function writeSearchIndex(
  source: SearchRecord[] | { predict: PredictionJob } | { compute: ComputeJob },
  bundleDir: string,
  started: IndexStart,
  replacedEarlyIndex: boolean,
  superseded: AbortSignal,
  mayWrite: Promise<void>,
  hooks: IndexerHooks = {},
  running?: IndexerChannel,
): Promise<IndexSummary | undefined> {
  const startTime = performance.now();
  const workerData: IndexerInput = Array.isArray(source) ? { records: source, bundleDir } : { ...source, bundleDir };
  let count = Array.isArray(source) ? source.length : 'compute' in source ? source.compute.articles.length : 0;
  // A worker already running this job (started by the build script: early-search-index.ts), or a new one.
  const worker: IndexerChannel = running ?? new Worker(workerFile, { workerData });
  const abandon = () => worker.postMessage('abandon');
  superseded.addEventListener('abort', abandon, { once: true });
  void hooks.amendments?.then((amendments) => !superseded.aborted && worker.postMessage({ amend: amendments }));
  // An early index (started during content loading) writes nothing into the site before `npm run build`'s
  // content check has passed. Allowed as soon as it has: a message from the worker asking for it would
  // wait while pages render (they keep the main thread's event loop busy), and Pagefind builds the index
  // only when it may write it (it does both in one step).
  void mayWrite.then(() => !superseded.aborted && worker.postMessage('write'));
  type Reply = {
    predicted?: Prediction | null;
    computed?: string[];
    final?: Uint8Array;
    done?: BundleWriteSummary;
    abandoned?: true;
    error?: string;
  };
  const reply = await new Promise<Reply>((resolve, reject) => {
    worker.on('message', (message: Reply) => {
      if (message.predicted !== undefined) {
        count = message.predicted?.count ?? 0;
        hooks.onPredicted?.(message.predicted);
      } else if (message.computed) hooks.onComputed?.(message.computed);
      else if (message.final !== undefined) hooks.onFinal?.(message.final);
      else resolve(message);
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`The search index worker stopped (exit code ${code}) before it finished.`)));
  });
  superseded.removeEventListener('abort', abandon);
  await worker.terminate();
  if (reply.error) throw new Error(reply.error);
  if (!reply.done) return undefined;
  return { records: count, ...reply.done, seconds: (performance.now() - startTime) / 1000, started, replacedEarlyIndex, byBuildScript: running !== undefined };
}

/** The early index's records, if they were computed from exactly the inputs `keys` describe (searchRecordKeys). */
export function earlySearchRecords(keys: readonly string[]): SearchRecord[] | undefined {
  const early = earlyRecordsHandoff.get();
  earlyRecordsHandoff.clear();
  return early?.keys === JSON.stringify(keys) ? early.records : undefined;
}

/**
 * Called by the records route with the build's records, during `astro build`. Does nothing outside
 * a build; build:done then indexes from the written records file.
 */
export function startSearchIndexing(records: SearchRecord[]): void {
  indexerHandoff.get()?.(records, 'rendering');
}

/**
 * Called by the records route with the build's record keys: completes the index whose records the
 * worker computed (see CompleteComputedIndex). Undefined outside a build or when none runs.
 */
export function completeComputedIndex(
  articles: readonly IndexedArticle[],
  keys: readonly string[],
  recordAt: (position: number) => SearchRecord,
): Promise<Uint8Array | undefined> {
  return computedIndexCompleterHandoff.get()?.(articles, keys, recordAt) ?? Promise.resolve(undefined);
}

/** An entry of Astro's content store, as loaders see it. */
interface StoredEntry {
  id: string;
  data: Record<string, unknown>;
  rendered?: { html: string } | undefined;
  digest?: string | number | undefined;
}

/** The last build's records file, if there is one and it reads. */
function readPreviousRecords(): SearchRecordsFile | undefined {
  const file = previousRecordsHandoff.get();
  if (!file || !fs.existsSync(file)) return undefined;
  try {
    return readSearchRecordsFile(file);
  } catch {
    return undefined;
  }
}

/**
 * Called when the content collections have loaded, during `astro build`: starts Pagefind on records
 * computed as the records route will compute them. Thumbnail addresses come from Astro's image
 * service, so they are taken from the last build's records; with all of them known, the records are
 * computed here, reusing the last build's where nothing changed. Otherwise (a first build, a new
 * image) the worker computes them and the records route completes them.
 */
export function prepareEarlyIndex(articleEntries: readonly StoredEntry[], categoryEntries: readonly StoredEntry[]): void {
  if (!indexerHandoff.get()) return;
  const previous = readPreviousRecords();
  const thumbnails = previous ? recordThumbnails(previous.records) : new Map<string, Thumbnail>();
  const categoryTitles = new Map(categoryEntries.map((entry) => [entry.id, (entry.data as CategoryFrontmatter).title]));
  const now = buildTime();
  const articles: IndexedArticle[] = [];
  let thumbnailsKnown = true;
  for (const entry of articleEntries) {
    const data = entry.data as ArticleFrontmatter;
    if (!isPublished(data, now)) continue;
    const categoryTitle = categoryTitles.get(data.category);
    // The build stops on an unknown category, with its own message.
    if (categoryTitle === undefined) return;
    // A new image's thumbnail address is known only once Astro renders it.
    if (data.image && !thumbnails.has(articlePath(entry.id))) thumbnailsKnown = false;
    articles.push(indexedArticleOf(entry, data, categoryTitle));
  }
  const sorted = sortNewestFirst(articles);
  const thumbnailOf = (article: IndexedArticle) => thumbnails.get(articlePath(article.slug));
  if (!previous || !thumbnailsKnown) {
    const known = new Map<string, Thumbnail>();
    for (const article of sorted) {
      const thumbnail = article.imageAlt === undefined ? undefined : thumbnailOf(article);
      if (thumbnail) known.set(article.slug, thumbnail);
    }
    computedIndexerHandoff.get()?.(sorted, known);
    return;
  }
  // Records of unchanged articles are taken over as they are, when built by the same code.
  const sameCode = previous.codeVersion === searchCodeVersion();
  const previousByKey = (sameCode ? recordsByKey(previous.recordKeys, previous.records) : undefined) ?? new Map<string, SearchRecord>();
  const policy = indexPolicyFromEnv(process.env);
  const keys = searchRecordKeys(sorted, policy, thumbnailOf);
  const records = searchRecordsOf(sorted, policy, thumbnailOf, { keys, recordFor: (key) => previousByKey.get(key) });
  earlyRecordsHandoff.set({ keys: JSON.stringify(keys), records });
  indexerHandoff.get()?.(records, 'content-loaded');
}

/** The last build's records, kept in Astro's cache folder for the next build's early index. */
const PREVIOUS_RECORDS_FILE = 'khcn-search-records.bin';
/** Size and time of the content files as that build found them (search-prediction.ts). */
const CONTENT_STAMPS_FILE = 'khcn-content-stamps.json';

export default function searchIndex(): AstroIntegration {
  let isBuild = false;
  let outDir = '';
  let previousRecordsFile = '';
  let stampsFile = '';
  let stamps: ContentStamps | undefined;
  /** What the next build's early index will run, once this build has left its records. */
  let earlyJob: EarlyJob | undefined;
  let pending: PendingIndex | undefined;
  // Resolved once `npm run build`'s content check has passed (it opens the gate file), without it at
  // astro:build:start. Astro keeps the output folder (`emptyOutDir: false`), so writing before the
  // build starts loses nothing; a rebuild's index is then written during content loading.
  let allowWrites!: () => void;
  const mayWrite = new Promise<void>((resolve) => (allowWrites = resolve));

  /** Indexes `records` in place of whatever index is running (which is stopped, then waited for). */
  const replaceIndex = (records: SearchRecord[], started: IndexStart) => {
    // The running index is stopped, unless already writing, and is waited for: both use the same folder.
    const replaced = pending;
    replaced?.superseded.abort();
    const before = replaced ? replaced.summary.catch(() => undefined) : Promise.resolve();
    const superseded = new AbortController();
    const summary = before.then(() =>
      writeSearchIndex(records, path.join(outDir, PAGEFIND_DIR), started, replaced !== undefined, superseded.signal, mayWrite),
    );
    // The failure is reported when build:done awaits it; avoid an unhandled rejection before then.
    summary.catch(() => undefined);
    pending = { records, summary, superseded };
  };

  const startIndexing: StartIndexing = (records, started) => {
    // The running index already holds these records (the records route took them over: earlySearchRecords).
    if (pending?.records === records) return;
    const current = pending;
    const prediction = current?.prediction;
    if (current && prediction && current.records === undefined) {
      // The first records this build computes decide whether the predicted index stands.
      current.records = records;
      current.verified = prediction.then((predicted) => {
        if (pending !== current) return;
        // Nothing predicted: the worker has stopped on its own.
        if (predicted === null) pending = undefined;
        if (predicted?.digest !== searchRecordsDigest(records)) replaceIndex(records, started);
      });
      return;
    }
    replaceIndex(records, started);
  };

  /**
   * On a rebuild, starts Pagefind on records predicted from the last build's and the changed files
   * (src/lib/search-prediction.ts), in the indexer's worker, before Astro loads any content.
   */
  const startPredictedIndex = (job: PredictionJob, running?: IndexerChannel) => {
    const superseded = new AbortController();
    let predicted!: (prediction: Prediction | null) => void;
    const prediction = new Promise<Prediction | null>((resolve) => (predicted = resolve));
    const summary = writeSearchIndex(
      { predict: job },
      path.join(outDir, PAGEFIND_DIR),
      'predicted',
      false,
      superseded.signal,
      mayWrite,
      { onPredicted: predicted },
      running,
    );
    // Ended without predicting (an error): nothing stands.
    summary.then(() => predicted(null), () => predicted(null));
    pending = { records: undefined, summary, superseded, prediction };
  };

  /**
   * Once the content is loaded, when no early records could be computed on this thread: the worker
   * computes them (about 1.5 s at 10,000 articles that rendering no longer waits for) and Pagefind
   * adds them while Astro bundles; the records route then completes them (completeComputed).
   */
  const startComputedIndex: StartComputedIndex = (articles, thumbnails) => {
    // A predicted index is verified by the records of the route instead.
    if (pending) return;
    let computedKeys!: (keys: string[] | undefined) => void;
    let finalRecords!: (serialized: Uint8Array | undefined) => void;
    let amend!: (amendments: Amendment[]) => void;
    const computed: ComputedIndex = {
      articles,
      keys: new Promise((resolve) => (computedKeys = resolve)),
      final: new Promise((resolve) => (finalRecords = resolve)),
      amend: (amendments) => amend(amendments),
    };
    const amendments = new Promise<Amendment[]>((resolve) => (amend = resolve));
    const job: ComputeJob = { articles: [...articles], policy: indexPolicyFromEnv(process.env), thumbnails: [...thumbnails] };
    const superseded = new AbortController();
    const summary = writeSearchIndex({ compute: job }, path.join(outDir, PAGEFIND_DIR), 'content-loaded', false, superseded.signal, mayWrite, {
      onComputed: computedKeys,
      onFinal: finalRecords,
      amendments,
    });
    // Whatever the worker did not report by its end, it never will.
    const settle = () => {
      computedKeys(undefined);
      finalRecords(undefined);
    };
    summary.then(settle, settle);
    pending = { records: undefined, summary, superseded, computed };
  };

  const completeComputed: CompleteComputedIndex = async (articles, keys, recordAt) => {
    const computed = pending?.computed;
    if (!computed || computed.amended !== undefined) return undefined;
    const computedKeys = await computed.keys;
    // The same articles in the same order: each differing record is put in place of the computed one.
    const sameArticles = computedKeys?.length === keys.length && computed.articles.every((article, position) => article.slug === articles[position]!.slug);
    if (!computedKeys || !sameArticles) return undefined;
    const amendments: Amendment[] = [];
    keys.forEach((key, position) => {
      if (key !== computedKeys[position]) amendments.push({ position, record: recordAt(position) });
    });
    computed.amended = amendments.length;
    computed.amend(amendments);
    return computed.final;
  };

  return {
    name: 'khcn-search-index',
    hooks: {
      'astro:config:setup': ({ command }) => {
        isBuild = command === 'build';
      },

      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        previousRecordsFile = path.join(fileURLToPath(config.cacheDir), PREVIOUS_RECORDS_FILE);
        stampsFile = path.join(fileURLToPath(config.cacheDir), CONTENT_STAMPS_FILE);
        // Before content loading, which may prepare an early index (prepareEarlyIndex).
        if (isBuild) {
          // A build script gone is reported by the gate integration, which waits for the same promise.
          contentCheckPassed()?.then(allowWrites, () => undefined);
          const codeVersion = libraryCodeVersion();
          previousRecordsHandoff.set(previousRecordsFile);
          indexerHandoff.set(startIndexing);
          computedIndexerHandoff.set(startComputedIndex);
          computedIndexCompleterHandoff.set(completeComputed);
          codeVersionHandoff.set(codeVersion);
          const root = contentDir();
          const renderOptions = workerRenderOptions(config);
          const policy = indexPolicyFromEnv(process.env);
          const bundleDir = path.join(outDir, PAGEFIND_DIR);
          earlyJob = renderOptions && { root, bundleDir, previousRecordsFile, previousStampsFile: stampsFile, renderOptions };
          const predictable = earlyJob && fs.existsSync(previousRecordsFile) && fs.existsSync(stampsFile) ? earlyJob : undefined;
          // The same prediction, already running since `npm run build` started (or stopped when it is another).
          const running = earlySearchIndexer(predictable && earlyJobIdentity(predictable, codeVersion, policy));
          stamps = readContentStamps(root);
          if (predictable) {
            startPredictedIndex(
              { root, previousRecordsFile, previousStampsFile: stampsFile, stamps, codeVersion, policy, now: buildTime().toISOString(), renderOptions: predictable.renderOptions },
              running,
            );
          }
        }
      },

      'astro:build:start': () => {
        allowWrites();
      },

      'astro:server:setup': ({ server }) => {
        // The index and the result thumbnails of the last build (the dev server does not serve dist/).
        for (const folder of [PAGEFIND_DIR, '_astro']) {
          const root = path.join(outDir, folder);
          server.middlewares.use(`/${folder}/`, (request, response, next) => {
            const relative = decodeURIComponent((request.url ?? '/').split('?')[0]!).replace(/^\/+/, '');
            const file = path.resolve(root, relative);
            if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) return next();
            response.setHeader('content-type', CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream');
            response.setHeader('cache-control', 'no-cache');
            fs.createReadStream(file).pipe(response);
          });
        }
      },

      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const recordsFile = path.join(site, SEARCH_RECORDS_FILE);
        if (!fs.existsSync(recordsFile)) throw new Error(`Search records not found at ${recordsFile}: the search page route did not run.`);
        // A prediction is first compared with this build's records (and replaced when wrong).
        await pending?.verified;
        // A prediction no records were compared with, or computed records never completed (cannot happen:
        // the records route always runs), is not used.
        if (pending && pending.records === undefined && pending.computed?.amended === undefined) {
          pending.superseded.abort();
          pending = undefined;
        }
        const amended = pending?.computed?.amended;
        // Normally indexing started long before: predicted, during content loading or from the records route.
        let summary = pending?.summary;
        if (!summary) {
          const { records } = readSearchRecordsFile(recordsFile);
          summary = writeSearchIndex(records, path.join(site, PAGEFIND_DIR), 'after-build', false, new AbortController().signal, mayWrite);
        }
        pending = undefined;
        previousRecordsHandoff.clear();
        indexerHandoff.clear();
        computedIndexerHandoff.clear();
        computedIndexCompleterHandoff.clear();
        codeVersionHandoff.clear();
        // Not published: kept for the next build's early index, with the content files' stamps for its prediction.
        moveFile(recordsFile, previousRecordsFile);
        if (stamps) fs.writeFileSync(stampsFile, JSON.stringify(stamps));
        if (earlyJob) writeEarlyJob(path.dirname(stampsFile), earlyJob);
        const result = await summary;
        if (!result) throw new Error('The search index was replaced but its replacement never ran.');
        const { records, files, bytes, written, seconds, started, replacedEarlyIndex, byBuildScript } = result;
        const when = {
          predicted: `, started before content loading from the changed files${byBuildScript ? ' (by npm run build, before Astro)' : ''}`,
          'content-loaded': ', started from content data after loading', rendering: ', alongside page rendering', 'after-build': '',
        }[started];
        logger.info(
          `${records} articles indexed into ${PAGEFIND_DIR}/ (${files} files, ${written} of them changed, ${(bytes / 1024 / 1024).toFixed(1)} MB) in ${seconds.toFixed(1)} s${when}` +
            (replacedEarlyIndex ? ' (the early index was outdated and replaced)' : '') +
            (amended ? ` (${amended} records given their thumbnails during rendering)` : ''),
        );
      },
    },
  };
}

function moveFile(from: string, to: string): void {
  fs.mkdirSync(path.dirname(to), { recursive: true });
  try {
    fs.renameSync(from, to);
  } catch {
    // Another file system (the cache folder elsewhere).
    fs.copyFileSync(from, to);
    fs.rmSync(from);
  }
}
