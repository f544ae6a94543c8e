/**
 * Astro's own modules, for the few build steps Astro has no option for (incremental-copies.ts,
 * content-store-write.ts). Imported by file URL from the installed package, so they are the very
 * module instances Astro's build uses, whose classes those steps adjust.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** The module at `relativePath` inside the installed astro package, or undefined when it is not there. */
export async function importAstroModule<T>(relativePath: string): Promise<T | undefined> {
  const astroRoot = path.dirname(createRequire(import.meta.url).resolve('astro/package.json'));
  const moduleFile = path.join(astroRoot, ...relativePath.split('/'));
  return fs.existsSync(moduleFile) ? ((await import(pathToFileURL(moduleFile).href)) as T) : undefined;
}
