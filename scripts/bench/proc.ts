/**
 * Memory of a whole process tree, from Linux's /proc: `npm run build` starts npm, a shell, Node
 * (Astro), and possibly other programs (Pagefind's binary, sharp's threads are inside Node). The
 * peak we report is the largest sum of resident set sizes (RSS) of all live processes of the tree
 * seen at one sample, taken every ~100 ms. Shared pages count once per process, as `ps` and `top`
 * would show them; for one big Node process plus small helpers that is close to the real footprint.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

export interface ProcStat {
  pid: number;
  /** The executable name (truncated to 15 characters by the kernel). */
  comm: string;
  ppid: number;
  pgrp: number;
  /** Resident set size in pages. */
  rssPages: number;
  /** CPU time used so far (user + system), in clock ticks. */
  cpuTicks: number;
  /** CPU time of its children that have exited and been waited for (cutime + cstime), in ticks. */
  childCpuTicks: number;
}

/**
 * Parses one /proc/<pid>/stat line. The command name is in parentheses and may itself contain
 * spaces and parentheses, so fields are counted from the last ")".
 */
export function parseProcStat(line: string): ProcStat | undefined {
  const open = line.indexOf('(');
  const close = line.lastIndexOf(')');
  if (open < 0 || close < open) return undefined;
  const pid = Number(line.slice(0, open).trim());
  const comm = line.slice(open + 1, close);
  // After ")": state(3) ppid(4) pgrp(5) session(6) … utime(14) stime(15) cutime(16) cstime(17) … rss(24); index 0 here is field 3.
  const fields = line.slice(close + 2).trim().split(/\s+/);
  const ppid = Number(fields[1]);
  const pgrp = Number(fields[2]);
  const cpuTicks = Number(fields[11]) + Number(fields[12]);
  const childCpuTicks = Number(fields[13]) + Number(fields[14]);
  const rssPages = Number(fields[21]);
  if (![pid, ppid, pgrp, rssPages, cpuTicks, childCpuTicks].every(Number.isFinite)) return undefined;
  return { pid, comm, ppid, pgrp, rssPages, cpuTicks, childCpuTicks };
}

/**
 * The processes of the tree rooted at `root`: its descendants through parent links, plus any
 * process still in the root's process group (children orphaned when their parent exits are
 * re-parented to init but keep the group).
 */
export function treeMembers(root: number, stats: readonly ProcStat[]): ProcStat[] {
  const children = new Map<number, ProcStat[]>();
  for (const stat of stats) {
    const list = children.get(stat.ppid);
    if (list) list.push(stat);
    else children.set(stat.ppid, [stat]);
  }
  const members = new Map<number, ProcStat>();
  const rootStat = stats.find((stat) => stat.pid === root);
  const queue: ProcStat[] = rootStat ? [rootStat] : [];
  // The root may already be gone while children live on: start from its children as well.
  queue.push(...(children.get(root) ?? []));
  queue.push(...stats.filter((stat) => stat.pgrp === root));
  while (queue.length > 0) {
    const stat = queue.pop() as ProcStat;
    if (members.has(stat.pid)) continue;
    members.set(stat.pid, stat);
    queue.push(...(children.get(stat.pid) ?? []));
  }
  return [...members.values()];
}

/**
 * CPU time of the tree so far: each live member's own time plus what its exited children used
 * (the kernel adds a child's time to its parent when the parent waits for it, so nothing is lost
 * while the tree's processes reap their children). Unlike wall time, this barely changes when
 * other processes compete for the cores.
 */
export function treeCpuTicks(members: readonly ProcStat[]): number {
  return members.reduce((sum, stat) => sum + stat.cpuTicks + stat.childCpuTicks, 0);
}

export function treeRssBytes(root: number, stats: readonly ProcStat[], pageSize: number): number {
  return treeMembers(root, stats).reduce((sum, stat) => sum + stat.rssPages * pageSize, 0);
}

/** Reads every process's stat line; processes that exit while we read are skipped. */
export function readProcessTable(procDir = '/proc'): ProcStat[] {
  const stats: ProcStat[] = [];
  for (const name of fs.readdirSync(procDir)) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = parseProcStat(fs.readFileSync(`${procDir}/${name}/stat`, 'utf8'));
      if (stat) stats.push(stat);
    } catch {
      // Gone between readdir and read.
    }
  }
  return stats;
}

