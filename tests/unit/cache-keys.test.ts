import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/lib/articles.ts';
import { cacheKeyOf, cardFingerprint, cardKey } from '../../src/lib/cache-keys.ts';

const card = (fields: Partial<Article> = {}) =>
  ({
    slug: 'chuyen-doi-so-tai-ha-noi',
    title: 'Chuyển đổi số tại Hà Nội',
    description: 'Đẩy mạnh dịch vụ công trực tuyến.',
    publishedAt: new Date('2026-11-20T01:00:00Z'),
    status: 'published',
    ...fields,
  }) as Article;

describe('card keys for the incremental build', () => {
  it('is the key of the card fingerprint, the same for the same card and computed once per article', () => {
    const article = card();
    expect(cardKey(article)).toBe(cacheKeyOf(cardFingerprint(article)));
    expect(cardKey(card())).toBe(cardKey(article));
    // Kept for the article object: a later change to that object does not show (articles are not changed once loaded).
    const first = cardKey(article);
    (article as { title: string }).title = 'Tiêu đề khác';
    expect(cardKey(article)).toBe(first);
  });

  it('differs when anything a card shows differs', () => {
    const base = cardKey(card());
    for (const fields of [
      { slug: 'chuyen-doi-so-tai-hai-phong' },
      { title: 'Chuyển đổi số tại Hải Phòng' },
      { description: 'Mô tả khác.' },
      { publishedAt: new Date('2026-11-20T01:00:01Z') },
      { status: 'draft' },
      { image: { src: { src: '/_astro/anh.webp' }, alt: 'Ảnh' } },
    ] as Partial<Article>[]) {
      expect(cardKey(card(fields)), JSON.stringify(fields)).not.toBe(base);
    }
  });
});
