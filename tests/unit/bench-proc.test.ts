import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { foreignCpuTicks, parseProcStat, processLabel, treeCpuTicks, readProcessTable, sampleTreeRss, treeMembers, treeRssBytes, type ProcStat } from '../../scripts/bench/proc.ts';

/** A /proc/<pid>/stat line with the given fields (rss is field 24). */
function statLine(pid: number, comm: string, ppid: number, pgrp: number, rssPages: number, utime = 10, stime = 5, cutime = 0, cstime = 0): string {
  const after = ['S', ppid, pgrp, pgrp, 0, -1, 4194560, 100, 0, 0, 0, utime, stime, cutime, cstime, 20, 0, 1, 0, 12345, 1024 * 1024, rssPages, '18446744073709551615'];
  return `${pid} (${comm}) ${after.join(' ')}\n`;
}

describe('parseProcStat', () => {
  it('reads pid, name, parent, group and RSS pages', () => {
    expect(parseProcStat(statLine(4321, 'node', 4000, 4000, 25600, 700, 55))).toEqual({
      pid: 4321,
      comm: 'node',
      ppid: 4000,
      pgrp: 4000,
      rssPages: 25600,
      cpuTicks: 755,
      childCpuTicks: 0,
    });
  });
  it('reads the CPU time of waited-for children', () => {
    expect(parseProcStat(statLine(9, 'npm', 1, 9, 10, 3, 2, 400, 30))).toMatchObject({ cpuTicks: 5, childCpuTicks: 430 });
  });
  it('copes with spaces and parentheses inside the command name', () => {
    expect(parseProcStat(statLine(7, 'npm run (x) build', 1, 7, 300))).toMatchObject({ pid: 7, comm: 'npm run (x) build', ppid: 1, rssPages: 300, cpuTicks: 15, childCpuTicks: 0 });
  });
  it('parses a real line from this machine', () => {
    const own = parseProcStat(fs.readFileSync(`/proc/${process.pid}/stat`, 'utf8'));
    expect(own?.pid).toBe(process.pid);
    expect(own?.ppid).toBe(process.ppid);
    expect(own!.rssPages).toBeGreaterThan(0);
  });
  it('rejects garbage', () => {
    expect(parseProcStat('')).toBeUndefined();
    expect(parseProcStat('12 no parentheses S 1')).toBeUndefined();
  });
});

