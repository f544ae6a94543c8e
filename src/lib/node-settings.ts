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
import fs from 'node:fs';
import os from 'node:os';
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

/**
 * True when the build's processes would start with nothing in their compile cache: after `npm ci`
 * or `rm -rf node_modules`, the first build compiles every tool module (at 10,000 articles about
 * 1.5 s of CPU and 1.4 s of wall time more than the next). False when the cache is turned off, as
 * no build then fills it.
 */
export function compileCacheIsEmpty(env: NodeJS.ProcessEnv, projectRoot: string): boolean {
  const folder = withCompileCache(env, projectRoot)[COMPILE_CACHE_ENV];
  if (!folder) return false;
  try {
    return fs.readdirSync(folder).length === 0;
  } catch {
    return true;
  }
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

/**
 * Astro's niceness while the build script's early search index runs (a rebuild). That index's chain
 * (prediction, Pagefind adding the records, then building and compressing its index, mostly on one
 * thread) ended after Astro's own steps; with Astro's threads at niceness 10 it gets the cores first
 * when both want them, and both chains end together: rebuilds took 9.45 s on average over eleven
 * runs against 9.74 s over six (docs/performance.md, twelfth round). Since then the index's chain
 * got shorter and now ends 2–3 s before Astro's; 10 and 4 still measure the same within the noise
 * and no lowering the same or up to 1 s slower (thirteenth and fourteenth rounds), so 10 stays.
 * A full build has no early index and is left alone: its index starts late and Astro's rendering
 * is what it waits for.
 */
export const REBUILD_ASTRO_NICENESS = 10;

/**
 * Gives every thread of process `pid` at least the niceness `niceness` (a lower priority, never a
 * higher one). Linux keeps a niceness per thread (setpriority on a process id changes its main
 * thread only) and a new thread takes its creator's, so the threads there now are set one by one;
 * elsewhere the process's. Never fails: a process that has ended or a system that refuses leaves
 * the priority as it was.
 */
export function lowerPriority(pid: number, niceness: number): void {
  const set = (id: number) => {
    try {
      if (os.getPriority(id) < niceness) os.setPriority(id, niceness);
    } catch {
      // Gone, or not allowed.
    }
  };
  set(pid);
  let threads: string[] = [];
  try {
    threads = fs.readdirSync(`/proc/${pid}/task`);
  } catch {
    return;
  }
  for (const thread of threads) set(Number(thread));
}
