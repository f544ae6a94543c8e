/**
 * The search records file (SEARCH_RECORDS_FILE, kept as the next build's previous records): a header
 * line with the file's fields as JSON, then the records in V8's serialization format (node:v8). A
 * rebuild reads it twice (the build script's early index and Astro's check of it): 26 MB of JSON at
 * 10,000 articles took 0.17–0.19 s to parse each time and 0.10 s to write, the records in V8's format
 * 0.03–0.04 s and 0.02 s (docs/performance.md, thirteenth round). The indexer's worker sends the
 * records it computed already serialized, so the page route only puts the two parts together. Node
 * only: the route and the integrations use it, never the browser.
 */
import fs from 'node:fs';
import v8 from 'node:v8';
import type { SearchRecordsFile } from './search-build.ts';
import type { SearchRecord } from './search-records.ts';

/** How the header line starts: what wrote the file, and which V8 can read its records. */
const HEADER_START = Buffer.from(`khcn-search-records 1 v8 ${process.versions.v8} `);
const NEWLINE = 0x0a;

/** The records in the form the file holds them. */
export function serializeRecords(records: readonly SearchRecord[]): Uint8Array {
  return v8.serialize(records);
}

/** The file's bytes from its fields and its records as serializeRecords gives them. */
export function searchRecordsFileBytes(fields: Omit<SearchRecordsFile, 'records'>, serializedRecords: Uint8Array): Uint8Array<ArrayBuffer> {
  // JSON escapes line breaks inside strings: the header ends at the first one.
  const header = Buffer.from(`${JSON.stringify(fields)}\n`);
  const bytes = new Uint8Array(HEADER_START.length + header.length + serializedRecords.length);
  bytes.set(HEADER_START, 0);
  bytes.set(header, HEADER_START.length);
  bytes.set(serializedRecords, HEADER_START.length + header.length);
  return bytes;
}

/**
 * The records file; throws when it is missing, damaged, written by another V8 or in an earlier form
 * (the callers then do without the previous records).
 */
export function readSearchRecordsFile(path: string): SearchRecordsFile {
  const bytes = fs.readFileSync(path);
  const headerEnd = bytes.indexOf(NEWLINE);
  if (headerEnd < 0 || !bytes.subarray(0, HEADER_START.length).equals(HEADER_START)) throw new Error(`${path}: not a search records file of this build`);
  const fields = JSON.parse(bytes.subarray(HEADER_START.length, headerEnd).toString('utf8')) as Omit<SearchRecordsFile, 'records'>;
  const records = v8.deserialize(bytes.subarray(headerEnd + 1)) as SearchRecord[];
  if (!Array.isArray(records)) throw new Error(`${path}: no records`);
  return { ...fields, records };
}
