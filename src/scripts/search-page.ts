/**
 * The search page in the browser (loaded only by /tim-kiem/). Keeps the form and the URL in sync,
 * asks Pagefind (imported on demand from /pagefind/pagefind.js) and renders results. The Vietnamese
 * logic (query normalization, exact-marks-first ranking, excerpts, URL state) lives in src/lib.
 */
import { formatWeekdayDate, toVietnamISOString } from '../lib/dates.ts';
import { META_KEYS, dateFromMeta } from '../lib/search-records.ts';
import {
  EMPTY_SEARCH_STATE,
  hasFilters,
  indexQueries,
  indexRequest,
  mergeResults,
  parseSearchState,
  sameSearchState,
  searchUrl,
  SORT_VALUES,
  type IndexRequest,
  type SearchState,
} from '../lib/search-state.ts';
import { buildExcerpt, normalizeQuery, queryTerms, withoutLeadingTitle } from '../lib/search-text.ts';
import { ui } from '../lib/strings.ts';
import { slugify } from '../lib/text.ts';

interface PagefindResultData {
  url: string;
  content: string;
  meta: Record<string, string | undefined>;
}
interface PagefindResult {
  id: string;
  data(): Promise<PagefindResultData>;
}
interface PagefindResponse {
  results: PagefindResult[];
}
interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string | null, options?: { filters?: Record<string, string>; sort?: Record<string, string> }): Promise<PagefindResponse>;
  preload(term: string): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
}
interface SearchConfig {
  scriptPath: string;
  cacheTag: string;
  pageSize: number;
  metaWeights: Record<string, number>;
  categories: { slug: string; title: string }[];
}

const TYPING_DELAY_MS = 250;
const EXCERPT_WORDS = 30;

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const config = JSON.parse(byId('search-config').textContent ?? '{}') as SearchConfig;
const form = byId<HTMLFormElement>('search-form');
const queryInput = byId<HTMLInputElement>('search-query');
const categorySelect = byId<HTMLSelectElement>('search-category');
const yearSelect = byId<HTMLSelectElement>('search-year');
const sortSelect = byId<HTMLSelectElement>('search-sort');
const notice = byId<HTMLParagraphElement>('search-notice');
const status = byId<HTMLDivElement>('search-status');
const tagFilter = byId<HTMLDivElement>('search-tag-filter');
const tagFilterLabel = byId<HTMLSpanElement>('search-tag-filter-label');
const resultsSection = byId<HTMLElement>('search-results-section');
const resultsList = byId<HTMLOListElement>('search-results');
const progress = byId<HTMLParagraphElement>('search-progress');
const moreButton = byId<HTMLButtonElement>('search-more');
const emptyBox = byId<HTMLDivElement>('search-empty');
const emptyFilters = byId<HTMLLIElement>('search-empty-filters');

const categoryTitles = new Map(config.categories.map((category) => [category.slug, category.title]));

// ---------------------------------------------------------------- Pagefind, loaded on demand

let pagefindPromise: Promise<PagefindApi> | undefined;

function loadPagefind(): Promise<PagefindApi> {
  pagefindPromise ??= (async () => {
    const scriptPath = config.scriptPath;
    const pagefind = (await import(/* @vite-ignore */ scriptPath)) as PagefindApi;
    await pagefind.options({
      excerptLength: EXCERPT_WORDS,
      metaCacheTag: config.cacheTag,
      ranking: { metaWeights: config.metaWeights },
    });
    await pagefind.init();
    return pagefind;
  })();
  pagefindPromise.catch(() => {
    pagefindPromise = undefined;
  });
  return pagefindPromise;
}

let tagNamesPromise: Promise<Map<string, string>> | undefined;

/** Tag slug → the tag's name in the index (tags are filtered by name). */
function tagNames(pagefind: PagefindApi): Promise<Map<string, string>> {
  tagNamesPromise ??= pagefind.filters().then((filters) => new Map(Object.keys(filters.tag ?? {}).map((name) => [slugify(name), name])));
  return tagNamesPromise;
}

// ---------------------------------------------------------------- state and form

