/**
 * Vietnamese text for search: query normalization, the folded words that the index carries for
 * what Pagefind cannot fold itself (đ/Đ), and highlighted excerpts that match with or without marks.
 * Plain TypeScript shared by the build (records) and the search page (queries, excerpts).
 */
import { foldVietnamese } from './text.ts';

/** Longest query we send to the index; longer input is cut at a word. */
export const MAX_QUERY_LENGTH = 120;

/**
 * The query as the index should see it: NFC (decomposed input from macOS or some Unikey settings
 * becomes composed), without control characters, single spaces, at most MAX_QUERY_LENGTH characters.
 * Case and marks are kept: Pagefind lowercases and folds marks itself, and ranks exact marks higher.
 */
export function normalizeQuery(raw: string | null | undefined): string {
  const text = (raw ?? '')
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (text.length <= MAX_QUERY_LENGTH) return text;
  const cut = text.slice(0, MAX_QUERY_LENGTH + 1);
  const lastSpace = cut.lastIndexOf(' ');
  return (lastSpace > 0 ? cut.slice(0, lastSpace) : text.slice(0, MAX_QUERY_LENGTH)).trim();
}

/** Lowercase, tone and vowel marks removed, đ → d: the form readers type without marks. */
export function foldForSearch(text: string): string {
  return foldVietnamese(text.normalize('NFC')).toLowerCase();
}

/** đ/Đ written as d/D, every other mark kept ("Đường" → "Dường"). */
export function strokeDToD(text: string): string {
  return text.replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

/** True when the query carries Vietnamese marks or đ (the reader typed them on purpose). */
export function hasMarks(query: string): boolean {
  const nfc = query.normalize('NFC');
  return foldVietnamese(nfc) !== nfc;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Words of a text (letters and digits), in order. */
export function words(text: string): string[] {
  return text.normalize('NFC').match(WORD) ?? [];
}

/** The folded words of a query, as the excerpt matches them ("Đường  dây" → ["duong", "day"]). */
export function queryTerms(query: string): string[] {
  return [...new Set(words(query).map(foldForSearch))];
}

/**
 * Words that contain đ/Đ, folded ("Đường dây điện" → "duong dien"), each once, in order of first use.
 * Pagefind folds tone marks by itself but not đ, so only these need a folded copy in the index.
 */
export function foldedDWords(...texts: string[]): string {
  const seen = new Set<string>();
  for (const text of texts) {
    for (const word of words(text)) {
      if (!/[đĐ]/.test(word)) continue;
      seen.add(foldForSearch(word));
    }
  }
  return [...seen].join(' ');
}

/** The whole text folded, when it contains đ/Đ (else empty: Pagefind already matches it). */
export function foldedIfD(text: string): string {
  return /[đĐ]/.test(text) ? words(text).map(foldForSearch).join(' ') : '';
}

export interface ExcerptPart {
  text: string;
  /** A word that matches one of the query terms. */
  mark: boolean;
}

export interface ExcerptOptions {
  /** Words in the excerpt (Pagefind's default is 30). */
  length?: number;
}

/**
 * A plain-text excerpt of `text` around the best cluster of query matches, split into parts with
 * matching words marked. A word matches a term when its folded form starts with the term, as in
 * Pagefind (prefix search), so "duong" marks "đường" and "khoi" marks "Khởi". Returns the opening
 * words when nothing matches. Callers render the parts as text nodes and <mark>s (never innerHTML).
 */
export function buildExcerpt(text: string, query: string | string[], { length = 30 }: ExcerptOptions = {}): ExcerptPart[] {
  const tokens = text.normalize('NFC').split(/\s+/).filter(Boolean);
  if (tokens.length === 0) return [];
  const terms = (Array.isArray(query) ? query : queryTerms(query)).filter(Boolean);
  const matchedTerm = tokens.map((token) => {
    if (terms.length === 0) return -1;
    for (const word of words(token).map(foldForSearch)) {
      const index = terms.findIndex((term) => word.startsWith(term));
      if (index >= 0) return index;
    }
    return -1;
  });

  // Best window: most distinct terms, then most matches, then earliest.
  let best = 0;
  let bestScore = -1;
  if (tokens.length > length && terms.length > 0) {
    for (let start = 0; start + length <= tokens.length; start += 1) {
      const window = matchedTerm.slice(start, start + length).filter((term) => term >= 0);
      if (window.length === 0) continue;
      const score = new Set(window).size * 1000 + window.length;
      if (score > bestScore) {
        bestScore = score;
        best = start;
      }
    }
    // Start a little before the first match so it has some context.
    if (bestScore >= 0) {
      const firstMatch = matchedTerm.findIndex((term, index) => index >= best && term >= 0);
      best = Math.max(0, Math.min(firstMatch - 3, tokens.length - length));
    }
  }
  const end = Math.min(tokens.length, best + length);

  const parts: ExcerptPart[] = [];
  const push = (text: string, mark: boolean) => {
    const last = parts[parts.length - 1];
    if (last && last.mark === mark && !mark) last.text += text;
    else parts.push({ text, mark });
  };
  if (best > 0) push('… ', false);
  for (let index = best; index < end; index += 1) {
    const token = tokens[index]!;
    if (index > best) push(' ', false);
    if (matchedTerm[index]! >= 0) {
      // Keep punctuation around the word outside the highlight: “đường,” → “<mark>đường</mark>,”.
      const match = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u.exec(token)!;
      if (match[1]) push(match[1], false);
      push(match[2]!, true);
      if (match[3]) push(match[3], false);
    } else {
      push(token, false);
    }
  }
  if (end < tokens.length) push(' …', false);
  return parts;
}

/**
 * The visible text of a record's content without its leading headline (records start with the title,
 * which the result already shows as its link). Leaves the text alone if it does not start with it.
 */
export function withoutLeadingTitle(content: string, title: string): string {
  const tokens = content.split(/\s+/).filter(Boolean);
  const titleTokens = title.normalize('NFC').split(/\s+/).filter(Boolean);
  if (titleTokens.length === 0 || tokens.length < titleTokens.length) return content;
  const same = titleTokens.every((token, index) => foldForSearch(token) === foldForSearch(tokens[index]!));
  return same ? tokens.slice(titleTokens.length).join(' ') : content;
}
