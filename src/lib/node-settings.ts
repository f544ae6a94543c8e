/**
 * How `npm run build` (scripts/build.ts) starts its Node processes, the content check and Astro.
 *
 * Node's compile cache. Astro, Vite, Rolldown's JavaScript side, Zod and the rest are compiled by
 * V8 again in every build, in the content check and in Astro's process alike; with
 * NODE_COMPILE_CACHE set, Node keeps their compiled code on disk and checks it against each file's
 * contents before using it. Measured at 10,000 articles (docs/performance.md): a rebuild 0.4 s
 * shorter and 0.7 s of CPU less. It holds compiled tool code only, nothing derived from the
 * content; a first build on a fresh clone fills it.
 */
import path from 'node:path';

/** Node's variables: the folder of the cache, and the switch that turns it off. */
export const COMPILE_CACHE_ENV = 'NODE_COMPILE_CACHE';
export const DISABLE_COMPILE_CACHE_ENV = 'NODE_DISABLE_COMPILE_CACHE';

/** Where the build keeps it: with the other tools' caches, so `rm -rf node_modules` clears it too. */
export function compileCacheDir(projectRoot: string): string {
  return path.join(projectRoot, 'node_modules', '.cache', 'node-compile-cache');
}

/** `env` with the compile cache turned on, unless it names a cache folder of its own or turns the cache off. */
export function withCompileCache(env: NodeJS.ProcessEnv, projectRoot: string): NodeJS.ProcessEnv {
  if (env[COMPILE_CACHE_ENV] || env[DISABLE_COMPILE_CACHE_ENV]) return env;
  return { ...env, [COMPILE_CACHE_ENV]: compileCacheDir(projectRoot) };
}

/** How many helper threads Node gives V8 when not told (`--v8-pool-size`). */
export const NODE_DEFAULT_V8_POOL_SIZE = 4;

/**
 * V8's helper threads (concurrent marking and sweeping, parallel scavenges, background compiling):
 * Node starts four whatever the machine. On the 2-core build machine they compete with the main
 * thread, the worker threads and Pagefind for two cores (6.3 s of a cold build's CPU); with two,
 * over nine alternated pairs, cold builds took 0.3–1.1 s less on average and rebuilds 0.2–0.6 s
 * less (docs/performance.md). As many as the cores, never more than Node's four.
 */
export function v8PoolSizeArgs(cores: number): string[] {
  return [`--v8-pool-size=${Math.max(1, Math.min(NODE_DEFAULT_V8_POOL_SIZE, Math.floor(cores)))}`];
}