function readCmdline(pid: number, procDir: string): string[] {
  try {
    return fs.readFileSync(`${procDir}/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
  } catch {
    return [];
  }
}

/**
 * A short name for a process from its command line: "node astro" for
 * `/…/node /…/node_modules/.bin/astro build`, "npm run build" for npm (which sets its own title),
 * the executable's name otherwise; the kernel's name (`comm`) when the command line is unknown.
 */
export function processLabel(argv: readonly string[], comm: string): string {
  const [first, second] = argv;
  if (!first) return comm;
  if (argv.length === 1 && first.includes(' ')) return first.slice(0, 40);
  const program = first.split('/').pop() ?? first;
  if (/^node(js)?$/.test(program) && second && !second.startsWith('-')) return `node ${second.split('/').pop()}`;
  return program;
}

let cachedPageSize: number | undefined;

export function pageSize(): number {
  if (cachedPageSize === undefined) {
    try {
      cachedPageSize = Number(execFileSync('getconf', ['PAGESIZE'], { encoding: 'utf8' }).trim()) || 4096;
    } catch {
      cachedPageSize = 4096;
    }
  }
  return cachedPageSize;
}

let cachedClockTicks: number | undefined;

/** Kernel clock ticks per second (CLK_TCK), the unit of CPU times in /proc. */
export function clockTicks(): number {
  if (cachedClockTicks === undefined) {
    try {
      cachedClockTicks = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      cachedClockTicks = 100;
    }
  }
  return cachedClockTicks;
}

/**
 * CPU ticks used between two samples by processes outside the measured tree: other people's builds
 * and tests on a shared machine slow the build down, so the report says when that happened.
 * Kernel threads (children of kthreadd, pid 2) and the processes in `exclude` (the benchmark
 * itself) are not counted. A process not in `previous` is counted from its first sample on (what it
 * used before that is unknown), so short-lived processes are undercounted: this is a lower bound.
 */
export function foreignCpuTicks(previous: ReadonlyMap<number, number>, current: readonly ProcStat[], tree: ReadonlySet<number>, exclude: ReadonlySet<number>): number {
  let ticks = 0;
  for (const stat of current) {
    if (tree.has(stat.pid) || exclude.has(stat.pid) || stat.pid === 2 || stat.ppid === 2) continue;
    const before = previous.get(stat.pid);
    if (before !== undefined && stat.cpuTicks > before) ticks += stat.cpuTicks - before;
  }
  return ticks;
}

export interface RssPeak {
  /** Largest tree RSS seen in one sample, in bytes. */
  peakBytes: number;
  /** The tree at that moment: executable name → bytes (summed over processes of that name). */
  peakBreakdown: Record<string, number>;
  samples: number;
  /** CPU seconds used meanwhile by processes outside the tree (see foreignCpuTicks). */
  foreignCpuSeconds: number;
  /** CPU seconds used by the tree (largest treeCpuTicks seen; the last ~interval is missed). */
  cpuSeconds: number;
  /** When the peak was seen, in ms since sampling started. */
  peakAtMs: number;
  /** [ms since start, tree RSS bytes] about once a second, for plotting and phase analysis. */
  timeline: [number, number][];
}

export interface RssSampler {
  /** Takes one more sample (call it right before the process is known to exit, if you can). */
  sample(): void;
  stop(): RssPeak;
}

/** Samples the tree's RSS (and other processes' CPU use) every `intervalMs` until stopped. */
export function sampleTreeRss(root: number, intervalMs = 100, procDir = '/proc'): RssSampler {
  const size = pageSize();
  const exclude = new Set([process.pid]);
  let peakBytes = 0;
  let peakBreakdown: Record<string, number> = {};
  let samples = 0;
  let foreign = 0;
  let cpu = 0;
  let peakAtMs = 0;
  const timeline: [number, number][] = [];
  const started = performance.now();
  let previousCpu = new Map<number, number>();
  const sample = () => {
    const table = readProcessTable(procDir);
    const members = treeMembers(root, table);
    const at = performance.now() - started;
    samples += 1;
    foreign += foreignCpuTicks(previousCpu, table, new Set(members.map((stat) => stat.pid)), exclude);
    previousCpu = new Map(table.map((stat) => [stat.pid, stat.cpuTicks]));
    cpu = Math.max(cpu, treeCpuTicks(members));
    const total = members.reduce((sum, stat) => sum + stat.rssPages * size, 0);
    if (timeline.length === 0 || at - (timeline.at(-1) as [number, number])[0] >= 1000) timeline.push([Math.round(at), total]);
    if (total > peakBytes) {
      peakBytes = total;
      peakAtMs = at;
      peakBreakdown = {};
      for (const stat of members) {
        const label = processLabel(readCmdline(stat.pid, procDir), stat.comm);
        peakBreakdown[label] = (peakBreakdown[label] ?? 0) + stat.rssPages * size;
      }
    }
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    sample,
    stop: () => {
      clearInterval(timer);
      return { peakBytes, peakBreakdown, samples, foreignCpuSeconds: foreign / clockTicks(), cpuSeconds: cpu / clockTicks(), peakAtMs, timeline };
    },
  };
}

/** Average number of cores used by processes outside the benchmark over `ms` milliseconds. */
export async function backgroundLoad(ms = 2000, procDir = '/proc'): Promise<number> {
  const exclude = new Set([process.pid]);
  const first = readProcessTable(procDir);
  await new Promise((resolve) => setTimeout(resolve, ms));
  const ticks = foreignCpuTicks(new Map(first.map((stat) => [stat.pid, stat.cpuTicks])), readProcessTable(procDir), new Set(), exclude);
  return ticks / clockTicks() / (ms / 1000);
}
