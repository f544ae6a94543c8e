import path from 'node:path';

/** The content folder: CONTENT_DIR when set (tests, benchmarks), else content/ in the project. */
export function contentDir(env: Record<string, string | undefined> = process.env, cwd: string = process.cwd()): string {
  return path.resolve(cwd, env.CONTENT_DIR?.trim() || 'content');
}

/**
 * Astro's cache folder (the content store, the incremental build, what our build keeps between
 * runs): ASTRO_CACHE_DIR when set, else node_modules/.astro. astro.config.mjs uses it too.
 */
export function astroCacheDir(env: Record<string, string | undefined> = process.env, cwd: string = process.cwd()): string {
  return path.resolve(cwd, env.ASTRO_CACHE_DIR?.trim() || './node_modules/.astro');
}

/** The slug of an article is its file name without the extension, whatever folder it is in. */
export function slugFromPath(filePath: string): string {
  return path.basename(filePath).replace(/\.(md|mdx)$/i, '');
}
