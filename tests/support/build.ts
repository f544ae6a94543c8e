import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { projectRoot, outRoot } from './paths.ts';

/** Variables Vitest sets in its workers (Vite's import.meta.env mirrored into process.env, among them DEV=1). */
const VITEST_VARIABLES = new Set(['NODE_ENV', 'TEST', 'FORCE_TTY', 'BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']);

/**
 * The environment for a child build or dev server. Astro reads import.meta.env from process.env on
 * the server, so Vitest's DEV=1 would make a child build behave as `astro dev` (drafts shown).
 */
export function withoutVitestEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST') && !VITEST_VARIABLES.has(key)));
}

export interface BuildOptions {
  contentDir: string;
  outDir: string;
  env?: Record<string, string>;
}

export interface BuildResult {
  status: number | null;
  output: string;
}

/** Runs the real `npm run build` pipeline on a content folder, into outDir. */
export function buildSite({ contentDir, outDir, env = {} }: BuildOptions): BuildResult {
  const result = spawnSync('npm', ['run', '--silent', 'build'], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: {
      ...withoutVitestEnv(),
      CONTENT_DIR: contentDir,
      OUT_DIR: outDir,
      ASTRO_CACHE_DIR: path.join(outRoot, 'cache', path.basename(outDir)),
      ASTRO_TELEMETRY_DISABLED: '1',
      NODE_ENV: 'production',
      ...env,
    },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
