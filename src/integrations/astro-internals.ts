/**
 * Astro's own modules, for the few build steps Astro has no option for (incremental-copies.ts,
 * content-store-write.ts), and the packages it uses for them. Imported by file URL from the
 * installed package, so they are the very module instances Astro's build uses, whose classes those
 * steps adjust.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const astroPackageFile = () => createRequire(import.meta.url).resolve('astro/package.json');

/** The module at `relativePath` inside the installed astro package, or undefined when it is not there. */
export async function importAstroModule<T>(relativePath: string): Promise<T | undefined> {
  const moduleFile = path.join(path.dirname(astroPackageFile()), ...relativePath.split('/'));
  return fs.existsSync(moduleFile) ? ((await import(pathToFileURL(moduleFile).href)) as T) : undefined;
}

/** A package Astro depends on, as Astro resolves it (the same module instance), or undefined. */
export async function importAstroDependency<T>(name: string): Promise<T | undefined> {
  try {
    return (await import(pathToFileURL(createRequire(astroPackageFile()).resolve(name)).href)) as T;
  } catch {
    return undefined;
  }
}
