/**
 * Where each frontmatter field is written, so a message can say "dòng 7" instead of leaving an
 * editor to hunt. js-yaml only gives positions for syntax errors; this follows the indentation of
 * the block-style YAML editors write (`key: value`, nested keys, `- ` list items). Flow-style
 * values (`tags: [a, b]`) map to the line of their key, which is what a message needs.
 */

/** A field path as Zod reports it: `['image', 'alt']`, `['documents', 0, 'url']`. */
export type FieldPath = ReadonlyArray<PropertyKey>;

export function pathKey(path: FieldPath): string {
  return path.map((part) => String(part)).join('.');
}

/** `image.alt`, `tags[1]`, `documents[0].url`: how a field is named in messages. */
export function formatFieldPath(path: FieldPath): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

export interface FrontmatterBlock {
  /** 1-based line of the opening `---`. */
  startLine: number;
  /** 1-based line of the closing `---`, or undefined when it is missing. */
  endLine: number | undefined;
}

const FENCE = /^---\s*$/;

/** Finds the frontmatter fences the way gray-matter does: the file must start with `---`. */
export function findFrontmatterBlock(source: string): FrontmatterBlock | undefined {
  const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (!FENCE.test(lines[0] ?? '')) return undefined;
  for (let index = 1; index < lines.length; index += 1) {
    if (FENCE.test(lines[index] ?? '')) return { startLine: 1, endLine: index + 1 };
  }
  return { startLine: 1, endLine: undefined };
}

interface Frame {
  indent: number;
  path: PropertyKey[];
  isItem: boolean;
  itemCount: number;
}

const KEY = /^(?:"([^"]*)"|'([^']*)'|([^\s#'"\-?:][^:#]*?|-[^\s:#][^:#]*?))\s*:(?:\s|$)/;

/**
 * Maps each field path (see `pathKey`) to the 1-based file line where it is written. The first
 * occurrence wins. Lines outside the frontmatter are ignored.
 */
export function locateFrontmatterFields(source: string): Map<string, number> {
  const found = new Map<string, number>();
  const block = findFrontmatterBlock(source);
  if (!block) return found;
  const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
  const last = (block.endLine ?? lines.length + 1) - 1;
  const root: Frame = { indent: -1, path: [], isItem: false, itemCount: 0 };
  const stack: Frame[] = [root];
  const top = (): Frame => stack[stack.length - 1] ?? root;
  const record = (path: PropertyKey[], line: number) => {
    const key = pathKey(path);
    if (!found.has(key)) found.set(key, line);
  };

  for (let index = block.startLine; index < last; index += 1) {
    const raw = lines[index] ?? '';
    const lineNumber = index + 1;
    if (/^\s*(#.*)?$/.test(raw)) continue;
    let indent = raw.length - raw.trimStart().length;
    let rest = raw.trimStart();

    const item = /^-(\s+|$)/.exec(rest);
    if (item) {
      // A list item belongs to the nearest key above it (YAML allows the dash at the key's own indent).
      while (stack.length > 1 && (top().indent > indent || (top().isItem && top().indent >= indent))) stack.pop();
      const parent = top();
      const itemPath = [...parent.path, parent.itemCount];
      parent.itemCount += 1;
      record(itemPath, lineNumber);
      stack.push({ indent, path: itemPath, isItem: true, itemCount: 0 });
      indent += item[0].length;
      rest = rest.slice(item[0].length);
      if (!rest) continue;
    }

    const key = KEY.exec(rest);
    if (!key) continue;
    const name = (key[1] ?? key[2] ?? key[3] ?? '').trim();
    while (stack.length > 1 && top().indent >= indent) stack.pop();
    const path = [...top().path, name];
    record(path, lineNumber);
    stack.push({ indent, path, isItem: false, itemCount: 0 });
  }
  return found;
}

/** The line of a field, or of its nearest written parent (`image.alt` missing → the `image:` line). */
export function lineOfField(lines: Map<string, number>, path: FieldPath): number | undefined {
  for (let length = path.length; length > 0; length -= 1) {
    const line = lines.get(pathKey(path.slice(0, length)));
    if (line !== undefined) return line;
  }
  return undefined;
}
