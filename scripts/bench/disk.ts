/**
 * How fast the file system creates files right now. On an ext4 volume mounted with `discard` (this
 * build machine's), creating files costs up to ten times the usual system time for seconds to a few
 * minutes after a large deletion (the benchmark deletes ~1 GB at the end of each run): a cold build
 * started then spent 5 s instead of 0.8 s writing its pages (docs/performance.md, thirteenth round).
 * The benchmark waits for it as it waits for other processes' CPU use, so that every build, Hugo's
 * too, is measured on a settled file system.
 */
import fs from 'node:fs';
import path from 'node:path';

/** What one probe creates: folders with one file each, as a site build does. */
export const PROBE_FILES = 1000;
const PROBE_FILE_BYTES = 16 * 1024;
/** Above this much system time per file the file system is still busy (here: 40–60 µs settled, 250–1,500 µs right after a deletion). */
export const SLOW_FILE_MICROSECONDS = 150;

/**
 * Creates PROBE_FILES files in new folders under `folder` (left there for the caller to remove) and
 * returns the system CPU time each took, in microseconds.
 */
export function probeFileCreation(folder: string, files = PROBE_FILES): number {
  const content = Buffer.alloc(PROBE_FILE_BYTES, 'a');
  const before = process.cpuUsage();
  for (let index = 0; index < files; index += 1) {
    const pageFolder = path.join(folder, `p${index}`);
    fs.mkdirSync(pageFolder, { recursive: true });
    fs.writeFileSync(path.join(pageFolder, 'index.html'), content);
  }
  return process.cpuUsage(before).system / files;
}

export interface FileSystemWait {
  /** The last probe's system time per file, in microseconds. */
  microsecondsPerFile: number;
  waitedMs: number;
  settled: boolean;
}

/**
 * Probes the file system under `scratchDir` every `intervalMs` until creating a file costs at most
 * SLOW_FILE_MICROSECONDS of system time, for at most `maxWaitMs`. `log` reports the wait; `probe`
 * is for tests.
 */
export async function waitForFileSystem(
  scratchDir: string,
  {
    maxWaitMs = 240_000,
    intervalMs = 10_000,
    log = console.log,
    probe = probeFileCreation,
  }: { maxWaitMs?: number; intervalMs?: number; log?: (line: string) => void; probe?: (folder: string) => number } = {},
): Promise<FileSystemWait> {
  const started = performance.now();
  let probes = 0;
  for (;;) {
    const microsecondsPerFile = probe(path.join(scratchDir, `probe-${probes}`));
    probes += 1;
    const waitedMs = performance.now() - started;
    if (microsecondsPerFile <= SLOW_FILE_MICROSECONDS) {
      if (probes > 1) log(`      file system settled after ${(waitedMs / 1000).toFixed(0)} s (${microsecondsPerFile.toFixed(0)} µs of system time a file)`);
      return { microsecondsPerFile, waitedMs, settled: true };
    }
    if (waitedMs >= maxWaitMs) {
      log(`      ⚠ creating a file still costs ${microsecondsPerFile.toFixed(0)} µs of system time; measuring anyway`);
      return { microsecondsPerFile, waitedMs, settled: false };
    }
    if (probes === 1) {
      log(
        `      waiting for the file system: creating a file costs ${microsecondsPerFile.toFixed(0)} µs of system time ` +
          `(settled: under ${SLOW_FILE_MICROSECONDS} µs; a large deletion shortly before slows ext4 mounted with discard)…`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
