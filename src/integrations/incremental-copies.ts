/**
 * Astro's incremental build writes every page it renders twice: into the output folder, then as
 * its cached copy, `<cacheDir>/dist/<page>`. shareIncrementalCopies (src/lib/incremental-output.ts)
 * links that folder to the output folder, so the second write puts the same bytes into the file
 * just written. Rewriting a file right after creating it is not free on ext4 (a truncated file
 * with unwritten data is flushed, `auto_da_alloc`): at 10,000 articles these 12,665 rewrites cost
 * 2.5–4 s of a 30 s build (docs/performance.md). Astro has no option for it, so once the link is
 * in place the cache's method that writes the copy is replaced by one that does nothing.
 */
import { importAstroModule } from './astro-internals.ts';

interface IncrementalCacheModule {
  IncrementalBuildCache?: { prototype: { writeOutputFile?: unknown } };
}

/**
 * Stops Astro from writing its copy of each page (the page itself, through the link): call it only
 * after shareIncrementalCopies. False when this Astro has no such method where it used to be:
 * nothing is changed, pages are written twice.
 */
export async function skipRewritingLinkedCopies(): Promise<boolean> {
  const module = await importAstroModule<IncrementalCacheModule>('dist/core/build/incremental.js');
  const cache = module?.IncrementalBuildCache?.prototype;
  if (!cache || typeof cache.writeOutputFile !== 'function') return false;
  cache.writeOutputFile = async () => undefined;
  return true;
}
