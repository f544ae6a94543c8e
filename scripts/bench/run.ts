/**
 * `npm run bench`: builds a generated Vietnamese corpus with the real `npm run build` and, when
 * Hugo is installed, with a minimal Hugo site of the same pages; prints wall time per phase, peak
 * memory of the whole process tree, pages and sizes, the warm-rebuild time and the ratios to Hugo.
 * See docs/performance.md. Options: `npm run bench -- --help`.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseBenchArgs, USAGE, type BenchOptions } from './args.ts';
import { DEFAULT_NOW, generateArticle, generateCorpus, type CorpusSummary, type GeneratedArticle } from './generate-corpus.ts';
import { findPages, measureOutput, type OutputStats } from './output.ts';
import { phaseAt, splitPhases, stripAnsi, type LogLine, type Phases } from './phases.ts';
import { backgroundLoad, sampleTreeRss } from './proc.ts';
import { waitForFileSystem } from './disk.ts';
import { compileCacheIsEmpty } from '../../src/lib/node-settings.ts';
import { formatBytes, formatCount, formatDuration, formatRatio, NA, renderTable } from './table.ts';
import { targetLine } from './targets.ts';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const hugoSiteDir = path.join(projectRoot, 'scripts/bench/hugo');

interface Measured {
  command: string;
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  wallMs: number;
  peakRssBytes: number;
  peakBreakdown: Record<string, number>;
  rssSamples: number;
  /** CPU seconds used by other processes on the machine during the build (a lower bound). */
  foreignCpuSeconds: number;
  /** CPU seconds (user + system) used by the build's own processes. */
  cpuSeconds: number;
  /** When the RSS peak was seen (ms since start) and the phase the build was in then. */
  peakAtMs: number;
  peakPhase: string | undefined;
  /** [ms, bytes] about once a second. */
  rssTimeline: [number, number][];
  phases: Phases;
  logFile: string;
  /** The last lines of output, kept for failure reports. */
  tail: string[];
}

interface BuildResult extends Measured {
  output: OutputStats | undefined;
}

interface WarmResult extends BuildResult {
  editedSlug: string;
  addedSlug: string;
  /** undefined: the output has no page for the article (the site has no article pages yet). */
  editedPageUpdated: boolean | undefined;
  addedPageFound: boolean;
}

interface SizeResult {
  articles: number;
  corpus: CorpusSummary;
  astro: BuildResult;
  warm: WarmResult | undefined;
  hugo: BuildResult | undefined;
  tempDir: string | undefined;
}

let currentChild: ChildProcess | undefined;
const tempDirs: string[] = [];
let keepTemp = false;

