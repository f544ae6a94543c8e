import { describe, expect, it } from 'vitest';
import { findFrontmatterBlock, formatFieldPath, lineOfField, locateFrontmatterFields } from '../../src/lib/frontmatter-lines.ts';

const source = [
  '---', // 1
  '# Tiêu đề', // 2
  'title: "Hội thảo: chuyển đổi số"', // 3
  'tags:', // 4
  '- khởi nghiệp', // 5
  '- "đổi mới"', // 6
  'image:', // 7
  '  src: ./images/a.jpg', // 8
  '  alt: "Ảnh"', // 9
  'documents:', // 10
  '  - title: "Kế hoạch"', // 11
  '    url: https://example.gov.vn/a.pdf', // 12
  '  - title: "Phụ lục"', // 13
  '    url: https://example.gov.vn/b.pdf', // 14
  'source: { name: "Báo", url: https://x.vn }', // 15
  'draft: false', // 16
  '---', // 17
  'url: not frontmatter', // 18
].join('\n');

describe('frontmatter field lines', () => {
  const lines = locateFrontmatterFields(source);
  it('finds top-level, nested and list fields', () => {
    expect(lines.get('title')).toBe(3);
    expect(lines.get('tags')).toBe(4);
    expect(lines.get('tags.0')).toBe(5);
    expect(lines.get('tags.1')).toBe(6);
    expect(lines.get('image')).toBe(7);
    expect(lines.get('image.src')).toBe(8);
    expect(lines.get('image.alt')).toBe(9);
    expect(lines.get('documents.0')).toBe(11);
    expect(lines.get('documents.0.title')).toBe(11);
    expect(lines.get('documents.0.url')).toBe(12);
    expect(lines.get('documents.1.url')).toBe(14);
    expect(lines.get('source')).toBe(15);
    expect(lines.get('draft')).toBe(16);
    expect(lines.has('url')).toBe(false);
  });
  it('falls back to the nearest written parent', () => {
    expect(lineOfField(lines, ['image', 'caption'])).toBe(7);
    expect(lineOfField(lines, ['source', 'name'])).toBe(15);
    expect(lineOfField(lines, ['author'])).toBeUndefined();
  });
  it('finds the fences like gray-matter', () => {
    expect(findFrontmatterBlock(source)).toEqual({ startLine: 1, endLine: 17 });
    expect(findFrontmatterBlock('---\ntitle: a\n')).toEqual({ startLine: 1, endLine: undefined });
    expect(findFrontmatterBlock('\n---\ntitle: a\n---\n')).toBeUndefined();
    expect(findFrontmatterBlock('\uFEFF---\r\ntitle: a\r\n---\r\n')).toEqual({ startLine: 1, endLine: 3 });
  });
  it('names fields as editors write them', () => {
    expect(formatFieldPath(['image', 'alt'])).toBe('image.alt');
    expect(formatFieldPath(['tags', 1])).toBe('tags[1]');
    expect(formatFieldPath(['documents', 0, 'url'])).toBe('documents[0].url');
  });
});
