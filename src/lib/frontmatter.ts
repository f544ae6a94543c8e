/**
 * Reads a content file's frontmatter exactly as the build does. YAML timestamps are kept as
 * strings (CORE_SCHEMA has no timestamp type): the default YAML schema would turn a naive
 * `2022-09-29 16:02:00` into 16:02 UTC, and our contract says it is Vietnam time.
 */
import matter from 'gray-matter';
import yaml from 'js-yaml';
import { removeControlCharacters } from './text.ts';

/**
 * The text of a content file as the build reads it: NFC (editors paste decomposed Vietnamese) and
 * without the control characters XML forbids (pasted from Word). Line breaks are kept, so line
 * numbers stay those of the file.
 */
export function prepareContentSource(raw: string): string {
  return removeControlCharacters(raw.normalize('NFC'));
}

export interface ParsedContentFile {
  data: Record<string, unknown>;
  body: string;
  /** 1-based line of the first body line in the file, for error messages. */
  bodyStartLine: number;
}

const yamlEngine = (source: string): object => {
  const parsed = yaml.load(source, { schema: yaml.CORE_SCHEMA });
  return (parsed ?? {}) as object;
};

/** gray-matter's delimiters: a file opens with `---` (not `----`) and the block ends at the next line starting with `---`. */
const OPENING = '---';
const CLOSING = '\n---';

/**
 * Parses frontmatter from already NFC-normalized source text. Throws js-yaml's YAMLException (with `mark.line`) on bad YAML.
 *
 * gray-matter is given only the frontmatter block, up to its closing delimiter, when there is one:
 * with the whole file it looks the text up in its cache (hashing all of it) and copies it into a
 * Buffer, ~35 µs per article, over a quarter of the content check's time at 10,000 articles. The body is
 * what gray-matter would give: the text after the closing delimiter, less the rest of that line's
 * break (a unit test compares both on edge cases).
 */
export function parseContentFile(source: string): ParsedContentFile {
  const closing = source.startsWith(OPENING) && source[OPENING.length] !== '-' ? source.indexOf(CLOSING, OPENING.length) : -1;
  const blockEnd = closing === -1 ? source.length : closing + CLOSING.length;
  // Passing options also turns off gray-matter's per-string cache, which would keep stale data in watch mode.
  const result = matter(source.slice(0, blockEnd), { engines: { yaml: yamlEngine } });
  const data = (result.data ?? {}) as Record<string, unknown>;
  let body = closing === -1 ? result.content : source.slice(blockEnd);
  if (closing !== -1) {
    if (body.startsWith('\r')) body = body.slice(1);
    if (body.startsWith('\n')) body = body.slice(1);
  }
  const bodyOffset = source.length - body.length;
  const bodyStartLine = source.slice(0, bodyOffset).split('\n').length;
  return { data: { ...data }, body, bodyStartLine };
}