function removeTemp(): void {
  if (keepTemp) return;
  for (const dir of tempDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

process.on('SIGINT', () => {
  if (currentChild?.pid) {
    try {
      process.kill(-currentChild.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  }
  removeTemp();
  process.exit(130);
});

const INTERESTING = /Synced content|generating|✓ Completed in|Complete!|pagefind|Finished in|error|heap|killed|✗/i;

const IDLE_CORES = 0.25;
const IDLE_WAIT_MS = 120_000;

/**
 * On a shared machine other people's builds and tests steal the CPU: wait until other processes
 * use less than a quarter of a core (for at most two minutes), so measurements are comparable.
 */
async function waitForIdle(): Promise<void> {
  const started = performance.now();
  let announced = false;
  for (;;) {
    const load = await backgroundLoad(2000);
    if (load < IDLE_CORES) {
      if (announced) console.log(`      machine idle after ${formatDuration(performance.now() - started)}`);
      return;
    }
    if (performance.now() - started > IDLE_WAIT_MS) {
      console.log(`      ⚠ still busy (${load.toFixed(2)} cores used by other processes); measuring anyway`);
      return;
    }
    if (!announced) console.log(`      waiting for the machine to be idle: other processes use ${load.toFixed(2)} cores…`);
    announced = true;
  }
}

let probeRound = 0;

/** Before each measured build: a settled file system (disk.ts), then a machine without other load. */
async function waitForMachine(enabled: boolean, scratchDir: string): Promise<void> {
  if (!enabled) return;
  probeRound += 1;
  await waitForFileSystem(path.join(scratchDir, 'file-system-probes', String(probeRound)));
  await waitForIdle();
}

function backgroundCores(run: Measured): number {
  return run.wallMs > 0 ? run.foreignCpuSeconds / (run.wallMs / 1000) : 0;
}

/**
 * Writes what earlier steps left in the page cache (the generated corpus, the previous build's
 * output) to disk, so that no build is timed while the kernel flushes someone else's files.
 */
function flushPendingWrites(): void {
  spawnSync('sync', { stdio: 'ignore' });
}

/** Runs a command in its own process group, timing its log lines and sampling the tree's RSS. */
async function measure(
  command: string,
  args: readonly string[],
  options: { env: NodeJS.ProcessEnv; cwd: string; logFile: string; verbose: boolean },
): Promise<Measured> {
  fs.mkdirSync(path.dirname(options.logFile), { recursive: true });
  flushPendingWrites();
  const log = fs.createWriteStream(options.logFile);
  const lines: LogLine[] = [];
  const tail: string[] = [];
  const started = performance.now();
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  currentChild = child;
  const sampler = child.pid ? sampleTreeRss(child.pid, 100) : undefined;
  const onLine = (text: string) => {
    const t = performance.now() - started;
    lines.push({ t, text });
    log.write(`${(t / 1000).toFixed(3).padStart(9)} ${text}\n`);
    tail.push(text);
    if (tail.length > 40) tail.shift();
    const clean = stripAnsi(text).trim();
    if (options.verbose || (INTERESTING.test(clean) && !clean.startsWith('├') && !clean.startsWith('└'))) {
      console.log(`      ${formatDuration(t).padStart(8)} │ ${clean.slice(0, 150)}`);
    }
  };
  if (child.stdout) readline.createInterface({ input: child.stdout }).on('line', onLine);
  if (child.stderr) readline.createInterface({ input: child.stderr }).on('line', onLine);
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null; wallMs: number }>((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve({ code, signal, wallMs: performance.now() - started }));
  });
  const closed = new Promise<void>((resolve) => child.on('close', () => resolve()));
  let result: { code: number | null; signal: NodeJS.Signals | null; wallMs: number };
  try {
    result = await exit;
  } finally {
    currentChild = undefined;
  }
  const peak = sampler?.stop() ?? { peakBytes: 0, peakBreakdown: {}, samples: 0, foreignCpuSeconds: 0, cpuSeconds: 0, peakAtMs: 0, timeline: [] };
  const phases = splitPhases(lines, result.wallMs);
  await closed;
  await new Promise<void>((resolve) => log.end(resolve));
  return {
    command: [command, ...args].join(' '),
    exitCode: result.code,
    signal: result.signal,
    wallMs: result.wallMs,
    peakRssBytes: peak.peakBytes,
    peakBreakdown: peak.peakBreakdown,
    rssSamples: peak.samples,
    foreignCpuSeconds: peak.foreignCpuSeconds,
    cpuSeconds: peak.cpuSeconds,
    peakAtMs: peak.peakAtMs,
    peakPhase: phases.segments.length ? phaseAt(phases, peak.peakAtMs) : undefined,
    rssTimeline: peak.timeline,
    phases,
    logFile: options.logFile,
    tail,
  };
}

function succeeded(run: Measured | undefined): boolean {
  return run !== undefined && run.exitCode === 0;
}

function describeFailure(label: string, run: Measured): void {
  console.log(`    ✗ ${label} failed (exit ${run.exitCode ?? 'none'}${run.signal ? `, signal ${run.signal}` : ''}). Last lines (full log: ${run.logFile}):`);
  for (const line of run.tail.slice(-25)) console.log(`      │ ${stripAnsi(line)}`);
}

function summarizeBuild(label: string, run: BuildResult): void {
  if (!succeeded(run)) {
    describeFailure(label, run);
    return;
  }
  const out = run.output;
  console.log(
    `    ${label}: ${formatDuration(run.wallMs)} (CPU ${formatDuration(run.cpuSeconds * 1000)}), peak RSS ${formatBytes(run.peakRssBytes)}` +
      ` at ${formatDuration(run.peakAtMs)}${run.peakPhase ? ` (${run.peakPhase})` : ''}, ` +
      `${formatCount(out?.html)} pages, ${formatCount(out?.xml)} XML files, ${formatBytes(out?.bytes)}` +
      (out?.searchIndexDir ? `, search index ${formatBytes(out.searchIndexBytes)} (${formatCount(out.searchIndexFiles)} files)` : '') +
      `; other processes used ${backgroundCores(run).toFixed(2)} cores meanwhile`,
  );
  if (backgroundCores(run) > 0.2) console.log('    ⚠ the machine was busy during this build: its time is inflated');
}

function toolVersion(command: string, args: string[]): string | undefined {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  if (result.status !== 0 || result.error) return undefined;
  return `${result.stdout}${result.stderr}`.trim().split('\n')[0];
}

function packageVersion(name: string): string {
  try {
    const pkg = JSON.parse(fs.readFileSync(path.join(projectRoot, 'node_modules', name, 'package.json'), 'utf8')) as { version?: string };
    return pkg.version ?? NA;
  } catch {
    return NA;
  }
}

function machine(): Record<string, string> {
  const cpuinfo = fs.existsSync('/proc/cpuinfo') ? fs.readFileSync('/proc/cpuinfo', 'utf8') : '';
  const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: projectRoot, encoding: 'utf8' }).stdout.trim();
  const dirty = spawnSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: projectRoot, encoding: 'utf8' }).stdout.trim();
  return {
    date: new Date().toISOString(),
    commit: commit ? `${commit}${dirty ? ' (with uncommitted changes)' : ''}` : NA,
    cpu: /model name\s*:\s*(.+)/.exec(cpuinfo)?.[1]?.trim() ?? (os.cpus()[0]?.model || NA),
    cores: String(os.availableParallelism()),
    memory: formatBytes(os.totalmem()),
    kernel: `${os.type()} ${os.release()}`,
    node: process.version,
    astro: packageVersion('astro'),
    pagefind: packageVersion('pagefind'),
    hugo: toolVersion('hugo', ['version']) ?? 'not installed',
  };
}

