/**
 * Vietnamese text helpers: Unicode normalization, diacritic folding, slugs, collation.
 * Plain TypeScript so the build, the editor CLI and the tests share one implementation.
 */

/** Editors paste decomposed (NFD) text from macOS and old tools; everything we store is NFC. */
export function toNFC(text: string): string {
  return text.normalize('NFC');
}

/** Recursively NFC-normalizes every string inside plain objects and arrays. */
export function normalizeDeep<T>(value: T): T {
  if (typeof value === 'string') return value.normalize('NFC') as T;
  if (Array.isArray(value)) return value.map((item) => normalizeDeep(item)) as T;
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = normalizeDeep(item);
    return out as T;
  }
  return value;
}

const COMBINING_MARKS = /[\u0300-\u036f]/g;

/**
 * Removes tone and vowel marks and maps đ/Đ to d/D. Unicode gives đ no decomposition,
 * so NFD alone leaves it in place: it needs its own replacement.
 */
export function foldVietnamese(text: string): string {
  return text.normalize('NFD').replace(COMBINING_MARKS, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC');
}

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isValidSlug(candidate: string): boolean {
  return SLUG_PATTERN.test(candidate);
}

/**
 * ASCII slug from Vietnamese text ("Đổi mới sáng tạo" → "doi-moi-sang-tao").
 * With maxLength the slug is cut at a hyphen so no word is split.
 */
export function slugify(text: string, maxLength?: number): string {
  const slug = foldVietnamese(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (maxLength === undefined || slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : slug.slice(0, maxLength)).replace(/-+$/, '');
}

/** Vietnamese alphabetical order: A Ă Â … D Đ … O Ô Ơ … U Ư. */
export const vietnameseCollator = new Intl.Collator('vi');

export function compareVietnamese(a: string, b: string): number {
  return vietnameseCollator.compare(a, b);
}

const LETTER = 1;
const NUMBER = 2;
const OTHER = 3;
/** Character classes of the Basic Multilingual Plane, filled in as characters are first seen. */
const bmpClasses = new Uint8Array(0x10000);

function classify(codePoint: number): number {
  const character = String.fromCodePoint(codePoint);
  return /\p{L}/u.test(character) ? LETTER : /\p{N}/u.test(character) ? NUMBER : OTHER;
}

function characterClass(codePoint: number): number {
  if (codePoint > 0xffff) return classify(codePoint);
  let known = bmpClasses[codePoint]!;
  if (known === 0) known = bmpClasses[codePoint] = classify(codePoint);
  return known;
}

const isApostrophe = (code: number) => code === 0x27 || code === 0x2019;

/**
 * Approximate word count: Vietnamese is written one syllable per whitespace-separated token.
 * Counts the matches of the Unicode pattern `[\p{L}\p{N}]+(?:['’]\p{L}+)*` without building them
 * (it runs over every article body of the archive on each build).
 */
export function countWords(text: string): number {
  // 0: between words; 1: in letters and digits; 2: in letters after an apostrophe (a digit starts a new word).
  let state = 0;
  let count = 0;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.codePointAt(index)!;
    if (code > 0xffff) index += 1;
    const kind = characterClass(code);
    if (kind === LETTER || (kind === NUMBER && state !== 2)) {
      if (state === 0) {
        count += 1;
        state = 1;
      }
    } else if (kind === NUMBER) {
      count += 1;
      state = 1;
    } else if (state !== 0 && isApostrophe(code) && index + 1 < text.length && characterClass(text.codePointAt(index + 1)!) === LETTER) {
      state = 2;
    } else {
      state = 0;
    }
  }
  return count;
}

/** Markdown/MDX without what is not text: MDX imports, code blocks, tags, images, link targets. */
function markdownWithoutNonText(markdown: string): string {
  return markdown
    .replace(/^\s*(import|export)\s.*$/gm, ' ')
    .replace(/```[\s\S]*?```/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');
}

/** Strips Markdown/MDX syntax well enough to count words and build plain-text excerpts. */
export function markdownToPlainText(markdown: string): string {
  return markdownWithoutNonText(markdown)
    .replace(/[#>*_`|~-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * countWords(markdownToPlainText(markdown)), without the last two passes over the text: the marks
 * they turn into spaces, and the spaces they collapse, separate words for countWords anyway. (It
 * runs over every body of the archive when the content is first loaded.)
 */
export function markdownWordCount(markdown: string): number {
  return countWords(markdownWithoutNonText(markdown));
}

// Regular expression literals, not `new RegExp`: the client search script imports this module, and
// only literals are left out of its bundle when unused. After a tag's name, `(?:[^>"']|"[^"]*"|'[^']*')*>`
// reads up to the tag's end, past any ">" inside a quoted attribute value.
/** Elements inside a word ("CO<sub>2</sub>", "<strong>Việt</strong>nam"): removed without a space. */
const INLINE_TAG = /<\/?(?:a|abbr|b|bdi|bdo|cite|code|data|del|dfn|em|i|ins|kbd|mark|q|s|samp|small|span|strong|sub|sup|time|u|var)\b(?:[^>"']|"[^"]*"|'[^']*')*>/gi;
const ANY_TAG = /<\/?[a-z][a-z0-9-]*(?:[^>"']|"[^"]*"|'[^']*')*>/gi;
/** Content readers do not read as text: code listings, scripts, styles, comments. */
const SKIPPED_CONTENT = /<(pre|script|style|template)\b(?:[^>"']|"[^"]*"|'[^']*')*>[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->/gi;
const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (entity, name: string) => {
    if (name[0] !== '#') return NAMED_ENTITIES[name.toLowerCase()] ?? entity;
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
  });
}

/**
 * The text a reader sees in rendered article HTML, on one line: tags removed (block elements
 * separate words, inline ones do not), code listings left out, entities decoded.
 */
export function htmlToPlainText(html: string): string {
  return decodeEntities(html.replace(SKIPPED_CONTENT, ' ').replace(INLINE_TAG, '').replace(ANY_TAG, ' '))
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Characters XML 1.0 forbids (C0 controls except tab, newline and carriage return; U+FFFE/U+FFFF;
 * unpaired surrogates) and C1 controls, which are never intended text. Word and PDF copies bring
 * them in: vertical tab and form feed are Word's manual line and page breaks, so they become a
 * space; the rest is dropped. Without this one pasted character makes every feed invalid XML.
 * (No `u` flag: it is what lets the pattern see unpaired surrogate halves; emoji pairs are kept.)
 */
const BREAK_CONTROLS = /[\u000B\u000C]/g;
const FORBIDDEN_CHARACTERS =
  /[\u0000-\u0008\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Every character the two patterns above may touch: most texts have none, and this test is fast. */
const ANY_CONTROL_OR_SURROGATE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF\uD800-\uDFFF]/;

export function removeControlCharacters(text: string): string {
  if (!ANY_CONTROL_OR_SURROGATE.test(text)) return text;
  return text.replace(BREAK_CONTROLS, ' ').replace(FORBIDDEN_CHARACTERS, '');
}

/** A frontmatter text value as stored: NFC, no control characters, trimmed. */
export function cleanText(text: string): string {
  return removeControlCharacters(text.normalize('NFC')).trim();
}
