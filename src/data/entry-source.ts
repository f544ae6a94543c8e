/** What the content loader makes of a content file's text before Astro validates it. */
import { parseContentFile, prepareContentSource } from '../lib/frontmatter.ts';
import { markdownWordCount } from '../lib/text.ts';

export interface EntrySource {
  /** Frontmatter as written (dates still strings; the schema reads them as Vietnam time). */
  data: Record<string, unknown>;
  /** The body, NFC and without control characters, trimmed as Astro trims it. */
  body: string;
  bodyWords: number;
}

export function readEntrySource(contents: string): EntrySource {
  const parsed = parseContentFile(prepareContentSource(contents));
  const body = parsed.body.trim();
  return { data: parsed.data, body, bodyWords: markdownWordCount(body) };
}
