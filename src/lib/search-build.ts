/** Where the build hands the search records to the indexer, and where Pagefind writes its bundle. */

/** Written by src/pages/tim-kiem/search-records.bin.ts (search-records-file.ts), moved away by the search integration. */
export const SEARCH_RECORDS_FILE = 'tim-kiem/search-records.bin';

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