function firstPublished(from: number, seed: number, accept: (article: GeneratedArticle) => boolean = () => true): GeneratedArticle {
  for (let index = from; ; index++) {
    const article = generateArticle(index, { seed });
    if (article.status === 'published' && accept(article)) return article;
  }
}

const WARM_MARKER = 'benchwarmedit';

/** `npm run build`'s environment for a corpus in `tempDir`/content, its output and cache beside it. */
function buildEnv(tempDir: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    CONTENT_DIR: path.join(tempDir, 'content'),
    OUT_DIR: path.join(tempDir, 'dist'),
    ASTRO_CACHE_DIR: path.join(tempDir, 'astro-cache'),
    BUILD_TIME: DEFAULT_NOW,
    ASTRO_TELEMETRY_DISABLED: '1',
    NO_COLOR: '1',
    FORCE_COLOR: '0',
  };
}

/** Articles in the untimed build that fills Node's compile cache. */
const PRIMING_ARTICLES = 40;

/**
 * On a fresh clone Node's compile cache is empty and the first build compiles every tool module
 * (src/lib/node-settings.ts): the first timed build would pay for what every later build on the
 * machine skips, as Hugo's compiled binary does. An untimed build of a few articles fills it first.
 */
async function primeCompileCache(options: BenchOptions, logDir: string): Promise<void> {
  if (!compileCacheIsEmpty(process.env, projectRoot)) return;
  const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'khcn-bench-priming-'));
  tempDirs.push(tempDir);
  try {
    await generateCorpus(path.join(tempDir, 'content'), PRIMING_ARTICLES, { seed: options.seed });
    console.log(`\n▶ Node's compile cache is empty (first build since npm ci): an untimed build of ${PRIMING_ARTICLES} articles fills it`);
    const run = await measure('npm', ['run', 'build'], { env: buildEnv(tempDir), cwd: projectRoot, logFile: path.join(logDir, 'priming.log'), verbose: options.verbose });
    if (!succeeded(run)) describeFailure('priming build', run);
    else console.log(`    done in ${formatDuration(run.wallMs)}`);
  } finally {
    // Nothing in it is worth keeping, even with --keep.
    tempDirs.splice(tempDirs.indexOf(tempDir), 1);
    fs.rmSync(tempDir, { recursive: true, force: true });
  }
}

