/**
 * Builds the Pagefind index during `astro build`, through Pagefind's Node API, from the records the
 * build computes (src/pages/tim-kiem/search-records.json.ts): each is added as a custom record, the
 * bundle goes to <outDir>/pagefind/ and the records file is deleted. No HTML is re-parsed. Indexing
 * starts as soon as the records route has run and overlaps the rest of page rendering.
 * In `astro dev` it serves the bundle of the last build, so search works after one `npm run build`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { PAGEFIND_DIR, SEARCH_RECORDS_FILE, type SearchRecordsFile } from '../lib/search-build.ts';
import type { SearchRecord } from '../lib/search-records.ts';
import { filesBelow } from '../lib/file-tree.ts';

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

function directorySize(dir: string): { files: number; bytes: number } {
  const files = filesBelow(dir);
  return { files: files.length, bytes: files.reduce((sum, file) => sum + fs.statSync(path.join(dir, file)).size, 0) };
}

export interface IndexSummary {
  records: number;
  files: number;
  bytes: number;
  seconds: number;
  startedEarly: boolean;
}

/** Shared between this integration (loaded with the config) and the records route (in the page bundle). */
const OUT_DIR = Symbol.for('khcn.search-index.out-dir');
const PENDING_INDEX = Symbol.for('khcn.search-index.pending');
interface SharedIndexState {
  [OUT_DIR]?: string;
  [PENDING_INDEX]?: Promise<IndexSummary>;
}

/** Adds the records to a new Pagefind index (a separate process) and writes the bundle to `bundleDir`. */
async function writeSearchIndex(records: SearchRecord[], bundleDir: string, startedEarly = false): Promise<IndexSummary> {
  const started = performance.now();
  const pagefind = await import('pagefind');
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not create an index: ${errors.join('; ')}`);
  const problems: string[] = [];
  const batch = 200;
  for (let start = 0; start < records.length; start += batch) {
    const results = await Promise.all(records.slice(start, start + batch).map((record) => index.addCustomRecord(record)));
    for (const [offset, result] of results.entries()) {
      if (result.errors.length > 0) problems.push(`${records[start + offset]!.url}: ${result.errors.join('; ')}`);
    }
  }
  if (problems.length > 0) throw new Error(`Pagefind rejected ${problems.length} records:\n${problems.slice(0, 10).join('\n')}`);
  fs.rmSync(bundleDir, { recursive: true, force: true });
  const written = await index.writeFiles({ outputPath: bundleDir });
  if (written.errors.length > 0) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
  await index.deleteIndex();
  await pagefind.close();
  const { files, bytes } = directorySize(bundleDir);
  return { records: records.length, files, bytes, seconds: (performance.now() - started) / 1000, startedEarly };
}

/**
 * Called by the records route as soon as the records exist, during `astro build`: Pagefind indexes
 * in its own process on the second core while Astro renders the remaining pages (single-threaded).
 * Does nothing outside a build; build:done then indexes from the written records file.
 */
export function startSearchIndexing(records: SearchRecord[]): void {
  const shared = globalThis as SharedIndexState;
  const outDir = shared[OUT_DIR];
  if (!outDir || shared[PENDING_INDEX]) return;
  const pending = writeSearchIndex(records, path.join(outDir, PAGEFIND_DIR), true);
  // The failure is reported when build:done awaits it; avoid an unhandled rejection before then.
  pending.catch(() => undefined);
  shared[PENDING_INDEX] = pending;
}

export default function searchIndex(): AstroIntegration {
  let outDir = '';
  return {
    name: 'khcn-search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },

      'astro:build:start': () => {
        (globalThis as SharedIndexState)[OUT_DIR] = outDir;
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
        // Normally the records route already started indexing while the other pages rendered.
        const shared = globalThis as SharedIndexState;
        let pending = shared[PENDING_INDEX];
        if (!pending) {
          const { records } = JSON.parse(fs.readFileSync(recordsFile, 'utf8')) as SearchRecordsFile;
          pending = writeSearchIndex(records, path.join(site, PAGEFIND_DIR));
        }
        delete shared[PENDING_INDEX];
        fs.rmSync(recordsFile);
        const summary = await pending;
        logger.info(
          `${summary.records} articles indexed into ${PAGEFIND_DIR}/ (${summary.files} files, ${(summary.bytes / 1024 / 1024).toFixed(1)} MB) in ${summary.seconds.toFixed(1)} s` +
            (summary.startedEarly ? ', alongside page rendering' : ''),
        );
      },
    },
  };
}
