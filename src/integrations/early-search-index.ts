/**
 * On a rebuild through `npm run build`, the predicted search index (search-index.ts) starts in the
 * build script's process, before Astro has even started: Astro takes ~1 s to load itself and its
 * configuration, and the rebuild ends when Pagefind does (docs/performance.md, eleventh round).
 *
 * The script runs the same indexer worker (search-index-worker.ts) with the job the last build left
 * in the cache folder (EARLY_JOB_FILE) and tells Astro's process so through EARLY_SEARCH_INDEX_ENV.
 * The search integration, once it knows its own job, takes the running worker over when the two
 * jobs match (earlySearchIndexer), through Node's IPC channel: the script passes the messages on
 * both ways. Otherwise (other settings, other code, no early job) it stops that worker and goes on
 * as before. A worker no one took over never writes: it waits for the integration's 'write'.
 */
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ChildProcess } from 'node:child_process';
import { astroCacheDir, contentDir } from '../lib/content-dir.ts';
import { libraryCodeVersion } from '../lib/code-version.ts';
import { buildTime } from '../lib/publishing.ts';
import { indexPolicyFromEnv } from '../lib/search-records.ts';
import type { PredictionJob } from './search-index-worker.ts';

/** Set in Astro's environment while an early index runs: the job it runs, as JSON. */
export const EARLY_SEARCH_INDEX_ENV = 'KHCN_EARLY_SEARCH_INDEX';
/** In the cache folder: what the next build's early index is to run (written by the search integration). */
export const EARLY_JOB_FILE = 'khcn-search-early-job.json';
/** The key of the messages between Astro's process and the build script. */
const ENVELOPE = 'khcnEarlySearchIndex';

/** What a build leaves for the next one's early index; the rest of the job is read from the environment. */
export type EarlyJob = Pick<PredictionJob, 'root' | 'previousRecordsFile' | 'previousStampsFile' | 'renderOptions'> & { bundleDir: string };

/** The job as both sides know it (the stamps and the time are each side's own). */
export type EarlyJobIdentity = EarlyJob & Pick<PredictionJob, 'codeVersion' | 'policy'>;

/** The identity in one key order on both sides: they compare it as JSON. */
export function earlyJobIdentity(job: EarlyJob, codeVersion: string, policy: PredictionJob['policy']): EarlyJobIdentity {
  const { root, bundleDir, previousRecordsFile, previousStampsFile, renderOptions } = job;
  return { root, bundleDir, previousRecordsFile, previousStampsFile, renderOptions, codeVersion, policy };
}

/** The messages the script passes to Astro's process: from the worker, or about it. */
type ToAstro = { message: unknown } | { error: string } | { exit: number };
/** The messages Astro's process sends the worker; 'terminate' is for the script. */
type ToWorker = unknown;

/** A message the other side can no longer receive is dropped: it has ended, or stopped listening. */
const ignoreClosedChannel = () => undefined;

function envelope(value: unknown): { [ENVELOPE]: unknown } {
  return { [ENVELOPE]: value };
}
function opened(message: unknown): unknown {
  return typeof message === 'object' && message !== null && ENVELOPE in message ? (message as Record<string, unknown>)[ENVELOPE] : undefined;
}

/** The part of a worker that the search integration uses; Node's Worker is one. */
export interface IndexerChannel {
  postMessage(message: unknown): void;
  // `any`: Node's Worker types its messages so.
  on(event: 'message', listener: (message: any) => void): unknown;
  once(event: 'error', listener: (error: Error) => void): unknown;
  once(event: 'exit', listener: (code: number) => void): unknown;
  terminate(): Promise<unknown>;
}

export interface EarlySearchIndex {
  /** Astro's environment with the running job. */
  env: Record<string, string>;
  /** Connects Astro's process (spawned with an 'ipc' channel) to the worker. */
  connect(astro: ChildProcess): void;
  /** Stops the worker if it still runs (once Astro has exited). */
  stop(): Promise<void>;
}

/**
 * In the build script: starts the early index when the last build left a job and nothing in the
 * command line changes where Astro builds; undefined otherwise.
 */
