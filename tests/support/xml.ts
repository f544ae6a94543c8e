/** Parsing XML in tests with a real parser (fast-xml-parser): well-formedness first, then a plain object. */
import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** Elements that may repeat, by path: always arrays, even when there is one. */
const REPEATED = new Set([
  'rss.channel.item',
  'rss.channel.item.category',
  'rss.channel.item.media:content',
  'urlset.url',
  'sitemapindex.sitemap',
]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  // Keep every value a string exactly as the document has it (no number parsing, no trimming).
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  isArray: (_name, jPath) => REPEATED.has(String(jPath)),
});

/**
 * Throws with the parser's message (line and column) unless `text` is well-formed XML.
 * XMLValidator is marked deprecated in favour of a separate package, but still ships and works.
 */
export function assertWellFormed(text: string): void {
  const result = XMLValidator.validate(text);
  if (result !== true) throw new Error(`Not well-formed XML: ${result.err.msg} (line ${result.err.line}, column ${result.err.col})`);
}

/** Characters XML 1.0 forbids anywhere in a document. */
export const FORBIDDEN_XML_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

export type XmlNode = any;

export function parseXml(text: string): XmlNode {
  assertWellFormed(text);
  return parser.parse(text);
}

/** Text of an element that may carry attributes (then its text is under "#text"). */
export function textOf(node: XmlNode): string {
  if (node === undefined || node === null) return '';
  if (typeof node === 'object') return String(node['#text'] ?? '');
  return String(node);
}
