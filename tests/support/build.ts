import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { projectRoot, outRoot } from './paths.ts';

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
      ...process.env,
      CONTENT_DIR: contentDir,
      OUT_DIR: outDir,
      ASTRO_CACHE_DIR: path.join(outRoot, 'cache', path.basename(outDir)),
      ASTRO_TELEMETRY_DISABLED: '1',
      // Vitest sets NODE_ENV=test, which would make Astro build in development mode (drafts shown).
      NODE_ENV: 'production',
      ...env,
    },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}
