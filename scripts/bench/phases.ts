/**
 * Splits a build's wall time into phases from the moments its log lines arrived. Astro prints
 * "[content] Synced content" when the content layer is done, " generating static routes " before
 * rendering pages and "✓ Completed in …" after, " generating optimized images " for sharp, and
 * integrations log with their own "[name]" tag; Pagefind (CLI or integration) mentions its name.
 * A phase whose markers are missing is reported as undefined ("n/a"), never guessed.
 */

export interface LogLine {
  /** Milliseconds since the build started. */
  t: number;
  text: string;
}

export type PhaseName = 'startup' | 'sync' | 'bundle' | 'render' | 'images' | 'search' | 'other';

export interface Phases {
  /** Start → "[content] Syncing content": npm, Astro start-up (the content check runs beside it and the sync). */
  startup: number | undefined;
  /** "[content] Syncing content" → "[content] Synced content" (from the start when the first line is missing). */
  sync: number | undefined;
  /** After sync until pages are rendered: type generation, Vite bundling of the site. */
  bundle: number | undefined;
  /** "generating static routes" → its "✓ Completed". */
  render: number | undefined;
  /** "generating optimized images" → its "✓ Completed". */
  images: number | undefined;
  /** From the first Pagefind line to its end ("Finished in", or the next tool's log line). */
  search: number | undefined;
  /** Everything else: sitemap and other integrations, npm, exit. */
  other: number;
  total: number;
  /** The phases in time order (a phase may appear more than once, e.g. "other"). */
  segments: PhaseSegment[];
}

export interface PhaseSegment {
  phase: PhaseName;
  start: number;
  end: number;
}

const ANSI = /\u001b\[[0-9;]*[A-Za-z]/g;
const SYNCING = /\[content\]\s+Syncing content/i;
const SYNCED = /\[content\]\s+Synced content/i;
const ROUTES = /generating static routes/i;
const IMAGES = /generating optimized images/i;
const COMPLETED = /✓\s*Completed in/i;
const PAGEFIND = /pagefind/i;
const PAGEFIND_DONE = /Finished in\b/i;
/** An Astro log line from another tool ("12:00:00 [@astrojs/sitemap] …"), which ends a Pagefind phase. */
const OTHER_TAGGED = /^(?:\d{2}:\d{2}:\d{2}\s+)?\[(?![^\]]*pagefind)[^\]]*\]\s/i;
const BUILD_DONE = /\[build\]\s+Complete!/i;

export function stripAnsi(text: string): string {
  return text.replace(ANSI, '');
}

export function splitPhases(lines: readonly LogLine[], totalMs: number): Phases {
  const sums: Record<PhaseName, number> = { startup: 0, sync: 0, bundle: 0, render: 0, images: 0, search: 0, other: 0 };
  const seen = new Set<PhaseName>();
  const segments: PhaseSegment[] = [];
  const hasSync = lines.some((line) => SYNCED.test(stripAnsi(line.text)));
  const hasSyncing = hasSync && lines.some((line) => SYNCING.test(stripAnsi(line.text)));
  // Typed wide on purpose: switchTo() changes it inside the loop.
  let phase = (hasSyncing ? 'startup' : hasSync ? 'sync' : 'other') as PhaseName;
  let since = 0;
  const switchTo = (next: PhaseName, at: number) => {
    if (next === phase) return;
    sums[phase] += Math.max(0, at - since);
    segments.push({ phase, start: since, end: at });
    seen.add(phase);
    phase = next;
    since = at;
  };
  for (const line of lines) {
    const text = stripAnsi(line.text).trim();
    if (!text) continue;
    if (phase === 'startup') {
      // Output of steps before Astro (e.g. a content check) may say anything: only wait for sync.
      if (SYNCING.test(text)) switchTo('sync', line.t);
      continue;
    }
    if (phase === 'sync') {
      if (SYNCED.test(text)) switchTo('bundle', line.t);
      continue;
    }
    if (ROUTES.test(text)) switchTo('render', line.t);
    else if (IMAGES.test(text)) switchTo('images', line.t);
    else if ((phase === 'render' || phase === 'images') && COMPLETED.test(text)) switchTo('other', line.t);
    else if (phase === 'search') {
      // The "Finished" line belongs to the index; a line tagged by another tool starts after it.
      if (PAGEFIND_DONE.test(text)) switchTo('other', line.t);
      else if (OTHER_TAGGED.test(text) && !PAGEFIND.test(text)) switchTo('other', line.t);
    } else if (phase !== 'render' && phase !== 'images' && PAGEFIND.test(text)) switchTo('search', line.t);
    else if (BUILD_DONE.test(text)) switchTo('other', line.t);
  }
  // Close the last phase at the end of the build.
  sums[phase] += Math.max(0, totalMs - since);
  segments.push({ phase, start: since, end: totalMs });
  seen.add(phase);
  const value = (name: PhaseName) => (seen.has(name) ? sums[name] : undefined);
  return {
    startup: hasSyncing ? sums.startup : undefined,
    sync: hasSync ? sums.sync : undefined,
    bundle: value('bundle'),
    render: value('render'),
    images: value('images'),
    search: value('search'),
    other: sums.other,
    total: totalMs,
    segments,
  };
}

/** The phase the build was in at `t` ms (the last one when t is past the end). */
export function phaseAt(phases: Pick<Phases, 'segments'>, t: number): PhaseName | undefined {
  return phases.segments.find((segment) => t >= segment.start && t < segment.end)?.phase ?? phases.segments.at(-1)?.phase;
}
