/** Where the build hands the search records to the indexer, and where Pagefind writes its bundle. */

/** Written by src/pages/tim-kiem/search-records.json.ts, read and deleted by the search integration. */
export const SEARCH_RECORDS_FILE = 'tim-kiem/search-records.json';

/** Pagefind's default bundle folder inside the built site: /pagefind/pagefind.js is its API. */
export const PAGEFIND_DIR = 'pagefind';
export const PAGEFIND_SCRIPT_PATH = `/${PAGEFIND_DIR}/pagefind.js`;

export interface SearchRecordsFile {
  version: 1;
  cacheTag: string;
  records: import('./search-records.ts').SearchRecord[];
  /** searchRecordKeys of the records, for the next build to reuse unchanged ones. */
  recordKeys: string[];
  /** The code the records were built with (see the search integration): records of other code are not reused. */
  codeVersion: string;
}

/**
 * The records file's text from its fields and the records already as JSON (the indexer's worker
 * sends them so: parsing them here only to write them again would cost the rendering thread).
 */
export function searchRecordsFileJson(fields: Omit<SearchRecordsFile, 'records'>, recordsJson: string): string {
  // `fields` has keys, so its JSON ends in "}" after at least one of them.
  return `${JSON.stringify(fields).slice(0, -1)},"records":${recordsJson}}`;
}