async function benchSize(articles: number, options: BenchOptions, logDir: string, hugoAvailable: boolean): Promise<SizeResult> {
  console.log(`\n▶ ${formatCount(articles)} articles`);
  const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), `khcn-bench-${articles}-`));
  tempDirs.push(tempDir);
  const env = buildEnv(tempDir);
  const corpusDir = env.CONTENT_DIR!;
  const outDir = env.OUT_DIR!;

  const corpus = await generateCorpus(corpusDir, articles, { seed: options.seed });
  console.log(
    `    corpus: ${formatCount(corpus.published)} published, ${formatCount(corpus.drafts)} drafts, ${formatCount(corpus.scheduled)} scheduled, ` +
      `${formatCount(corpus.decomposed)} NFD, ${formatCount(corpus.withImage)} with image, ${formatCount(corpus.tags)} tags, ` +
      `${formatCount(corpus.words)} words, ${formatBytes(corpus.bytes)}; generated in ${formatDuration(corpus.elapsedMs)} into ${corpusDir}`,
  );

  console.log('    astro: npm run build (cold: empty cache)');
  await waitForMachine(options.waitIdle, tempDir);
  const astroRun = await measure('npm', ['run', 'build'], { env, cwd: projectRoot, logFile: path.join(logDir, `${articles}-astro-full.log`), verbose: options.verbose });
  const astro: BuildResult = { ...astroRun, output: succeeded(astroRun) ? measureOutput(outDir) : undefined };
  summarizeBuild('astro full build', astro);

  let hugo: BuildResult | undefined;
  if (options.hugo && hugoAvailable) {
    const siteDir = path.join(tempDir, 'hugo-site');
    const publicDir = path.join(tempDir, 'hugo-public');
    fs.cpSync(hugoSiteDir, siteDir, { recursive: true });
    console.log('    hugo: hugo --quiet');
    await waitForMachine(options.waitIdle, tempDir);
    const hugoRun = await measure(
      'hugo',
      ['--quiet', '--source', siteDir, '--contentDir', corpusDir, '--destination', publicDir, '--cacheDir', path.join(tempDir, 'hugo-cache')],
      { env: { ...process.env }, cwd: siteDir, logFile: path.join(logDir, `${articles}-hugo.log`), verbose: options.verbose },
    );
    hugo = { ...hugoRun, output: succeeded(hugoRun) ? measureOutput(publicDir) : undefined };
    summarizeBuild('hugo build', hugo);
  }

  let warm: WarmResult | undefined;
  if (options.warm && succeeded(astro)) {
    // One edited article (body text) and one new article, then the same build with the same cache.
    const edited = firstPublished(0, options.seed);
    const editedFile = path.join(corpusDir, edited.relativePath);
    fs.appendFileSync(editedFile, `\nĐoạn văn bổ sung sau khi biên tập viên sửa bài (${WARM_MARKER}).\n`);
    const added = firstPublished(articles, options.seed, (article) => !article.image);
    fs.mkdirSync(path.dirname(path.join(corpusDir, added.relativePath)), { recursive: true });
    fs.writeFileSync(path.join(corpusDir, added.relativePath), added.source);
    console.log(`    astro: npm run build (warm: edited ${edited.slug}, added ${added.slug})`);
    await waitForMachine(options.waitIdle, tempDir);
    const warmRun = await measure('npm', ['run', 'build'], { env, cwd: projectRoot, logFile: path.join(logDir, `${articles}-astro-warm.log`), verbose: options.verbose });
    const ok = succeeded(warmRun);
    const editedPages = ok ? findPages(outDir, edited.slug) : [];
    warm = {
      ...warmRun,
      output: ok ? measureOutput(outDir) : undefined,
      editedSlug: edited.slug,
      addedSlug: added.slug,
      editedPageUpdated: editedPages.length ? editedPages.some((page) => fs.readFileSync(page, 'utf8').includes(WARM_MARKER)) : undefined,
      addedPageFound: ok && findPages(outDir, added.slug).length > 0,
    };
    summarizeBuild('astro warm rebuild', warm);
    if (ok) {
      console.log(
        `    warm rebuild check: edited article's page ${warm.editedPageUpdated === undefined ? 'not in the output (no article pages?)' : warm.editedPageUpdated ? 'updated ✓' : 'NOT updated ✗'}, ` +
          `new article's page ${warm.addedPageFound ? 'written ✓' : 'not in the output'}`,
      );
    }
  }

  return { articles, corpus, astro, warm, hugo, tempDir: options.keep ? tempDir : undefined };
}

