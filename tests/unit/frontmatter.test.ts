import matter from 'gray-matter';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { parseContentFile } from '../../src/lib/frontmatter.ts';

/** What gray-matter gives for the whole file, as parseContentFile did before it passed only the block. */
function wholeFileParse(source: string) {
  const result = matter(source, { engines: { yaml: (text: string) => (yaml.load(text, { schema: yaml.CORE_SCHEMA }) ?? {}) as object } });
  const bodyOffset = source.length - result.content.length;
  return { data: { ...result.data }, body: result.content, bodyStartLine: source.slice(0, bodyOffset).split('\n').length };
}

describe('frontmatter parsing', () => {
  const cases: Record<string, string> = {
    usual: '---\ntitle: Bài một\npublishedAt: 2022-09-29 16:02:00\n---\n\nNội dung\n',
    'CRLF line breaks': '---\r\ntitle: Bài hai\r\n---\r\n\r\nNội dung\r\n',
    'body right after the block': '---\ntitle: x\n---\nNội dung',
    'no body': '---\ntitle: x\n---',
    'no body, final line break': '---\ntitle: x\n---\n',
    'closing delimiter followed by text': '---\ntitle: x\n---- thêm\nNội dung',
    'a later line of dashes in the body': '---\ntitle: x\n---\nĐoạn\n\n---\n\nĐoạn sau\n',
    'empty block': '---\n---\nNội dung\n',
    'only comments': '---\n# ghi chú\n---\nNội dung\n',
    'never closed': '---\ntitle: x\nsummary: Nội dung\n',
    'no frontmatter': 'Nội dung không có phần đầu\n',
    'four dashes first': '----\ntitle: x\n---\nNội dung\n',
    'language after the opening': '---yaml\ntitle: x\n---\nNội dung\n',
    'byte order mark': '\uFEFF---\ntitle: x\n---\nNội dung\n',
  };
  for (const [name, source] of Object.entries(cases)) {
    it(`gives what gray-matter gives for the whole file: ${name}`, () => {
      expect(parseContentFile(source)).toEqual(wholeFileParse(source));
    });
  }

  it('reports the line the body starts on', () => {
    expect(parseContentFile('---\ntitle: x\nsummary: y\n---\n\nNội dung\n').bodyStartLine).toBe(5);
  });

  it('throws on bad YAML with its line', () => {
    expect(() => parseContentFile('---\ntitle: x\n  bad: [\n---\nNội dung\n')).toThrow(yaml.YAMLException);
  });
});
