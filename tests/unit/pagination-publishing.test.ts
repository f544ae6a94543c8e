import { describe, expect, it } from 'vitest';
import { pageLinks, pagePath, paginate } from '../../src/lib/pagination.ts';
import { buildTime, isPublished, publicationStatus } from '../../src/lib/publishing.ts';

describe('paginate', () => {
  it('splits into pages of 20', () => {
    const pages = paginate(Array.from({ length: 45 }, (_, i) => i));
    expect(pages.map((p) => p.items.length)).toEqual([20, 20, 5]);
    expect(pages[2]).toMatchObject({ number: 3, totalPages: 3, totalItems: 45 });
    expect(pages[1]!.items[0]).toBe(20);
  });
  it('gives an empty list one page', () => {
    expect(paginate([])).toEqual([{ items: [], number: 1, totalPages: 1, totalItems: 0 }]);
  });
  it('builds page paths', () => {
    expect(pagePath('/chuyen-muc/x/', 1)).toBe('/chuyen-muc/x/');
    expect(pagePath('/chuyen-muc/x/', 4)).toBe('/chuyen-muc/x/trang/4/');
  });
  it('shows first, last, neighbours and gaps', () => {
    const render = (current: number, total: number) =>
      pageLinks(current, total)
        .map((l) => (l.kind === 'gap' ? '…' : l.current ? `[${l.number}]` : String(l.number)))
        .join(' ');
    expect(render(1, 1)).toBe('[1]');
    expect(render(1, 3)).toBe('[1] 2 3');
    expect(render(10, 20)).toBe('1 … 8 9 [10] 11 12 … 20');
    expect(render(4, 20)).toBe('1 2 3 [4] 5 6 … 20');
    expect(render(20, 20)).toBe('1 … 18 19 [20]');
  });
});

describe('publication status', () => {
  const now = new Date('2026-11-26T08:00:00+07:00');
  it('hides drafts and future articles', () => {
    expect(publicationStatus({ draft: true, publishedAt: new Date('2020-01-01') }, now)).toBe('draft');
    expect(publicationStatus({ draft: false, publishedAt: new Date('2026-11-26T08:00:01+07:00') }, now)).toBe('scheduled');
    expect(publicationStatus({ draft: false, publishedAt: now }, now)).toBe('published');
    expect(isPublished({ draft: false, publishedAt: new Date('2026-11-25') }, now)).toBe(true);
    expect(isPublished({ draft: true, publishedAt: new Date('2027-01-01') }, now)).toBe(false);
  });
  it('takes the build time from BUILD_TIME when set', () => {
    expect(buildTime({ BUILD_TIME: '2026-01-02T03:04:05+07:00' }).toISOString()).toBe('2026-01-01T20:04:05.000Z');
    expect(() => buildTime({ BUILD_TIME: 'ngày mai' })).toThrow(/BUILD_TIME/);
    const before = Date.now();
    expect(buildTime({}).getTime()).toBeGreaterThanOrEqual(before);
  });
});
