/** Static paths for paginated lists (category, tag, author): page 1 at the base, page n at trang/n/. */
import { paginate, type Page } from '../lib/pagination.ts';
import type { SiteArticle } from './catalog.ts';

export interface ListRouteProps<Subject> {
  subject: Subject;
  page: Page<SiteArticle>;
}

export function paginatedListPaths<Subject>(
  groups: Iterable<{ slug: string; subject: Subject; articles: SiteArticle[] }>,
): { params: { slug: string; page: string | undefined }; props: ListRouteProps<Subject> }[] {
  const paths = [];
  for (const group of groups) {
    for (const page of paginate(group.articles)) {
      paths.push({
        params: { slug: group.slug, page: page.number === 1 ? undefined : `trang/${page.number}` },
        props: { subject: group.subject, page },
      });
    }
  }
  return paths;
}
