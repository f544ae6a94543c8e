/**
 * Keeps the content data store out of the build's JavaScript bundle.
 *
 * Astro serves its content store (`<cacheDir>/data-store.json`: every entry's data, Markdown and
 * rendered HTML, ~150 MB at 10,000 articles) to the bundler as one module,
 * `export default JSON.parse("<the whole file as a string literal>")`. Bundling that literal was the
 * build's memory peak (about +2 GB at 10,000 articles), and compiling it again before the first page
 * rendered cost ~14 s. For a static build the pages are rendered in the process that just loaded the
 * content, right after bundling, so the module takes the loaded collections from memory (no second
 * copy of the store, nothing parsed again), or reads the same file from disk without them.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { handoffKey } from '../lib/build-handoff.ts';

/** The collections loaded by this build's content sync: Map<collection, Map<id, entry>>, as the store file holds them. */
export const LOADED_CONTENT_HANDOFF = 'loaded-content';

const RESOLVED_DATA_STORE_ID = '\0astro:data-layer-content';
const STORE_DELTA_MODULE = fileURLToPath(new URL('../lib/store-delta.ts', import.meta.url));

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
          // The collections as loaded in this process (content.config.ts hands them over), else the
          // file with the changes a rebuild wrote beside it (store-delta.ts), parsed as Astro does.
          code:
            `import { parse } from 'devalue';\n` +
            `import { readStoreCollections } from ${JSON.stringify(STORE_DELTA_MODULE)};\n` +
            `const loaded = globalThis[Symbol.for(${JSON.stringify(handoffKey(LOADED_CONTENT_HANDOFF))})];\n` +
            `export default loaded ?? readStoreCollections(${JSON.stringify(storeFile)}, parse);\n`,
          map: { mappings: '' },
          // As Astro marks this module: the incremental build tracks content per entry, so the
          // store is not a code dependency of every page.
          meta: { astroIncremental: { kind: 'content-data' } },
        };
      },
    },
  };
}