function stateFromForm(): SearchState {
  return {
    query: normalizeQuery(queryInput.value),
    category: categorySelect.value,
    year: yearSelect.value,
    tag: current.tag,
    sort: sortSelect.value === SORT_VALUES.newest ? 'newest' : 'relevance',
  };
}

function showStateInForm(state: SearchState): void {
  if (normalizeQuery(queryInput.value) !== state.query) queryInput.value = state.query;
  categorySelect.value = categoryTitles.has(state.category) ? state.category : '';
  yearSelect.value = [...yearSelect.options].some((option) => option.value === state.year) ? state.year : '';
  sortSelect.value = SORT_VALUES[state.sort];
}

let current: SearchState = { ...EMPTY_SEARCH_STATE };

function updateUrl(state: SearchState): void {
  const url = searchUrl(state);
  if (`${location.pathname}${location.search}` !== url) history.replaceState(null, '', url);
}

// ---------------------------------------------------------------- searching

interface Listing {
  state: SearchState;
  results: PagefindResult[];
  shown: number;
}

let generation = 0;
let queue: Promise<void> = Promise.resolve();
let listing: Listing | undefined;
let typingTimer: ReturnType<typeof setTimeout> | undefined;

function search(state: SearchState, { delay = 0 } = {}): void {
  clearTimeout(typingTimer);
  current = state;
  updateUrl(state);
  const run = () => {
    const mine = ++generation;
    queue = queue.then(() => runSearch(state, mine)).catch(showLoadError);
  };
  if (delay > 0) typingTimer = setTimeout(run, delay);
  else run();
}

async function findResults(pagefind: PagefindApi, request: IndexRequest): Promise<PagefindResult[]> {
  const options = { filters: request.filters, ...(request.sort ? { sort: request.sort } : {}) };
  const lists: PagefindResult[][] = [];
  // One at a time: exactDiacritics is an option of the Pagefind instance, not of a single search.
  for (const query of indexQueries(request)) {
    if (query.exactDiacritics) await pagefind.options({ exactDiacritics: true });
    try {
      lists.push((await pagefind.search(query.term, options)).results);
    } finally {
      if (query.exactDiacritics) await pagefind.options({ exactDiacritics: false });
    }
  }
  return mergeResults(...lists);
}

async function runSearch(state: SearchState, mine: number): Promise<void> {
  if (mine !== generation) return;
  if (!state.query && !hasFilters(state)) {
    // Nothing to look for: the index is not even loaded.
    listing = undefined;
    showTagFilter(state, new Map());
    renderIdle();
    return;
  }
  const pagefind = await loadPagefind();
  notice.hidden = true;
  const tags = state.tag ? await tagNames(pagefind) : new Map<string, string>();
  showTagFilter(state, tags);
  const request = indexRequest(state, { category: (slug) => categoryTitles.get(slug), tag: (slug) => tags.get(slug) });
  if (!request || mine !== generation) return;
  resultsList.setAttribute('aria-busy', 'true');
  const results = await findResults(pagefind, request);
  if (mine !== generation) return;
  listing = { state, results, shown: 0 };
  resultsList.replaceChildren();
  await showMore(mine, false);
  resultsList.removeAttribute('aria-busy');
  if (mine !== generation) return;
  const total = results.length;
  if (total === 0) {
    status.textContent = ui.searchNoResultsFor(state.query);
    emptyFilters.hidden = !hasFilters(state);
    emptyBox.hidden = false;
    resultsSection.hidden = true;
  } else {
    status.textContent = ui.searchResultCount(total, state.query);
    emptyBox.hidden = true;
    resultsSection.hidden = false;
  }
}

