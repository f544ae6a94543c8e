/**
 * Astro writes its content store (`<cacheDir>/data-store.json`) at the end of content sync, and the
 * build waits for it: 1.3–2 s of the main thread at 10,000 articles, nearly all in devalue's general
 * serializer, and on a rebuild another ~0.7 s reading the previous file back as text to compare it
 * (docs/performance.md). In `astro build` its file writer writes the store in V8's format instead
 * (src/lib/store-serialization.ts), comparing bytes and reading the previous file only when its size
 * is the same; and a rebuild that changed a few entries writes only those, beside the file
 * (src/lib/store-delta.ts). Astro has no option for either, so in `astro build` the writer's method
 * and the store's loader are replaced; the loader reads both files.
 * The store file is also read synchronously at the start (src/data/synchronous-reads.ts).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { devalueStringify, readBinaryStore, storeFileBytes, writeFileIfChanged, type StoreCollections } from '../lib/store-serialization.ts';
import { applyStoreDelta, storeFileIdentity, writeStore, type DevalueParse, type LoadedStoreBase } from '../lib/store-delta.ts';
import { answeringReads, holdSynchronousReads } from '../data/synchronous-reads.ts';
import { localPathOf } from '../lib/file-tree.ts';
import { importAstroDependency, importAstroModule } from './astro-internals.ts';

interface WriterModule {
  FileWriter?: { prototype: { target?: URL | string; write?: unknown } };
  serializeDataStore?: (collections: StoreCollections) => string;
}

interface StoreModule {
  MutableDataStore?: { fromFile?: (file: URL | string) => Promise<{ _collections?: unknown }> };
}

/** An empty store in devalue's format, as Astro's loader reads it. */
const EMPTY_STORE_TEXT = devalueStringify(new Map());

/** Astro's module that serializes and writes the store. */
export function astroStoreWriter(): Promise<WriterModule | undefined> {
  return importAstroModule<WriterModule>('dist/content/data-store-writer.js');
}

/** The store file whose writes may be deltas (this build's), and the base it was loaded from. */
let deltaStoreFile: string | undefined;
let loadedBase: LoadedStoreBase | undefined;

/**
 * Makes Astro's store file writer write the store in V8's format (storeFileBytes), and in a rebuild
 * only a delta over the file it loaded (once the store file is named by keepStoreDeltas). False when this
 * Astro's writer or store is not what it used to be: nothing is changed.
 */
export async function serializeStoreFast(): Promise<boolean> {
  const [module, storeModule, devalue] = await Promise.all([
    astroStoreWriter(),
    importAstroModule<StoreModule>('dist/content/mutable-data-store.js'),
    importAstroDependency<{ parse?: DevalueParse }>('devalue'),
  ]);
  const writer = module?.FileWriter?.prototype;
  const serializeDataStore = module?.serializeDataStore;
  const store = storeModule?.MutableDataStore;
  const loadFile = store?.fromFile;
  const parse = devalue?.parse;
  if (!writer || typeof writer.write !== 'function' || !serializeDataStore || !store || !loadFile || !parse) return false;
  store.fromFile = async function (target: URL | string) {
    const file = localPathOf(target);
    if (file === undefined || file !== deltaStoreFile) return loadFile.call(this, target);
    const identity = storeFileIdentity(file);
    const binary = identity && readBinaryStore(file);
    // Astro's loader still makes the store (and its writer), given an empty store for a file in V8's format.
    const loaded = binary ? await answeringReads(file, EMPTY_STORE_TEXT, () => loadFile.call(this, target)) : await loadFile.call(this, target);
    if (binary) loaded._collections = binary;
    if (!identity || !(loaded._collections instanceof Map)) return loaded;
    const base = applyStoreDelta(file, loaded._collections as StoreCollections, identity, parse);
    // A store in Astro's format (written before, or by Astro) is replaced by a whole write in V8's.
    if (binary) loadedBase = base;
    return loaded;
  };
  writer.write = async function (this: { target: URL | string }, collections: StoreCollections) {
    const file = localPathOf(this.target)!;
    const writeWhole = () => writeFileIfChanged(file, storeFileBytes(collections, serializeDataStore));
    if (file !== deltaStoreFile) return writeWhole();
    const { written, base } = writeStore(file, collections, loadedBase, writeWhole);
    loadedBase = base;
    return written;
  };
  return true;
}

/** Lets the store in `storeFile` be written as deltas from now on (the build's store). */
export function keepStoreDeltas(storeFile: string): void {
  deltaStoreFile = storeFile;
  loadedBase = undefined;
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
        if (!isBuild) return;
        const storeFile = path.join(fileURLToPath(config.cacheDir), 'data-store.json');
        keepStoreDeltas(storeFile);
        // The store file, which Astro reads once content sync starts (synchronous-reads.ts).
        releaseStoreReads = holdSynchronousReads(storeFile);
      },
      'astro:build:start': () => {
        releaseStoreReads?.();
        releaseStoreReads = undefined;
      },
    },
  };
}
