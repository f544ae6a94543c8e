/**
 * `npm run build [-- astro build options]`: the content check (scripts/check-content.ts) and
 * `astro build`, side by side. Astro waits before bundling until the check has passed (the gate
 * in src/lib/content-check-gate.ts); when the check fails, Astro is stopped, its error output is
 * dropped and the check's Vietnamese report is what the editor sees, with the check's exit code.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { lowerPriority, REBUILD_ASTRO_NICENESS, v8PoolSizeArgs, withCompileCache } from '../src/lib/node-settings.ts';
import { CONTENT_CHECK_GATE_ENV, openContentCheckGate } from '../src/lib/content-check-gate.ts';
import { startEarlySearchIndex } from '../src/integrations/early-search-index.ts';

const root = path.resolve(import.meta.dirname, '..');
// Astro's command-line entry, wherever npm put the package.
const astroPackage = createRequire(import.meta.url).resolve('astro/package.json');
const astroBin = path.join(path.dirname(astroPackage), (JSON.parse(fs.readFileSync(astroPackage, 'utf8')) as { bin: { astro: string } }).bin.astro);
const gateDir = fs.mkdtempSync(path.join(os.tmpdir(), 'khcn-build-'));
const gateFile = path.join(gateDir, 'content-check-passed');

const exited = (child: ChildProcess) =>
  new Promise<number>((resolve) => child.on('close', (code, signal) => resolve(code ?? (signal ? 128 + (os.constants.signals[signal] ?? 0) : 1))));

// Both processes compile the same libraries: Node's compile cache keeps that work between builds.
// And no more of V8's helper threads than there are cores (src/lib/node-settings.ts).
const childEnv = withCompileCache(process.env, root);
const nodeArgs = v8PoolSizeArgs(os.availableParallelism());
const check = spawn(process.execPath, [...nodeArgs, path.join(root, 'scripts/check-content.ts')], { stdio: ['ignore', 'pipe', 'pipe'], env: childEnv });
const checkOutput: Buffer[] = [];
check.stdout!.on('data', (chunk: Buffer) => checkOutput.push(chunk));
check.stderr!.on('data', (chunk: Buffer) => checkOutput.push(chunk));

// A rebuild's search index starts here, before Astro has loaded (src/integrations/early-search-index.ts).
const earlyIndex = startEarlySearchIndex(new URL('../src/integrations/search-index-worker.ts', import.meta.url), process.argv.slice(2));
const astro = spawn(process.execPath, [...nodeArgs, astroBin, 'build', ...process.argv.slice(2)], {
  stdio: ['inherit', 'inherit', 'pipe', ...(earlyIndex ? (['ipc'] as const) : [])],
  env: { ...childEnv, ...earlyIndex?.env, [CONTENT_CHECK_GATE_ENV]: gateFile },
});
earlyIndex?.connect(astro);
if (earlyIndex && astro.pid !== undefined) {
  // The rebuild's index goes first (node-settings.ts): now, for the threads Node has started (later
  // ones take the main thread's niceness), and again once its start-up is over, for any thread
  // another thread started meanwhile.
  const astroPid = astro.pid;
  lowerPriority(astroPid, REBUILD_ASTRO_NICENESS);
  setTimeout(() => lowerPriority(astroPid, REBUILD_ASTRO_NICENESS), 300).unref();
}
// Astro's errors wait until the check has passed: broken content must read as the check reports it.
let astroErrors: Buffer[] | undefined = [];
astro.stderr!.on('data', (chunk: Buffer) => (astroErrors ? astroErrors.push(chunk) : process.stderr.write(chunk)));

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    check.kill(signal);
    astro.kill(signal);
  });
}

const astroExit = exited(astro);
const checkCode = await exited(check);
const report = Buffer.concat(checkOutput).toString('utf8');
if (checkCode !== 0) {
  astro.kill('SIGKILL');
  await astroExit;
  process.stderr.write(report);
  process.exitCode = checkCode;
} else {
  openContentCheckGate(gateFile);
  process.stdout.write(report);
  for (const chunk of astroErrors) process.stderr.write(chunk);
  astroErrors = undefined;
  process.exitCode = await astroExit;
}
await earlyIndex?.stop();
fs.rmSync(gateDir, { recursive: true, force: true });