/** Renders the next page of results; with `focus`, moves focus to the first new result. */
async function showMore(mine: number, focus: boolean): Promise<void> {
  if (!listing) return;
  const { results, state } = listing;
  const page = results.slice(listing.shown, listing.shown + config.pageSize);
  const data = await Promise.all(page.map((result) => result.data()));
  if (mine !== generation || listing?.results !== results) return;
  const terms = queryTerms(state.query);
  const items = data.map((item) => resultItem(item, terms));
  resultsList.append(...items);
  listing.shown += items.length;
  const remaining = results.length - listing.shown;
  progress.textContent = ui.searchShowing(listing.shown, results.length);
  progress.hidden = results.length <= config.pageSize;
  moreButton.hidden = remaining <= 0;
  moreButton.textContent = ui.searchMore;
  moreButton.setAttribute('aria-label', ui.searchMoreLabel(Math.min(remaining, config.pageSize)));
  if (focus) items[0]?.querySelector<HTMLAnchorElement>('h2 a')?.focus();
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

function resultItem(data: PagefindResultData, terms: string[]): HTMLLIElement {
  const title = data.meta[META_KEYS.title] ?? data.url;
  const image = data.meta[META_KEYS.image];
  const card = element('article', { class: image ? 'card card-row has-image' : 'card card-row' });
  if (image) {
    const img = element('img', {
      src: image,
      alt: '',
      width: '240',
      height: '135',
      loading: 'lazy',
      decoding: 'async',
      sizes: '(min-width: 40rem) 10rem, 100vw',
    });
    const srcset = data.meta[META_KEYS.imageSrcset];
    if (srcset) img.setAttribute('srcset', srcset);
    card.append(element('a', { href: data.url, tabindex: '-1', 'aria-hidden': 'true' }, img));
  }
  const meta = element('p', { class: 'meta' });
  const category = data.meta[META_KEYS.category];
  if (category) meta.append(element('span', { class: 'search-category' }, category));
  const date = dateFromMeta(data.meta[META_KEYS.date]);
  if (date) meta.append(element('time', { datetime: toVietnamISOString(date) }, formatWeekdayDate(date)));
  const excerpt = element('p', { class: 'search-excerpt' });
  for (const part of buildExcerpt(withoutLeadingTitle(data.content, title), terms, { length: EXCERPT_WORDS })) {
    excerpt.append(part.mark ? element('mark', {}, part.text) : part.text);
  }
  card.append(element('div', { class: 'card' }, element('h2', {}, element('a', { href: data.url }, title)), meta, excerpt));
  return element('li', {}, card);
}

function renderIdle(): void {
  resultsList.replaceChildren();
  resultsSection.hidden = true;
  emptyBox.hidden = true;
  status.textContent = ui.searchIdle;
}

function showTagFilter(state: SearchState, tags: Map<string, string>): void {
  tagFilter.hidden = !state.tag;
  tagFilterLabel.textContent = state.tag ? `${ui.searchFilteredBy} ${ui.searchTagFilter(tags.get(state.tag) ?? state.tag)}` : '';
}

function showLoadError(error: unknown): void {
  console.error(error);
  resultsList.removeAttribute('aria-busy');
  status.textContent = '';
  notice.textContent = import.meta.env.DEV ? ui.searchUnavailableDev : ui.searchUnavailable;
  notice.hidden = false;
}

// ---------------------------------------------------------------- events

queryInput.addEventListener('focus', () => void loadPagefind().catch(() => undefined), { once: true });
queryInput.addEventListener('input', () => {
  const state = stateFromForm();
  if (sameSearchState(state, current)) return;
  if (state.query) void loadPagefind().then((pagefind) => pagefind.preload(state.query)).catch(() => undefined);
  search(state, { delay: TYPING_DELAY_MS });
});
for (const select of [categorySelect, yearSelect, sortSelect]) {
  select.addEventListener('change', () => search(stateFromForm()));
}
form.addEventListener('submit', (event) => {
  event.preventDefault();
  search(stateFromForm());
});
moreButton.addEventListener('click', () => {
  const mine = generation;
  queue = queue.then(() => showMore(mine, true)).catch(showLoadError);
});
byId<HTMLButtonElement>('search-clear-tag').addEventListener('click', () => {
  search({ ...stateFromForm(), tag: '' });
  queryInput.focus();
});
byId<HTMLButtonElement>('search-clear-filters').addEventListener('click', () => {
  const state = { ...stateFromForm(), category: '', year: '', tag: '' };
  showStateInForm(state);
  search(state);
  queryInput.focus();
});
window.addEventListener('popstate', () => {
  const state = parseSearchState(location.search);
  showStateInForm(state);
  search(state);
});

// The header's GET form (and any shared link) lands here with the search already in the URL.
const initial = parseSearchState(location.search);
showStateInForm(initial);
current = initial;
search(initial);
