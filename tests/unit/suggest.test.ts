import { describe, expect, it } from 'vitest';
import { closestMatch, editDistance } from '../../src/lib/suggest.ts';

describe('edit distance', () => {
  it('counts insertions, deletions, substitutions and swapped neighbours as one edit each', () => {
    expect(editDistance('title', 'title')).toBe(0);
    expect(editDistance('titel', 'title')).toBe(1);
    expect(editDistance('tite', 'title')).toBe(1);
    expect(editDistance('tittle', 'title')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
});

describe('closest match', () => {
  const fields = ['title', 'description', 'category', 'publishedAt', 'updatedAt', 'author', 'tags', 'image', 'draft', 'featured'];
  it('suggests the field an editor meant', () => {
    expect(closestMatch('titel', fields)).toBe('title');
    expect(closestMatch('descripton', fields)).toBe('description');
    expect(closestMatch('PublishedAt', fields)).toBe('publishedAt');
    expect(closestMatch('publishedat', fields)).toBe('publishedAt');
    expect(closestMatch('tag', fields)).toBe('tags');
  });
  it('folds Vietnamese so a category written with diacritics finds its slug', () => {
    expect(closestMatch('chuyển-đổi-số', ['chuyen-doi-so', 'chuyen-doi-xanh', 'tin-khcn'])).toBe('chuyen-doi-so');
    expect(closestMatch('chuyen doi so', ['chuyen-doi-so', 'chuyen-doi-xanh'])).toBe('chuyen-doi-so');
  });
  it('suggests nothing when nothing is close', () => {
    expect(closestMatch('foo', fields)).toBeUndefined();
    expect(closestMatch('date', fields)).toBeUndefined();
    expect(closestMatch('hoan-toan-khac', ['tin-khcn'])).toBeUndefined();
    expect(closestMatch('x', [])).toBeUndefined();
  });
});
