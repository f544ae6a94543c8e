/**
 * Builds the Pagefind index as the last step of `astro build`, through Pagefind's Node API:
 * reads the records the build wrote (src/pages/tim-kiem/search-records.json.ts), adds each as a custom
 * record, writes the bundle to <outDir>/pagefind/ and deletes the records file. No HTML is re-parsed.
 * In `astro dev` it serves the bundle of the last build, so search works after one `npm run build`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { PAGEFIND_DIR, SEARCH_RECORDS_FILE, type SearchRecordsFile } from '../lib/search-build.ts';

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
  let files = 0;
  let bytes = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    files += 1;
    bytes += fs.statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return { files, bytes };
}

export default function searchIndex(): AstroIntegration {
  let outDir = '';
  return {
    name: 'khcn-search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
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
        const started = performance.now();
        const site = fileURLToPath(dir);
        const recordsFile = path.join(site, SEARCH_RECORDS_FILE);
        if (!fs.existsSync(recordsFile)) throw new Error(`Search records not found at ${recordsFile}: the search page route did not run.`);
        const { records } = JSON.parse(fs.readFileSync(recordsFile, 'utf8')) as SearchRecordsFile;
        fs.rmSync(recordsFile);

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

        const bundle = path.join(site, PAGEFIND_DIR);
        fs.rmSync(bundle, { recursive: true, force: true });
        const written = await index.writeFiles({ outputPath: bundle });
        if (written.errors.length > 0) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
        await index.deleteIndex();
        await pagefind.close();

        const { files, bytes } = directorySize(bundle);
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        logger.info(`${records.length} articles indexed into ${PAGEFIND_DIR}/ (${files} files, ${(bytes / 1024 / 1024).toFixed(1)} MB) in ${seconds} s`);
      },
    },
  };
}
