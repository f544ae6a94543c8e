import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import {
  EARLY_JOB_FILE,
  EARLY_SEARCH_INDEX_ENV,
  earlyJobIdentity,
  startEarlySearchIndex,
  writeEarlyJob,
  type EarlyJob,
} from '../../src/integrations/early-search-index.ts';
import { libraryCodeVersion } from '../../src/lib/code-version.ts';
import { indexPolicyFromEnv } from '../../src/lib/search-records.ts';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'early-search-index-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
const moduleUrl = pathToFileURL(path.resolve('src/integrations/early-search-index.ts')).href;

const contentRoot = path.join(root, 'content');
const cacheDir = path.join(root, 'cache');
fs.mkdirSync(contentRoot, { recursive: true });
fs.mkdirSync(cacheDir, { recursive: true });
const job: EarlyJob = {
  root: contentRoot,
  bundleDir: path.join(root, 'dist', 'pagefind'),
  previousRecordsFile: path.join(cacheDir, 'records.json'),
  previousStampsFile: path.join(cacheDir, 'stamps.json'),
  renderOptions: { syntaxHighlight: false } as unknown as EarlyJob['renderOptions'],
};
fs.writeFileSync(job.previousRecordsFile, '{}');
fs.writeFileSync(job.previousStampsFile, '{}');
const env = { CONTENT_DIR: contentRoot, ASTRO_CACHE_DIR: cacheDir };

/** Stands in for the indexer's worker: reports what it was given and answers what it is sent. */
const fakeWorker = path.join(root, 'fake-worker.mjs');
fs.writeFileSync(
  fakeWorker,
  `import { parentPort, workerData } from 'node:worker_threads';
parentPort.postMessage({ started: workerData.predict.root, bundleDir: workerData.bundleDir, hasStamps: 'stamps' in workerData.predict });
parentPort.on('message', (message) => {
  if (message === 'abandon') { parentPort.postMessage({ abandoned: true }); process.exit(0); }
  parentPort.postMessage({ echo: message });
});`,
);

/** Stands in for Astro's process: takes the worker over (or not) and reports what it saw on stdout. */
const fakeAstro = path.join(root, 'fake-astro.mts');
fs.writeFileSync(
  fakeAstro,
  `import { earlySearchIndexer } from ${JSON.stringify(moduleUrl)};
const identity = JSON.parse(process.env.IDENTITY_FOR_TEST ?? 'null') ?? undefined;
// Astro loads itself before the integration takes the worker over; the worker has spoken by then.
await new Promise((resolve) => setTimeout(resolve, Number(process.env.DELAY_FOR_TEST ?? 0)));
const channel = earlySearchIndexer(identity);
if (!channel) { console.log(JSON.stringify({ taken: false })); }
else {
  const seen = [];
  channel.on('message', (message) => {
    seen.push(message);
    if (message.started) channel.postMessage('write');
    if (message.echo === 'write') channel.postMessage('abandon');
  });
  channel.once('exit', (code) => console.log(JSON.stringify({ taken: true, seen, code })));
}`,
);

function runAstro(early: ReturnType<typeof startEarlySearchIndex>, identity: unknown, delayMs = 0): Promise<{ stdout: string; code: number | null }> {
  const child = spawn(process.execPath, [fakeAstro], {
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
    env: { ...process.env, ...early!.env, IDENTITY_FOR_TEST: JSON.stringify(identity ?? null), DELAY_FOR_TEST: String(delayMs) },
  });
  early!.connect(child);
  let stdout = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  return new Promise((resolve) => child.on('close', (code) => resolve({ stdout, code })));
}

describe('the search index started by npm run build before Astro', () => {
  it('starts only with the last build’s job, for the same content folder and no Astro options', () => {
    const workerUrl = pathToFileURL(fakeWorker);
    expect(startEarlySearchIndex(workerUrl, [], env)).toBeUndefined();
    writeEarlyJob(cacheDir, { ...job, root: path.join(root, 'other') });
    expect(startEarlySearchIndex(workerUrl, [], env)).toBeUndefined();
    writeEarlyJob(cacheDir, job);
    expect(startEarlySearchIndex(workerUrl, ['--outDir', 'x'], env)).toBeUndefined();
    expect(fs.existsSync(path.join(cacheDir, EARLY_JOB_FILE))).toBe(true);
  });

  it.each([0, 400])('hands the running worker to Astro’s process when the jobs match, passing messages both ways (taken over after %i ms)', async (delayMs) => {
    writeEarlyJob(cacheDir, job);
    const early = startEarlySearchIndex(pathToFileURL(fakeWorker), [], env);
    expect(early).toBeDefined();
    const identity = earlyJobIdentity(job, libraryCodeVersion(), indexPolicyFromEnv(env));
    expect(JSON.parse(early!.env[EARLY_SEARCH_INDEX_ENV]!)).toEqual(identity);
    const { stdout, code } = await runAstro(early, identity, delayMs);
    // Astro's process ended by itself once the worker had: the channel did not keep it alive.
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { taken: boolean; seen: Record<string, unknown>[]; code: number };
    expect(report.taken).toBe(true);
    expect(report.seen).toEqual([{ started: contentRoot, bundleDir: job.bundleDir, hasStamps: false }, { echo: 'write' }, { abandoned: true }]);
    expect(report.code).toBe(0);
    await early!.stop();
  });

  it.each([0, 600])('runs the real indexer worker, which ends by itself once it has nothing to do (taken over after %i ms)', async (delayMs) => {
    // The last build's records do not read: the worker predicts nothing, says so and ends.
    writeEarlyJob(cacheDir, job);
    const realWorker = new URL('../../src/integrations/search-index-worker.ts', import.meta.url);
    const early = startEarlySearchIndex(realWorker, [], env);
    const identity = earlyJobIdentity(job, libraryCodeVersion(), indexPolicyFromEnv(env));
    // Taken over late, the worker has ended already: Astro's process gets all it said at once.
    const { stdout, code } = await runAstro(early, identity, delayMs);
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as { taken: boolean; seen: Record<string, unknown>[]; code: number };
    expect(report.seen).toEqual([{ predicted: null }, { abandoned: true }]);
    const started = performance.now();
    await early!.stop();
    // Nothing left to stop: no wait for the worker to answer an 'abandon'.
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('stops the worker when Astro’s job is another one, and Astro goes on without it', async () => {
    writeEarlyJob(cacheDir, job);
    const early = startEarlySearchIndex(pathToFileURL(fakeWorker), [], env);
    const other = earlyJobIdentity({ ...job, bundleDir: path.join(root, 'elsewhere') }, libraryCodeVersion(), indexPolicyFromEnv(env));
    const { stdout, code } = await runAstro(early, other);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ taken: false });
    await early!.stop();
  });
});
