/**
 * Keeps the content data store out of the build's JavaScript bundle.
 *
 * Astro serves its content store (`<cacheDir>/data-store.json`: every entry's data, Markdown and
 * rendered HTML, ~150 MB at 10,000 articles) to the bundler as one module,
 * `export default JSON.parse("<the whole file as a string literal>")`. Bundling that literal was the
 * build's memory peak (about +2 GB at 10,000 articles), and compiling it again before the first page
 * rendered cost ~14 s. For a static build the pages are rendered on this machine right after
 * bundling, so the module can read the same file from disk at that moment instead.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';

const RESOLVED_DATA_STORE_ID = '\0astro:data-layer-content';

export function contentStoreFromDisk(cacheDir: string): Plugin {
  const storeFile = path.resolve(cacheDir, 'data-store.json');
  return {
    name: 'content-store-from-disk',
    apply: 'build',
    load: {
      // Before Astro's own loader for this module, which reads the whole file, parses it to validate
      // it and quotes it again: some 2 GB of passing memory at 10,000 articles, during bundling.
      order: 'pre',
      filter: { id: /^\0astro:data-layer-content$/ },
      handler(id) {
        // Without a store file (no content yet) Astro's loader provides its empty store.
        if (id !== RESOLVED_DATA_STORE_ID || !fs.existsSync(storeFile)) return null;
        return {
          code: `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(storeFile)}, 'utf8'));\n`,
          map: { mappings: '' },
          // As Astro marks this module: the incremental build tracks content per entry, so the
          // store is not a code dependency of every page.
          meta: { astroIncremental: { kind: 'content-data' } },
        };
      },
    },
  };
}
