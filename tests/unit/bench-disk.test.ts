/**
 * The benchmark's wait for a settled file system (scripts/bench/disk.ts): a real probe creates its
 * folders and files, and the wait follows what the probes report.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { probeFileCreation, SLOW_FILE_MICROSECONDS, waitForFileSystem } from '../../scripts/bench/disk.ts';

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-disk-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

/** A probe that reports the given costs in turn, and the folders it was given. */
function scripted(costs: number[]) {
  const folders: string[] = [];
  return { folders, probe: (folder: string) => (folders.push(folder), costs[folders.length - 1] ?? costs.at(-1)!) };
}

describe('waiting for a settled file system', () => {
  it('creates one folder with one file for each probed file, and measures its system time', () => {
    const folder = path.join(scratch, 'real');
    const microseconds = probeFileCreation(folder, 50);
    expect(fs.readdirSync(folder)).toHaveLength(50);
    expect(fs.statSync(path.join(folder, 'p49', 'index.html')).size).toBe(16 * 1024);
    expect(Number.isFinite(microseconds) && microseconds >= 0).toBe(true);
  });

  it('goes on at once when the first probe is fast, and says nothing', async () => {
    const lines: string[] = [];
    const { folders, probe } = scripted([40]);
    const result = await waitForFileSystem(scratch, { probe, log: (line) => lines.push(line), intervalMs: 1 });
    expect(result).toMatchObject({ microsecondsPerFile: 40, settled: true });
    expect(folders).toEqual([path.join(scratch, 'probe-0')]);
    expect(lines).toEqual([]);
  });

  it('waits while creating a file is slow, in a new folder each time, and says when it settled', async () => {
    const lines: string[] = [];
    const { folders, probe } = scripted([900, 400, SLOW_FILE_MICROSECONDS]);
    const result = await waitForFileSystem(scratch, { probe, log: (line) => lines.push(line), intervalMs: 1 });
    expect(result.settled).toBe(true);
    expect(new Set(folders).size).toBe(3);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('waiting for the file system: creating a file costs 900 µs');
    expect(lines[1]).toContain('settled');
  });

  it('measures anyway after the longest wait, with a warning', async () => {
    const lines: string[] = [];
    const { probe } = scripted([700]);
    const result = await waitForFileSystem(scratch, { probe, log: (line) => lines.push(line), intervalMs: 1, maxWaitMs: 20 });
    expect(result).toMatchObject({ microsecondsPerFile: 700, settled: false });
    expect(lines.at(-1)).toContain('⚠ creating a file still costs 700 µs');
  });
});
