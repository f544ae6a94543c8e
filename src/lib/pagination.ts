/** Numbered pagination for category, tag and author lists. */

export const ARTICLES_PER_PAGE = 20;

export interface Page<T> {
  items: T[];
  /** 1-based page number. */
  number: number;
  totalPages: number;
  totalItems: number;
}

export function paginate<T>(items: readonly T[], perPage: number = ARTICLES_PER_PAGE): Page<T>[] {
  const totalPages = Math.max(1, Math.ceil(items.length / perPage));
  return Array.from({ length: totalPages }, (_, index) => ({
    items: items.slice(index * perPage, (index + 1) * perPage),
    number: index + 1,
    totalPages,
    totalItems: items.length,
  }));
}

/** "/chuyen-muc/x/" for page 1, "/chuyen-muc/x/trang/3/" for page 3. `basePath` ends with "/". */
export function pagePath(basePath: string, pageNumber: number): string {
  return pageNumber <= 1 ? basePath : `${basePath}trang/${pageNumber}/`;
}

export type PageLink = { kind: 'page'; number: number; current: boolean } | { kind: 'gap' };

/**
 * Which page numbers to show: always the first and last, the current one with `around`
 * neighbours each side, and a gap marker where numbers are skipped.
 */
export function pageLinks(current: number, totalPages: number, around = 2): PageLink[] {
  const wanted = new Set<number>([1, totalPages]);
  for (let n = current - around; n <= current + around; n++) if (n >= 1 && n <= totalPages) wanted.add(n);
  const numbers = [...wanted].sort((a, b) => a - b);
  const links: PageLink[] = [];
  let previous = 0;
  for (const n of numbers) {
    if (n - previous === 2) links.push({ kind: 'page', number: n - 1, current: false });
    else if (n - previous > 2) links.push({ kind: 'gap' });
    links.push({ kind: 'page', number: n, current: n === current });
    previous = n;
  }
  return links;
}