function phaseCells(run: BuildResult | undefined, withPhases: boolean): string[] {
  if (!run) return Array(14).fill(NA);
  const ok = succeeded(run);
  const p = run.phases;
  const show = (value: number | undefined) => (withPhases ? formatDuration(value) : NA);
  return [
    ok ? formatCount(run.output?.html) : `failed (exit ${run.exitCode ?? run.signal})`,
    show(p.startup),
    show(p.sync),
    show(p.bundle),
    show(p.render),
    show(p.images),
    show(p.search),
    show(p.other),
    formatDuration(run.wallMs),
    formatDuration(run.cpuSeconds * 1000),
    formatBytes(run.peakRssBytes),
    ok ? formatBytes(run.output?.bytes) : NA,
    ok && run.output?.searchIndexDir ? formatBytes(run.output.searchIndexBytes) : NA,
    backgroundCores(run).toFixed(2),
  ];
}

export const TABLE_HEADERS = [
  'Articles',
  'Build',
  'Pages (HTML)',
  'Start-up',
  'Content sync',
  'Bundle',
  'Render pages',
  'Images',
  'Search index',
  'Other',
  'Total',
  'CPU time',
  'Peak RSS',
  'Output size',
  'Index size',
  'Busy cores',
];

function resultRows(result: SizeResult): string[][] {
  const size = formatCount(result.articles);
  const rows: string[][] = [[size, 'Astro, full (cold)', ...phaseCells(result.astro, true)]];
  if (result.warm) rows.push([size, 'Astro, warm (1 edit + 1 new)', ...phaseCells(result.warm, true)]);
  if (result.hugo) {
    rows.push([size, 'Hugo', ...phaseCells(result.hugo, false)]);
    const ours = result.astro;
    const hugo = result.hugo;
    const both = succeeded(ours) && succeeded(hugo);
    rows.push([
      size,
      'Astro ÷ Hugo',
      both ? formatRatio(ours.output?.html, hugo.output?.html) : NA,
      '', '', '', '', '', '', '',
      both ? formatRatio(ours.wallMs, hugo.wallMs) : NA,
      both ? formatRatio(ours.cpuSeconds, hugo.cpuSeconds) : NA,
      both ? formatRatio(ours.peakRssBytes, hugo.peakRssBytes) : NA,
      both ? formatRatio(ours.output?.bytes, hugo.output?.bytes) : NA,
      '',
      '',
    ]);
  }
  return rows;
}

