/**
 * The search page's state as a shareable URL: /tim-kiem/?q=…&chuyen-muc=…&nam=…&the=…&sap-xep=moi-nhat.
 * Parsing is forgiving (unknown or malformed values are dropped); serializing leaves out defaults,
 * so equal states always give the same URL.
 */
import { SLUG_PATTERN } from './text.ts';
import { hasMarks, normalizeQuery, strokeDToD } from './search-text.ts';
import { SEARCH_PATH } from './urls.ts';

export const SEARCH_PARAMS = {
  query: 'q',
  category: 'chuyen-muc',
  year: 'nam',
  tag: 'the',
  sort: 'sap-xep',
} as const;

export type SearchSort = 'relevance' | 'newest';

/** The URL value of each sort; relevance is the default and is not written. */
export const SORT_VALUES: Record<SearchSort, string> = {
  relevance: 'phu-hop',
  newest: 'moi-nhat',
};

export interface SearchState {
  query: string;
  /** Category slug ("doi-moi-sang-tao"), or '' for all. */
  category: string;
  /** Four-digit year, or '' for all. */
  year: string;
  /** Tag slug ("duong-day"), or '' for all. */
  tag: string;
  sort: SearchSort;
}

export const EMPTY_SEARCH_STATE: SearchState = { query: '', category: '', year: '', tag: '', sort: 'relevance' };

function slugParam(value: string | null): string {
  const clean = (value ?? '').trim().toLowerCase();
  return SLUG_PATTERN.test(clean) ? clean : '';
}

function yearParam(value: string | null): string {
  const clean = (value ?? '').trim();
  return /^(19|20|21)\d{2}$/.test(clean) ? clean : '';
}

function sortParam(value: string | null): SearchSort {
  return (value ?? '').trim() === SORT_VALUES.newest ? 'newest' : 'relevance';
}

/** Reads the state from a query string ("?q=…"), URLSearchParams or a full URL. */
export function parseSearchState(input: string | URLSearchParams | URL): SearchState {
  const params =
    input instanceof URLSearchParams
      ? input
      : input instanceof URL
        ? input.searchParams
        : new URLSearchParams(input.includes('?') ? input.slice(input.indexOf('?') + 1) : input);
  return {
    query: normalizeQuery(params.get(SEARCH_PARAMS.query)),
    category: slugParam(params.get(SEARCH_PARAMS.category)),
    year: yearParam(params.get(SEARCH_PARAMS.year)),
    tag: slugParam(params.get(SEARCH_PARAMS.tag)),
    sort: sortParam(params.get(SEARCH_PARAMS.sort)),
  };
}

/** The query string for a state, without "?" ('' for the empty state). Defaults are left out. */
export function serializeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  const query = normalizeQuery(state.query);
  if (query) params.set(SEARCH_PARAMS.query, query);
  if (state.category) params.set(SEARCH_PARAMS.category, state.category);
  if (state.year) params.set(SEARCH_PARAMS.year, state.year);
  if (state.tag) params.set(SEARCH_PARAMS.tag, state.tag);
  if (state.sort !== 'relevance') params.set(SEARCH_PARAMS.sort, SORT_VALUES[state.sort]);
  return params.toString();
}

/** "/tim-kiem/?q=…" for a state ("/tim-kiem/" when empty). */
export function searchUrl(state: SearchState): string {
  const query = serializeSearchState(state);
  return query ? `${SEARCH_PATH}?${query}` : SEARCH_PATH;
}

/** Whether any filter narrows the results. */
export function hasFilters(state: SearchState): boolean {
  return Boolean(state.category || state.year || state.tag);
}

export function sameSearchState(a: SearchState, b: SearchState): boolean {
  return serializeSearchState(a) === serializeSearchState(b);
}

/** What the index is asked: null when there is nothing to look for (no query and no filter). */
export interface IndexRequest {
  /** The normalized query, or null to list by filters alone. */
  term: string | null;
  filters: Record<string, string>;
  sort: Record<string, 'asc' | 'desc'> | undefined;
}

/** Filter and sort keys in the index (see search-records.ts). */
export const INDEX_KEYS = {
  category: 'category',
  year: 'year',
  tag: 'tag',
  date: 'date',
} as const;

/**
 * Turns a state into an index request. Categories and tags are filtered by their Vietnamese names in
 * the index, so the caller passes the slug → name lookups; an unknown slug filters to nothing.
 * A listing by filters alone is always newest first.
 */
export function indexRequest(
  state: SearchState,
  names: { category: (slug: string) => string | undefined; tag: (slug: string) => string | undefined },
): IndexRequest | null {
  const term = normalizeQuery(state.query) || null;
  if (!term && !hasFilters(state)) return null;
  const filters: Record<string, string> = {};
  if (state.category) filters[INDEX_KEYS.category] = names.category(state.category) ?? `\u0000${state.category}`;
  if (state.year) filters[INDEX_KEYS.year] = state.year;
  if (state.tag) filters[INDEX_KEYS.tag] = names.tag(state.tag) ?? `\u0000${state.tag}`;
  const newest = state.sort === 'newest' || !term;
  return { term, filters, sort: newest ? { [INDEX_KEYS.date]: 'desc' } : undefined };
}

/**
 * Merges result lists in order, each result once: exact-mark matches first, then the index's other
 * matches, then matches found only through the folded query.
 */
export function mergeResults<T extends { id: string }>(...lists: (readonly T[])[]): T[] {
  const seen = new Set<string>();
  const merged: T[] = [];
  for (const list of lists) {
    for (const result of list) {
      if (seen.has(result.id)) continue;
      seen.add(result.id);
      merged.push(result);
    }
  }
  return merged;
}

/** One search to run in the index; `exactDiacritics` turns Pagefind's mark folding off. */
export interface IndexQuery {
  term: string | null;
  exactDiacritics: boolean;
}

/**
 * The searches behind one request, whose results are merged in this order (mergeResults):
 * - typed without marks: the query alone (Pagefind folds tone marks; hidden fields fold đ);
 * - typed with marks: exact-mark matches first, then the tone-folded matches, then, if the query has
 *   a đ, the matches of the query with d for đ ("đường" also finds "duong" and "Dương", last);
 * - sorted by date: one search that finds all of them (d for đ), since the index sorts it.
 */
export function indexQueries(request: IndexRequest): IndexQuery[] {
  const { term } = request;
  if (!term) return [{ term: null, exactDiacritics: false }];
  const broad = strokeDToD(term);
  if (request.sort) return [{ term: broad, exactDiacritics: false }];
  if (!hasMarks(term)) return [{ term, exactDiacritics: false }];
  const queries: IndexQuery[] = [
    { term, exactDiacritics: true },
    { term, exactDiacritics: false },
  ];
  if (broad !== term) queries.push({ term: broad, exactDiacritics: false });
  return queries;
}
