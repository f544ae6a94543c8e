/**
 * MDX syntax errors (an unclosed `<b>`, a stray `{`) would otherwise stop `astro build` with an English
 * compiler error. This parses an .mdx body with Sätteri, the MDX parser Astro's MDX integration itself
 * uses, and explains the first error in Vietnamese. Sätteri comes with @astrojs/mdx; if it cannot be
 * loaded the check is skipped (the build still reports the error).
 */
import { createRequire } from 'node:module';

type ParseMdx = (source: string) => unknown;

let parser: ParseMdx | null | undefined;

function loadParser(): ParseMdx | null {
  if (parser === undefined) {
    try {
      const satteri = createRequire(import.meta.url)('satteri') as { mdxToMdast?: ParseMdx };
      parser = typeof satteri.mdxToMdast === 'function' ? satteri.mdxToMdast : null;
    } catch {
      parser = null;
    }
  }
  return parser;
}

export interface MdxSyntaxError {
  /** 1-based line within the parsed text. */
  line: number;
  column: number;
  message: string;
  hint: string;
}

/** The first MDX syntax error in `source`, explained; undefined when it parses (or no parser is available). */
export function findMdxSyntaxError(source: string): MdxSyntaxError | undefined {
  const parse = loadParser();
  if (!parse) return undefined;
  try {
    parse(source);
    return undefined;
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    const position = /^(\d+):(\d+)/.exec(text);
    const line = position ? Number(position[1]) : 1;
    const column = position ? Number(position[2]) : 1;
    const tag = /closing tag for `(<[^`>]+>)`/.exec(text)?.[1];
    const escapeHint = 'Muốn viết chính dấu < hoặc { trong câu, hãy viết \\< hoặc \\{. Nếu bài không cần thành phần đặc biệt của MDX, hãy đổi đuôi tệp thành .md.';
    if (tag) {
      const name = /^<\/?([\w.-]*)/.exec(tag)?.[1] ?? '';
      return {
        line,
        column,
        message: `Nội dung viết sai cú pháp MDX: thẻ ${tag} chưa được đóng.`,
        hint: `Thêm thẻ đóng </${name}> (hoặc viết thẻ tự đóng dạng <${name} />). ${escapeHint}`,
      };
    }
    if (/brace|expression/i.test(text)) {
      return { line, column, message: 'Nội dung viết sai cú pháp MDX: dấu ngoặc nhọn { } chưa đóng hoặc viết sai.', hint: escapeHint };
    }
    return { line, column, message: 'Nội dung viết sai cú pháp MDX.', hint: escapeHint };
  }
}
