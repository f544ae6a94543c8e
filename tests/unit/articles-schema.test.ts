import { describe, expect, it } from 'vitest';
import {
  compareNewestFirst,
  groupByCategory,
  groupByTerm,
  readingMinutes,
  relatedArticlesFinder,
  selectHomeStories,
  sortCategories,
  sortNewestFirst,
  uniqueTerms,
  type Article,
} from '../../src/lib/articles.ts';
import { parseContentFile } from '../../src/lib/frontmatter.ts';
import { articleSchema, categorySchema } from '../../src/lib/schema.ts';

function article(slug: string, day: number, extra: Partial<Article> = {}): Article {
  return {
    slug,
    title: slug,
    description: '',
    categorySlug: 'a',
    publishedAt: new Date(Date.UTC(2026, 0, day)),
    tags: [],
    featured: false,
    status: 'published',
    readingMinutes: 1,
    ...extra,
  };
}

describe('article queries', () => {
  it('sorts newest first with a stable tie-break', () => {
    const list = [article('b', 1), article('c', 3), article('a', 1)];
    expect(sortNewestFirst(list).map((a) => a.slug)).toEqual(['c', 'a', 'b']);
  });
  it('orders categories by menu order then Vietnamese name', () => {
    const sorted = sortCategories([
      { slug: 'd', title: 'Đổi mới', description: '', order: 2 },
      { slug: 'x', title: 'Dữ liệu', description: '', order: 2 },
      { slug: 't', title: 'Tin', description: '', order: 1 },
    ]);
    expect(sorted.map((c) => c.slug)).toEqual(['t', 'x', 'd']);
  });
  it('makes unique terms with ASCII slugs', () => {
    expect(uniqueTerms(['Đồng Nai', 'đồng nai', ' Khởi  nghiệp '])).toEqual([
      { name: 'Đồng Nai', slug: 'dong-nai' },
      { name: 'Khởi nghiệp', slug: 'khoi-nghiep' },
    ]);
  });
  it('groups by category and by term', () => {
    const tag = { name: 'X', slug: 'x' };
    const list = sortNewestFirst([article('a', 1, { tags: [tag] }), article('b', 2, { categorySlug: 'b', tags: [tag] })]);
    expect([...groupByCategory(list).keys()]).toEqual(['b', 'a']);
    expect(groupByTerm(list, (a) => a.tags).get('x')!.articles.map((a) => a.slug)).toEqual(['b', 'a']);
  });
  it('ranks related articles by shared tags and category, excluding the article itself', () => {
    const t1 = { name: 'T1', slug: 't1' };
    const t2 = { name: 'T2', slug: 't2' };
    const self = article('self', 10, { tags: [t1, t2] });
    const list = sortNewestFirst([
      self,
      article('same-cat-old', 1),
      article('same-cat-new', 9),
      article('two-tags-other-cat', 2, { categorySlug: 'z', tags: [t1, t2] }),
      article('one-tag-same-cat', 3, { tags: [t1] }),
      article('unrelated', 11, { categorySlug: 'z' }),
    ]);
    const relatedTo = relatedArticlesFinder(list, groupByCategory(list), groupByTerm(list, (a) => a.tags));
    expect(relatedTo(self, 6).map((a) => a.slug)).toEqual(['one-tag-same-cat', 'two-tags-other-cat', 'same-cat-new', 'same-cat-old']);
    expect(relatedTo(self, 2).map((a) => a.slug)).toEqual(['one-tag-same-cat', 'two-tags-other-cat']);
    expect(relatedTo(self, 0)).toEqual([]);
  });
  it('finds for every article of a large catalog what scoring each candidate one by one finds', () => {
    // The plain definition: every candidate of the article's groups (the newest `cut` of each) scored
    // in a map, sorted by score, then newest first.
    const reference = (self: Article, list: Article[], cut: number, limit: number) => {
      const scores = new Map<Article, number>();
      const add = (group: Article[], points: number) => {
        for (const candidate of group.slice(0, cut)) if (candidate !== self) scores.set(candidate, (scores.get(candidate) ?? 0) + points);
      };
      add(list.filter((a) => a.categorySlug === self.categorySlug), 3);
      for (const tag of self.tags) add(list.filter((a) => a.tags.some((t) => t.slug === tag.slug)), 2);
      return [...scores].sort(([a, x], [b, y]) => y - x || compareNewestFirst(a, b)).slice(0, limit).map(([a]) => a.slug);
    };
    let seed = 11;
    const next = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const tags = Array.from({ length: 12 }, (_, i) => ({ name: `T${i}`, slug: `t${i}` }));
    const list = sortNewestFirst(
      // Few distinct dates, so ties between equally scored candidates are broken by slug.
      Array.from({ length: 400 }, (_, i) =>
        article(`bai-${i}`, next(40), { categorySlug: `c${next(4)}`, tags: [...new Set(Array.from({ length: next(4) }, () => tags[next(12)]!))] }),
      ),
    );
    for (const cut of [5, 200]) {
      const relatedTo = relatedArticlesFinder(list, groupByCategory(list), groupByTerm(list, (a) => a.tags), cut);
      for (const self of list) {
        for (const limit of [1, 6]) expect(relatedTo(self, limit).map((a) => a.slug), `${self.slug}, ${cut}, ${limit}`).toEqual(reference(self, list, cut, limit));
      }
    }
  });
  it('picks the newest featured article as the lead story', () => {
    const list = sortNewestFirst([
      article('new', 9, { image: { src: 1, alt: 'a' } }),
      article('feat', 5, { featured: true }),
      article('old-feat', 2, { featured: true }),
      article('img1', 4, { image: { src: 1, alt: 'a' } }),
      article('plain', 3),
    ]);
    const home = selectHomeStories(list, 2, 10);
    expect(home.lead!.slug).toBe('feat');
    expect(home.secondary.map((a) => a.slug)).toEqual(['new', 'img1']);
    expect(home.latest.map((a) => a.slug)).toEqual(['plain', 'old-feat']);
    expect(selectHomeStories(sortNewestFirst([article('x', 1), article('y', 2)])).lead!.slug).toBe('y');
  });
  it('estimates reading time', () => {
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(1100)).toBe(5);
  });
});

