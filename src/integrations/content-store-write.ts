/**
 * Astro writes its content store (`<cacheDir>/data-store.json`) at the end of content sync, and the
 * build waits for it: 1.3–2 s of the main thread at 10,000 articles, nearly all in devalue's general
 * serializer, and on a rebuild another ~0.7 s reading the previous file back as text to compare it
 * (docs/performance.md). In `astro build` its file writer serializes through
 * src/lib/store-serialization.ts instead (the same bytes) and compares bytes, reading the previous
 * file only when its size is the same. Astro has no option for it, so the writer's method is replaced.
 * The store file is also read synchronously at the start (src/data/synchronous-reads.ts).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { serializeStore, writeFileIfChanged, type StoreCollections } from '../lib/store-serialization.ts';
import { holdSynchronousReads } from '../data/synchronous-reads.ts';
import { localPathOf } from '../lib/file-tree.ts';
import { importAstroModule } from './astro-internals.ts';

interface WriterModule {
  FileWriter?: { prototype: { target?: URL | string; write?: unknown } };
  serializeDataStore?: (collections: StoreCollections) => string;
}

/** Astro's module that serializes and writes the store. */
export function astroStoreWriter(): Promise<WriterModule | undefined> {
  return importAstroModule<WriterModule>('dist/content/data-store-writer.js');
}

/**
 * Makes Astro's store file writer serialize through serializeStore. False when this Astro's writer is
 * not what it used to be: nothing is changed.
 */
export async function serializeStoreFast(): Promise<boolean> {
  const module = await astroStoreWriter();
  const writer = module?.FileWriter?.prototype;
  const serializeDataStore = module?.serializeDataStore;
  if (!writer || typeof writer.write !== 'function' || !serializeDataStore) return false;
  writer.write = async function (this: { target: URL | string }, collections: StoreCollections) {
    return writeFileIfChanged(localPathOf(this.target)!, serializeStore(collections, serializeDataStore));
  };
  return true;
}

export default function contentStoreWrite(): AstroIntegration {
  let isBuild = false;
  let releaseStoreReads: (() => void) | undefined;
  return {
    name: 'khcn-content-store-write',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        isBuild = command === 'build';
        if (!isBuild) return;
        if (!(await serializeStoreFast())) logger.info('Astro’s content store writer changed: it writes the store as before (see src/integrations/content-store-write.ts).');
      },
      'astro:config:done': ({ config }) => {
        // The store file, which Astro reads once content sync starts (synchronous-reads.ts).
        if (isBuild) releaseStoreReads = holdSynchronousReads(path.join(fileURLToPath(config.cacheDir), 'data-store.json'));
      },
      'astro:build:start': () => {
        releaseStoreReads?.();
        releaseStoreReads = undefined;
      },
    },
  };
}
