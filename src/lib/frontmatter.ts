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

/** Parses frontmatter from already NFC-normalized source text. Throws js-yaml's YAMLException (with `mark.line`) on bad YAML. */
export function parseContentFile(source: string): ParsedContentFile {
  // Passing options also turns off gray-matter's per-string cache, which would keep stale data in watch mode.
  const result = matter(source, { engines: { yaml: yamlEngine } });
  const data = (result.data ?? {}) as Record<string, unknown>;
  const bodyOffset = source.length - result.content.length;
  const bodyStartLine = source.slice(0, bodyOffset).split('\n').length;
  return { data: { ...data }, body: result.content, bodyStartLine };
}