describe('process tree', () => {
  const stats: ProcStat[] = [
    { pid: 1, comm: 'init', ppid: 0, pgrp: 1, rssPages: 10, cpuTicks: 0, childCpuTicks: 0 },
    { pid: 100, comm: 'npm run build', ppid: 50, pgrp: 100, rssPages: 1000, cpuTicks: 0, childCpuTicks: 0 },
    { pid: 101, comm: 'sh', ppid: 100, pgrp: 100, rssPages: 100, cpuTicks: 0, childCpuTicks: 0 },
    { pid: 102, comm: 'node', ppid: 101, pgrp: 100, rssPages: 50000, cpuTicks: 0, childCpuTicks: 0 },
    { pid: 103, comm: 'pagefind', ppid: 102, pgrp: 100, rssPages: 20000, cpuTicks: 0, childCpuTicks: 0 },
    // Orphaned child re-parented to init, still in the build's group.
    { pid: 104, comm: 'esbuild', ppid: 1, pgrp: 100, rssPages: 500, cpuTicks: 0, childCpuTicks: 0 },
    // Its child, in a group of its own.
    { pid: 105, comm: 'worker', ppid: 104, pgrp: 105, rssPages: 5, cpuTicks: 0, childCpuTicks: 0 },
    { pid: 200, comm: 'unrelated', ppid: 1, pgrp: 200, rssPages: 99999, cpuTicks: 0, childCpuTicks: 0 },
  ];
  it('collects descendants and same-group orphans, nothing else', () => {
    expect(treeMembers(100, stats).map((stat) => stat.pid).sort((a, b) => a - b)).toEqual([100, 101, 102, 103, 104, 105]);
  });
  it('still finds the children when the root has exited', () => {
    const withoutRoot = stats.filter((stat) => stat.pid !== 100);
    expect(treeMembers(100, withoutRoot).map((stat) => stat.pid).sort((a, b) => a - b)).toEqual([101, 102, 103, 104, 105]);
  });
  it('sums CPU time of live members and their reaped children', () => {
    const tree = [
      { pid: 1, comm: 'npm', ppid: 0, pgrp: 1, rssPages: 1, cpuTicks: 50, childCpuTicks: 200 },
      { pid: 2, comm: 'node', ppid: 1, pgrp: 1, rssPages: 1, cpuTicks: 3000, childCpuTicks: 700 },
    ];
    expect(treeCpuTicks(tree)).toBe(3950);
  });
  it('sums RSS in bytes', () => {
    expect(treeRssBytes(100, stats, 4096)).toBe((1000 + 100 + 50000 + 20000 + 500 + 5) * 4096);
    expect(treeRssBytes(999, stats, 4096)).toBe(0);
  });
  it('reads a fake /proc folder', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fake-proc-'));
    try {
      for (const stat of stats) {
        fs.mkdirSync(path.join(dir, String(stat.pid)));
        fs.writeFileSync(path.join(dir, String(stat.pid), 'stat'), statLine(stat.pid, stat.comm, stat.ppid, stat.pgrp, stat.rssPages));
      }
      fs.mkdirSync(path.join(dir, 'self'));
      fs.mkdirSync(path.join(dir, '999'));
      expect(readProcessTable(dir)).toHaveLength(stats.length);
      const sampler = sampleTreeRss(100, 1000, dir);
      const peak = sampler.stop();
      expect(peak.samples).toBe(1);
      expect(peak.peakBytes).toBeGreaterThan(0);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
  it('measures a real child tree', async () => {
    const { spawn } = await import('node:child_process');
    // A subshell burns CPU and exits (its time moves to the shell), then two sleeps run side by side.
    const script = '(i=0; while [ $i -lt 200000 ]; do i=$((i+1)); done); sleep 0.4 & sleep 0.4; wait';
    const child = spawn('sh', ['-c', script], { detached: true, stdio: 'ignore' });
    const sampler = sampleTreeRss(child.pid!, 20);
    await new Promise((resolve) => child.on('exit', resolve));
    const peak = sampler.stop();
    expect(peak.samples).toBeGreaterThan(3);
    expect(peak.peakBytes).toBeGreaterThan(0);
    expect(peak.timeline.length).toBeGreaterThan(0);
    expect(peak.peakAtMs).toBeGreaterThanOrEqual(0);
    expect(peak.cpuSeconds).toBeGreaterThan(0.05);
    expect(Object.keys(peak.peakBreakdown)).toContain('sleep');
  });
});

describe('foreignCpuTicks', () => {
  const at = (pid: number, ppid: number, cpuTicks: number): ProcStat => ({ pid, comm: 'x', ppid, pgrp: pid, rssPages: 1, cpuTicks, childCpuTicks: 0 });
  it('counts CPU used since the last sample by processes outside the tree', () => {
    const previous = new Map([
      [10, 100], // in the tree
      [20, 50], // someone else's build
      [30, 7], // the benchmark itself
      [40, 0], // a kernel thread
    ]);
    const current = [at(10, 1, 180), at(20, 1, 130), at(30, 1, 9), at(40, 2, 60), at(50, 1, 40)];
    // 20 used 80 ticks; 50 is new (not counted yet); tree, self and kernel threads are ignored.
    expect(foreignCpuTicks(previous, current, new Set([10]), new Set([30]))).toBe(80);
  });
  it('ignores reused pids whose counter went down', () => {
    expect(foreignCpuTicks(new Map([[20, 500]]), [at(20, 1, 3)], new Set(), new Set())).toBe(0);
  });
});

describe('processLabel', () => {
  it('names node programs by their script and others by their executable', () => {
    expect(processLabel(['/usr/bin/node', '/w/node_modules/.bin/astro', 'build'], 'MainThread')).toBe('node astro');
    expect(processLabel(['node', '--max-old-space-size=4096', 'x.js'], 'node')).toBe('node');
    expect(processLabel(['npm run build'], 'npm run build')).toBe('npm run build');
    expect(processLabel(['/w/node_modules/@pagefind/linux-x64/bin/pagefind_extended', '--site', 'dist'], 'pagefind_ext')).toBe('pagefind_extended');
    expect(processLabel([], 'kworker')).toBe('kworker');
  });
});