describe('content contract', () => {
  const valid = `---
title: "Tiêu đề"
description: Sapo
category: tin-khcn
publishedAt: 2022-09-29 16:02:00
tags: [a, b]
---
Nội dung`;

  it('keeps frontmatter dates as strings and reads them as Vietnam time', () => {
    const { data, body } = parseContentFile(valid);
    expect(data.publishedAt).toBe('2022-09-29 16:02:00');
    expect(body.trim()).toBe('Nội dung');
    const article = articleSchema.parse(data);
    expect(article.publishedAt.toISOString()).toBe('2022-09-29T09:02:00.000Z');
    expect(article).toMatchObject({ draft: false, featured: false, tags: ['a', 'b'], documents: [] });
  });
  it('normalizes text to NFC', () => {
    const article = articleSchema.parse({ ...parseContentFile(valid).data, title: 'Đổi mới'.normalize('NFD') });
    expect(article.title).toBe('Đổi mới');
  });
  it('rejects missing fields, bad dates, bad categories, updatedAt before publishedAt and images without alt', () => {
    const base = parseContentFile(valid).data;
    const issues = (data: Record<string, unknown>) => {
      const result = articleSchema.safeParse(data);
      return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
    };
    expect(issues({ ...base, title: undefined })).toEqual(['title']);
    expect(issues({ ...base, publishedAt: '29/09/2022' })).toEqual(['publishedAt']);
    expect(issues({ ...base, category: 'Tin KHCN' })).toEqual(['category']);
    expect(issues({ ...base, updatedAt: '2022-09-01' })).toEqual(['updatedAt']);
    expect(issues({ ...base, image: { src: './a.jpg' } })).toEqual(['image.alt']);
    expect(issues({ ...base, draft: 'yes' })).toEqual(['draft']);
  });
  it('validates categories', () => {
    expect(categorySchema.parse({ title: 'Tin', order: 2 })).toEqual({ title: 'Tin', description: '', order: 2 });
    expect(categorySchema.safeParse({ title: '', order: 1 }).success).toBe(false);
  });
});
