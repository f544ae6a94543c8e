/**
 * Escaping for text placed into XML and HTML we write by hand (news sitemap, XSL, customData of
 * @astrojs/rss). One function serves both: the five characters are special in both languages.
 */
import { removeControlCharacters } from './text.ts';

const SPECIAL = /[&<>"']/g;
// &#39; rather than &apos;: the same in XML, and also understood by HTML 4-era parsers in feed readers.
const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes &, <, >, " and ' (text nodes and attribute values alike). Escaping twice is a bug: call it once, on raw text. */
export function escapeMarkup(text: string): string {
  return text.replace(SPECIAL, (character) => ENTITY[character] ?? character);
}

/** Raw text → XML text: control characters XML forbids are dropped, then it is escaped. */
export function xmlText(text: string): string {
  return escapeMarkup(removeControlCharacters(text));
}

const SCRIPT_UNSAFE_IN_JSON = /[<>&\u2028\u2029]/g;

/**
 * JSON for a `<script type="application/ld+json">` element. JSON.stringify leaves "</script>"
 * and "<!--" intact, which would end or break the element, so <, > and & become \u escapes
 * (still the same JSON); U+2028/U+2029 likewise, for old JavaScript parsers.
 */
export function jsonForScript(value: unknown): string {
  // One pass: this runs for every JSON-LD block of every page.
  return JSON.stringify(value).replace(SCRIPT_UNSAFE_IN_JSON, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