export function startEarlySearchIndex(workerFile: URL, astroArguments: readonly string[], env: NodeJS.ProcessEnv = process.env): EarlySearchIndex | undefined {
  // --root, --outDir, --config…: the job would be another one.
  if (astroArguments.length > 0) return undefined;
  let job: EarlyJob;
  try {
    job = JSON.parse(fs.readFileSync(path.join(astroCacheDir(env), EARLY_JOB_FILE), 'utf8')) as EarlyJob;
  } catch {
    return undefined;
  }
  if (job.root !== contentDir(env) || !fs.existsSync(job.previousRecordsFile) || !fs.existsSync(job.previousStampsFile)) return undefined;
  const identity = earlyJobIdentity(job, libraryCodeVersion(), indexPolicyFromEnv(env));
  const { bundleDir, ...prediction } = identity;
  const predict: PredictionJob = { ...prediction, now: buildTime(env).toISOString() };
  const worker = new Worker(workerFile, { workerData: { predict, bundleDir } });
  let exited = false;
  const exit = new Promise<void>((resolve) =>
    worker.once('exit', () => {
      exited = true;
      resolve();
    }),
  );
  // What the worker says before Astro's process exists waits here; after that, Node keeps the
  // messages until the integration listens (~1 s later).
  const early: ToAstro[] = [];
  let astro: ChildProcess | undefined;
  const toAstro = (value: ToAstro) => {
    if (!astro) early.push(value);
    // Astro may close the channel meanwhile (it stopped the worker): nothing then to tell it.
    else if (astro.connected) astro.send(envelope(value), ignoreClosedChannel);
  };
  worker.on('message', (message: unknown) => toAstro({ message }));
  worker.on('error', (error) => toAstro({ error: error.stack ?? error.message }));
  worker.on('exit', (code) => toAstro({ exit: code }));
  return {
    env: { [EARLY_SEARCH_INDEX_ENV]: JSON.stringify(identity) },
    connect(child) {
      astro = child;
      child.on('message', (message) => {
        const instruction = opened(message) as ToWorker;
        if (instruction === undefined || exited) return;
        if (instruction === 'terminate') void worker.terminate();
        else worker.postMessage(instruction);
      });
      for (const value of early.splice(0)) toAstro(value);
    },
    async stop() {
      if (exited) return;
      // Its Pagefind process is a child of this one: 'abandon' has the worker stop it.
      worker.postMessage('abandon');
      await Promise.race([exit, new Promise((resolve) => setTimeout(resolve, 2000).unref())]);
      await worker.terminate();
    },
  };
}

/** The worker in the build script's process, as seen from Astro's. */
class RemoteIndexer extends EventEmitter implements IndexerChannel {
  #listening = true;
  readonly #relay = (message: unknown) => {
    const value = opened(message) as ToAstro | undefined;
    if (value === undefined) return;
    if ('message' in value) this.emit('message', value.message);
    else if ('error' in value) this.emit('error', new Error(value.error));
    else {
      this.#detach();
      this.emit('exit', value.exit);
    }
  };

  constructor() {
    super();
    process.on('message', this.#relay);
  }

  postMessage(message: unknown): void {
    if (process.connected) process.send!(envelope(message), undefined, undefined, ignoreClosedChannel);
  }

  async terminate(): Promise<void> {
    this.postMessage('terminate');
    this.#detach();
  }

  /** Stops the worker's index: it closes its Pagefind process and ends by itself. */
  abandon(): void {
    this.postMessage('abandon');
    this.#detach();
  }

  #detach(): void {
    if (!this.#listening) return;
    this.#listening = false;
    process.off('message', this.#relay);
    // The channel kept this process alive for the worker's messages; the build ends without it. Not
    // closed at once: Node may be handing over messages that came before anyone listened, and fails
    // if the channel goes while it does.
    setImmediate(() => process.connected && process.disconnect());
  }
}

let claimed = false;

/**
 * In Astro's process: the early index's worker, when the build script started one for `identity`
 * (and it was not taken yet); otherwise, if one runs, it is stopped and undefined is returned.
 */
export function earlySearchIndexer(identity: EarlyJobIdentity | undefined, env: NodeJS.ProcessEnv = process.env): IndexerChannel | undefined {
  const running = env[EARLY_SEARCH_INDEX_ENV];
  if (!running || claimed || !process.send) return undefined;
  claimed = true;
  const remote = new RemoteIndexer();
  if (identity && JSON.stringify(identity) === running) return remote;
  remote.abandon();
  return undefined;
}

/** Written at the end of a build for the next one's early index. */
export function writeEarlyJob(cacheDir: string, job: EarlyJob): void {
  fs.writeFileSync(path.join(cacheDir, EARLY_JOB_FILE), JSON.stringify(job));
}
