import { describe, expect, it } from 'vitest';
import { TARGET_ARTICLES, targetLine } from '../../scripts/bench/targets.ts';

const GB = 1024 ** 3;

describe("the benchmark's check against issue 7's targets", () => {
  it('judges a 10,000-article run on each target', () => {
    expect(TARGET_ARTICLES).toBe(10_000);
    expect(targetLine({ articles: 10_000, fullMs: 22_300, hugoMs: 8_100, peakBytes: 2.87 * GB, warmMs: 9_900 })).toBe(
      '10,000 articles: wall 2.8× Hugo (target ≤ 3×) ✓; peak 2.87 GB (target < 4.00 GB) ✓; warm 44% of full (target ≤ 50%) ✓',
    );
    expect(targetLine({ articles: 10_000, fullMs: 25_500, hugoMs: 8_000, peakBytes: 4.2 * GB, warmMs: 13_000 })).toBe(
      '10,000 articles: wall 3.2× Hugo (target ≤ 3×) ✗; peak 4.20 GB (target < 4.00 GB) ✗; warm 51% of full (target ≤ 50%) ✗',
    );
  });

  it('judges the ratio itself, not its rounded figure', () => {
    expect(targetLine({ articles: 10_000, fullMs: 30_300, hugoMs: 10_000, peakBytes: GB })).toMatch(/wall 3\.0× Hugo \(target ≤ 3×\) ✗/);
  });

  it('leaves out what was not measured', () => {
    expect(targetLine({ articles: 10_000, fullMs: 20_000, peakBytes: 2 * GB })).toBe('10,000 articles: peak 2.00 GB (target < 4.00 GB) ✓');
  });

  it('gives other sizes their figures without a verdict', () => {
    const line = targetLine({ articles: 1_000, fullMs: 8_400, hugoMs: 1_300, peakBytes: 1.43 * GB, warmMs: 5_300 });
    expect(line).toBe('1,000 articles (the targets are set for 10,000): wall 6.5× Hugo; peak 1.43 GB; warm 63% of full');
    expect(line).not.toMatch(/[✓✗]/);
  });
});
