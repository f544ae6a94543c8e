/**
 * `npm run build` (scripts/build.ts) runs the content check and `astro build` side by side: the
 * check reads every file once more and would otherwise add its whole time (about 1.7 s at 10,000
 * articles) before Astro starts. Astro must still write nothing until the check has passed, so the
 * build script names a gate file in the environment, creates it when the check passes, and Astro
 * waits for it before it bundles or writes any page (src/integrations/content-check-gate.ts). When
 * the check fails, the build script stops Astro instead.
 */
import fs from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

/** The environment variable that names the gate file. */
export const CONTENT_CHECK_GATE_ENV = 'KHCN_CONTENT_CHECK_GATE';

export function openContentCheckGate(gateFile: string): void {
  fs.writeFileSync(gateFile, 'passed\n');
}

/**
 * Resolves once the gate file exists. Rejects when `isAbandoned` says nobody will open it (the
 * build script is gone), so an orphaned Astro never waits forever.
 */
export async function waitForContentCheckGate(gateFile: string, isAbandoned: () => boolean, pollMs = 20): Promise<void> {
  while (!fs.existsSync(gateFile)) {
    if (isAbandoned()) throw new Error('The content check never finished: the build script that runs it has stopped.');
    await sleep(pollMs);
  }
}

const passedByGate = new Map<string, Promise<void>>();

/**
 * Under `npm run build` (the gate file named in `env`), resolves once the content check has passed,
 * and rejects if the build script stops first; undefined under `astro build` alone. One wait per
 * gate file, however many steps of the build ask (the gate integration and the search indexer).
 */
export function contentCheckPassed(env: Record<string, string | undefined> = process.env): Promise<void> | undefined {
  const gateFile = env[CONTENT_CHECK_GATE_ENV];
  if (!gateFile) return undefined;
  let passed = passedByGate.get(gateFile);
  if (!passed) {
    const parent = process.ppid;
    passed = waitForContentCheckGate(gateFile, () => process.ppid !== parent);
    passedByGate.set(gateFile, passed);
  }
  return passed;
}