function targetLines(result: SizeResult): string[] {
  const lines: string[] = [];
  const astro = result.astro;
  if (!succeeded(astro)) return [`${formatCount(result.articles)}: the full build failed, targets not measurable`];
  lines.push(
    targetLine({
      articles: result.articles,
      fullMs: astro.wallMs,
      peakBytes: astro.peakRssBytes,
      hugoMs: result.hugo && succeeded(result.hugo) ? result.hugo.wallMs : undefined,
      warmMs: result.warm && succeeded(result.warm) ? result.warm.wallMs : undefined,
    }),
  );
  const breakdown = Object.entries(astro.peakBreakdown)
    .sort(([, a], [, b]) => b - a)
    .filter(([, bytes]) => bytes > 16 * 1024 ** 2)
    .map(([name, bytes]) => `${name} ${formatBytes(bytes)}`);
  if (breakdown.length) {
    lines.push(`  Astro's peak at ${formatDuration(astro.peakAtMs)}${astro.peakPhase ? `, during ${astro.peakPhase}` : ''}: ${breakdown.join(', ')}`);
  }
  const rssAt = (t: number | undefined) => {
    if (t === undefined) return NA;
    const point = astro.rssTimeline.findLast(([at]) => at <= t);
    return point ? formatBytes(point[1]) : NA;
  };
  const endOf = (phase: string) => astro.phases.segments.find((segment) => segment.phase === phase)?.end;
  lines.push(`  Astro's RSS at the end of content sync ${rssAt(endOf('sync'))}, of bundling ${rssAt(endOf('bundle'))}, of rendering ${rssAt(endOf('render'))}`);
  return lines;
}

async function main(): Promise<void> {
  let parsed: ReturnType<typeof parseBenchArgs>;
  try {
    parsed = parseBenchArgs(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  }
  if (parsed === 'help') {
    console.log(USAGE);
    return;
  }
  const options = parsed;
  keepTemp = options.keep;
  const info = machine();
  const stamp = info.date?.replace(/[:.]/g, '-') ?? String(Date.now());
  const logDir = path.join(projectRoot, '.bench', 'logs', stamp);
  const hugoAvailable = info.hugo !== 'not installed';

  console.log('Benchmark: npm run build on a generated corpus' + (options.hugo ? ', compared with Hugo' : ''));
  for (const [key, value] of Object.entries(info)) console.log(`  ${key.padEnd(8)} ${value}`);
  if (options.hugo && !hugoAvailable) {
    console.log('  Hugo is not installed: the comparison is skipped. Install it with `apt-get install -y hugo` (Debian/Ubuntu, as root) and run again.');
  }

  const results: SizeResult[] = [];
  try {
    await primeCompileCache(options, logDir);
    for (const size of options.sizes) {
      results.push(await benchSize(size, options, logDir, hugoAvailable));
      if (!options.keep) removeTemp();
    }
  } finally {
    removeTemp();
  }

  const rows = results.flatMap(resultRows);
  const align = TABLE_HEADERS.map((_, c) => (c < 2 ? 'left' : 'right') as 'left' | 'right');
  console.log(`\nResults (${info.date?.slice(0, 10)}, commit ${info.commit}, ${info.cores} cores, ${info.memory}, Node ${info.node}, Astro ${info.astro})\n`);
  console.log(renderTable(TABLE_HEADERS, rows, align));
  console.log(
    '\n"CPU time": user + system time of the build\'s processes (barely affected by other load). ' +
      '"Busy cores": CPU used by other processes during that build, in cores on average (a lower bound); above 0.2 the wall time is inflated.\n',
  );
  for (const result of results) for (const line of targetLines(result)) console.log(line);
  console.log(`\nLogs: ${logDir}`);
  for (const result of results) if (result.tempDir) console.log(`Kept: ${result.tempDir}`);

  const jsonFile = path.resolve(projectRoot, options.json ?? path.join('.bench', `results-${stamp}.json`));
  fs.mkdirSync(path.dirname(jsonFile), { recursive: true });
  fs.writeFileSync(jsonFile, `${JSON.stringify({ machine: info, options, results }, null, 2)}\n`);
  console.log(`Results: ${jsonFile}`);
  if (results.some((result) => !succeeded(result.astro))) process.exitCode = 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
