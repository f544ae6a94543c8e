import { describe, expect, it } from 'vitest';
import { phaseAt, splitPhases, type LogLine } from '../../scripts/bench/phases.ts';

function log(entries: [number, string][]): LogLine[] {
  return entries.map(([seconds, text]) => ({ t: seconds * 1000, text }));
}

describe('splitPhases', () => {
  it('splits an Astro build followed by the Pagefind CLI', () => {
    const lines = log([
      [0.2, '> khcn-news@0.1.0 build'],
      [0.3, '> astro build && pagefind --site dist'],
      [1.0, '15:36:38 [content] Syncing content'],
      [10.0, '15:36:47 [content] Synced content'],
      [10.5, '15:36:48 [types] Generated 536ms'],
      [11.0, '15:36:48 [build] ✓ Completed in 574ms.'],
      [14.0, ' generating static routes '],
      [14.1, '15:36:52   ├─ /bai-viet/tim-kiem-pagefind/index.html (+11ms)'],
      [44.0, '15:37:22 ✓ Completed in 30s.'],
      [44.1, ' generating optimized images '],
      [47.0, '15:37:25 ✓ Completed in 2.9s.'],
      [47.5, '15:37:25 [@astrojs/sitemap] `sitemap-index.xml` created at `dist`'],
      [48.0, '15:37:26 [build] Complete!'],
      [48.5, 'Running Pagefind v1.6.0 (Extended)'],
      [49.0, '[Walking source directory]'],
      [78.0, 'Finished in 29.5 seconds'],
    ]);
    const phases = splitPhases(lines, 79_000);
    expect(phases.startup).toBe(1_000);
    expect(phases.sync).toBe(9_000);
    expect(phases.bundle).toBe(4_000);
    expect(phases.render).toBe(30_000);
    expect(phases.images).toBe(2_900);
    expect(phases.search).toBe(29_500);
    // 44.0→44.1 between render and images, 47.0→48.5 sitemap and exit, 78→79 after Pagefind.
    expect(phases.other).toBeCloseTo(100 + 1_500 + 1_000, 6);
    expect(phases.total).toBe(79_000);
    const sum = (phases.startup ?? 0) + (phases.sync ?? 0) + (phases.bundle ?? 0) + (phases.render ?? 0) + (phases.images ?? 0) + (phases.search ?? 0) + phases.other;
    expect(sum).toBeCloseTo(79_000, 6);
    expect(phases.segments.map((segment) => segment.phase)).toEqual(['startup', 'sync', 'bundle', 'render', 'other', 'images', 'other', 'search', 'other']);
    expect(phaseAt(phases, 500)).toBe('startup');
    expect(phaseAt(phases, 5_000)).toBe('sync');
    expect(phaseAt(phases, 30_000)).toBe('render');
    expect(phaseAt(phases, 60_000)).toBe('search');
    expect(phaseAt(phases, 99_000)).toBe('other');
  });

  it('keeps steps before Astro (a content check) out of content sync, whatever they print', () => {
    const lines = log([
      [0.1, '> node scripts/check-content.ts && astro build'],
      [0.5, '⚠ Cảnh báo: bài về pagefind và generating static routes'],
      [3.0, '✓ Không có lỗi'],
      [4.0, '12:00:00 [content] Syncing content'],
      [9.0, '12:00:05 [content] Synced content'],
      [10.0, ' generating static routes '],
      [12.0, '✓ Completed in 2s.'],
    ]);
    const phases = splitPhases(lines, 12_500);
    expect(phases.startup).toBe(4_000);
    expect(phases.sync).toBe(5_000);
    expect(phases.search).toBeUndefined();
    expect(phases.render).toBe(2_000);
  });

  it('reports absent phases as undefined', () => {
    const lines = log([
      [2.9, '15:44:26 [content] Synced content'],
      [4.2, ' generating static routes '],
      [4.6, '15:44:27 ✓ Completed in 430ms.'],
      [4.6, '15:44:27 [build] Complete!'],
    ]);
    const phases = splitPhases(lines, 4_700);
    expect(phases.sync).toBe(2_900);
    expect(phases.images).toBeUndefined();
    expect(phases.search).toBeUndefined();
    expect(phases.render).toBeCloseTo(400, 6);
    expect(phases.other).toBeCloseTo(100, 6);
  });

  it('handles a Pagefind integration inside Astro, ended by the next tool’s log line', () => {
    const lines = log([
      [3, '[content] Synced content'],
      [5, ' generating static routes '],
      [9, '✓ Completed in 4s.'],
      [10, '12:00:00 [pagefind] Indexing 1000 pages'],
      [12, '12:00:02 [pagefind] wrote index'],
      [15, '12:00:05 [@astrojs/sitemap] `sitemap-index.xml` created'],
      [16, '12:00:06 [build] Complete!'],
    ]);
    const phases = splitPhases(lines, 16_500);
    expect(phases.search).toBe(5_000);
    expect(phases.render).toBe(4_000);
  });

  it('puts everything in "other" when the build died before syncing', () => {
    const phases = splitPhases(log([[1, 'Error: out of memory']]), 2_000);
    expect(phases.sync).toBeUndefined();
    expect(phases.render).toBeUndefined();
    expect(phases.other).toBe(2_000);
  });

  it('ignores colour codes', () => {
    const phases = splitPhases(log([[1, '\u001b[2m12:00:00\u001b[22m \u001b[34m[content]\u001b[39m Synced content']]), 3_000);
    expect(phases.sync).toBe(1_000);
  });
});
