/** Static paths for paginated lists (category, tag, author): page 1 at the base, page n at trang/n/. */
import { cacheKeyOf, cardKey } from '../lib/cache-keys.ts';
import { paginate, type Page } from '../lib/pagination.ts';
import type { SiteArticle } from './catalog.ts';

export interface ListRouteProps<Subject> {
  subject: Subject;
  page: Page<SiteArticle>;
}

/**
 * `layoutKey` is what every page shows besides its own list (e.g. the category menu); each page's
 * incremental-build key covers it, the subject, the page's cards and the page count.
 */
export function paginatedListPaths<Subject>(
  groups: Iterable<{ slug: string; subject: Subject; articles: SiteArticle[] }>,
  layoutKey: unknown,
): { params: { slug: string; page: string | undefined }; props: ListRouteProps<Subject>; cacheKey: string }[] {
  const paths = [];
  for (const group of groups) {
    for (const page of paginate(group.articles)) {
      paths.push({
        params: { slug: group.slug, page: page.number === 1 ? undefined : `trang/${page.number}` },
        props: { subject: group.subject, page },
        cacheKey: cacheKeyOf([layoutKey, group.subject, page.number, page.totalPages, page.totalItems, page.items.map(cardKey)]),
      });
    }
  }
  return paths;
}
