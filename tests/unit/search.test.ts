import { describe, expect, it } from 'vitest';
import { formatWeekdayDate } from '../../src/lib/dates.ts';
import { htmlToPlainText } from '../../src/lib/text.ts';
import {
  buildSearchRecord,
  dateFromMeta,
  dateMetaValue,
  contentHash,
  DEFAULT_INDEX_POLICY,
  firstWords,
  indexedBody,
  searchRecordKeys,
  searchRecordsOf,
  type IndexedArticle,
  indexPolicyFromEnv,
  META_KEYS,
  type SearchSource,
} from '../../src/lib/search-records.ts';
import {
  EMPTY_SEARCH_STATE,
  hasFilters,
  indexQueries,
  indexRequest,
  mergeResults,
  parseSearchState,
  sameSearchState,
  searchUrl,
  serializeSearchState,
} from '../../src/lib/search-state.ts';
import {
  buildExcerpt,
  foldedDWords,
  foldedIfD,
  foldForSearch,
  hasMarks,
  MAX_QUERY_LENGTH,
  normalizeQuery,
  queryTerms,
  strokeDToD,
  withoutLeadingTitle,
  type ExcerptPart,
} from '../../src/lib/search-text.ts';

const marked = (parts: ExcerptPart[]) => parts.filter((part) => part.mark).map((part) => part.text);
const plain = (parts: ExcerptPart[]) => parts.map((part) => part.text).join('');

describe('query normalization', () => {
  it('composes decomposed (NFD) input and keeps case and marks', () => {
    const nfd = 'Đường  dây'.normalize('NFD');
    expect(nfd).not.toBe('Đường  dây');
    expect(normalizeQuery(nfd)).toBe('Đường dây');
    expect(normalizeQuery(`  khởi\tnghiệp\n`)).toBe('khởi nghiệp');
  });
  it('drops control characters and handles empty input', () => {
    expect(normalizeQuery('a\u0000b\u200bc')).toBe('a b c');
    expect(normalizeQuery(null)).toBe('');
    expect(normalizeQuery('   ')).toBe('');
  });
  it('cuts very long queries at a word', () => {
    const long = 'năng lượng '.repeat(40);
    const query = normalizeQuery(long);
    expect(query.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(query.endsWith('năng') || query.endsWith('lượng')).toBe(true);
  });
});

describe('folding for search', () => {
  it('folds tone marks, đ/Đ and case, for NFC and NFD alike', () => {
    expect(foldForSearch('Đường Dây')).toBe('duong day');
    expect(foldForSearch('KHỞI NGHIỆP'.normalize('NFD'))).toBe('khoi nghiep');
    expect(foldForSearch('Ưu tiên')).toBe('uu tien');
  });
  it('tells whether a query was typed with marks', () => {
    expect(hasMarks('khởi nghiệp')).toBe(true);
    expect(hasMarks('đ')).toBe(true);
    expect(hasMarks('Dương'.normalize('NFD'))).toBe(true);
    expect(hasMarks('khoi nghiep')).toBe(false);
    expect(hasMarks('500kV 2024')).toBe(false);
  });
  it('writes đ as d and keeps the other marks', () => {
    expect(strokeDToD('Đường đi')).toBe('Dường di');
  });
  it('splits queries into folded terms, once each', () => {
    expect(queryTerms('Đường, dây – ĐƯỜNG!')).toEqual(['duong', 'day']);
    expect(queryTerms('')).toEqual([]);
  });
  it('keeps one folded copy of each đ-word, and nothing Pagefind can fold itself', () => {
    expect(foldedDWords('Đường dây điện đường', 'Đổi mới; đường-dây')).toBe('duong dien doi');
    expect(foldedDWords('khởi nghiệp sáng tạo')).toBe('');
    expect(foldedDWords('Đồng Nai'.normalize('NFD'))).toBe('dong');
  });
  it('folds a whole title only when it has a đ', () => {
    expect(foldedIfD('Thử nghiệm đường dây 500kV')).toBe('thu nghiem duong day 500kv');
    expect(foldedIfD('Khởi nghiệp sáng tạo')).toBe('');
  });
});

describe('excerpts', () => {
  const text =
    'Đơn vị vận hành lắp đặt cảm biến theo dõi nhiệt độ dây dẫn. Các doanh nghiệp nhỏ và vừa đang ứng dụng công nghệ. ' +
    'Sau nhiều tháng, đường dây 500kV mạch 3 đã vận hành ổn định, theo Tổng công ty truyền tải điện.';
  it('marks words that match with or without marks, and đ as d', () => {
    const parts = buildExcerpt(text, 'duong day', { length: 12 });
    expect(marked(parts)).toEqual(['đường', 'dây']);
    expect(plain(parts)).toMatch(/^… .*đường dây 500kV.* …$/);
    expect(marked(buildExcerpt(text, 'ĐƯỜNG DÂY'.normalize('NFD'), { length: 12 }))).toEqual(['đường', 'dây']);
  });
  it('prefers the window with the most distinct terms', () => {
    const parts = buildExcerpt(text, 'dây 500kV', { length: 8 });
    expect(marked(parts)).toEqual(['dây', '500kV']);
  });
  it('keeps punctuation outside the highlight', () => {
    const parts = buildExcerpt('Hà Nội, Đà Nẵng.', 'da nang');
    expect(parts).toEqual([
      { text: 'Hà Nội, ', mark: false },
      { text: 'Đà', mark: true },
      { text: ' ', mark: false },
      { text: 'Nẵng', mark: true },
      { text: '.', mark: false },
    ]);
  });
  it('matches prefixes like the index does', () => {
    expect(marked(buildExcerpt('Chuyển đổi số toàn diện', 'chuy'))).toEqual(['Chuyển']);
  });
  it('gives the opening words when nothing matches or there is no query', () => {
    expect(plain(buildExcerpt('một hai ba bốn năm', 'zzz', { length: 3 }))).toBe('một hai ba …');
    expect(plain(buildExcerpt('một hai ba', ''))).toBe('một hai ba');
    expect(buildExcerpt('', 'x')).toEqual([]);
  });
  it('drops the leading headline of a record’s content', () => {
    expect(withoutLeadingTitle('Tiêu đề bài Mở đầu nội dung', 'Tiêu  đề bài')).toBe('Mở đầu nội dung');
    expect(withoutLeadingTitle('Nội dung khác', 'Tiêu đề')).toBe('Nội dung khác');
  });
});

describe('search URL state', () => {
  it('reads q, chuyen-muc, nam, the and sap-xep', () => {
    expect(parseSearchState('?q=%C4%91%C6%B0%E1%BB%9Dng+d%C3%A2y&chuyen-muc=doi-moi-sang-tao&nam=2022&the=duong-day&sap-xep=moi-nhat')).toEqual({
      query: 'đường dây',
      category: 'doi-moi-sang-tao',
      year: '2022',
      tag: 'duong-day',
      sort: 'newest',
    });
  });
  it('drops malformed values and normalizes the query to NFC', () => {
    const state = parseSearchState(new URLSearchParams({ q: ' Đồng  Nai '.normalize('NFD'), 'chuyen-muc': '../x', nam: '22', 'sap-xep': 'bogus' }));
    expect(state).toEqual({ ...EMPTY_SEARCH_STATE, query: 'Đồng Nai' });
    expect(parseSearchState(new URL('https://x.vn/tim-kiem/?nam=2024'))).toEqual({ ...EMPTY_SEARCH_STATE, year: '2024' });
  });
  it('writes only what differs from the defaults, in a fixed order', () => {
    expect(serializeSearchState(EMPTY_SEARCH_STATE)).toBe('');
    expect(searchUrl(EMPTY_SEARCH_STATE)).toBe('/tim-kiem/');
    const state = { query: 'khởi nghiệp', category: 'tin-khcn', year: '', tag: '', sort: 'newest' as const };
    expect(serializeSearchState(state)).toBe('q=kh%E1%BB%9Fi+nghi%E1%BB%87p&chuyen-muc=tin-khcn&sap-xep=moi-nhat');
    expect(parseSearchState(serializeSearchState(state))).toEqual(state);
    expect(searchUrl({ ...EMPTY_SEARCH_STATE, query: 'a&b' })).toBe('/tim-kiem/?q=a%26b');
  });
  it('compares states by their URL', () => {
    expect(sameSearchState({ ...EMPTY_SEARCH_STATE, query: 'a  b' }, { ...EMPTY_SEARCH_STATE, query: 'a b' })).toBe(true);
    expect(hasFilters(EMPTY_SEARCH_STATE)).toBe(false);
    expect(hasFilters({ ...EMPTY_SEARCH_STATE, year: '2024' })).toBe(true);
  });
});

describe('index requests', () => {
  const names = {
    category: (slug: string) => ({ 'doi-moi-sang-tao': 'Đổi mới sáng tạo' })[slug],
    tag: (slug: string) => ({ 'duong-day': 'Đường dây' })[slug],
  };
  it('asks nothing without a query or a filter', () => {
    expect(indexRequest(EMPTY_SEARCH_STATE, names)).toBeNull();
  });
  it('filters by Vietnamese names and year, and sorts by date when asked', () => {
    expect(indexRequest({ query: 'điện', category: 'doi-moi-sang-tao', year: '2022', tag: 'duong-day', sort: 'relevance' }, names)).toEqual({
      term: 'điện',
      filters: { category: 'Đổi mới sáng tạo', year: '2022', tag: 'Đường dây' },
      sort: undefined,
    });
    expect(indexRequest({ ...EMPTY_SEARCH_STATE, query: 'điện', sort: 'newest' }, names)!.sort).toEqual({ date: 'desc' });
  });
  it('lists by filters alone newest first, and an unknown slug filters to nothing', () => {
    const request = indexRequest({ ...EMPTY_SEARCH_STATE, category: 'khong-co' }, names)!;
    expect(request.term).toBeNull();
    expect(request.sort).toEqual({ date: 'desc' });
    expect(request.filters.category).not.toBe('');
    expect(request.filters.category).not.toBe('khong-co');
  });
  it('merges result lists in order, each result once', () => {
    const all = [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }];
    expect(mergeResults([{ id: 'c' }, { id: 'a' }], all, [{ id: 'e' }, { id: 'b' }]).map((r) => r.id)).toEqual(['c', 'a', 'b', 'd', 'e']);
    expect(mergeResults([], all)).toEqual(all);
  });
  it('searches exact marks first, then folded tones, then d for đ', () => {
    const request = (term: string | null, newest = false) => ({ term, filters: {}, sort: newest ? { date: 'desc' as const } : undefined });
    expect(indexQueries(request('khoi nghiep'))).toEqual([{ term: 'khoi nghiep', exactDiacritics: false }]);
    expect(indexQueries(request('khởi nghiệp'))).toEqual([
      { term: 'khởi nghiệp', exactDiacritics: true },
      { term: 'khởi nghiệp', exactDiacritics: false },
    ]);
    expect(indexQueries(request('Đường dây'))).toEqual([
      { term: 'Đường dây', exactDiacritics: true },
      { term: 'Đường dây', exactDiacritics: false },
      { term: 'Dường dây', exactDiacritics: false },
    ]);
    expect(indexQueries(request('Đường dây', true))).toEqual([{ term: 'Dường dây', exactDiacritics: false }]);
    expect(indexQueries(request(null))).toEqual([{ term: null, exactDiacritics: false }]);
  });
});

describe('search records', () => {
  const source: SearchSource = {
    url: '/tin-tuc/thu-nghiem-duong-day-500kv/',
    title: 'Thử nghiệm đường dây 500kV',
    lead: 'Đơn vị vận hành lắp đặt cảm biến.',
    body: 'Cảm biến đo nhiệt độ ___PAGEFIND_WEIGHT___9 liên tục trên đường dây.',
    category: 'Đổi mới sáng tạo',
    tags: ['Đường dây', 'Cảm biến'],
    publishedAt: '2022-09-29T16:02:00+07:00',
    year: '2022',
    image: { src: '/_astro/a.webp', srcset: '/_astro/a.webp 240w, /_astro/b.webp 480w', alt: 'Cảm biến gắn trên dây dẫn điện' },
  };
  const record = buildSearchRecord(source);

  it('carries url, title, date, category, tags, thumbnail, filters and the date sort', () => {
    expect(record.url).toBe(source.url);
    expect(record.language).toBe('vi');
    expect(record.meta).toMatchObject({
      title: 'Thử nghiệm đường dây 500kV',
      date: '1664442120',
      category: 'Đổi mới sáng tạo',
      tags: 'Đường dây, Cảm biến',
      image: '/_astro/a.webp',
      image_srcset: '/_astro/a.webp 240w, /_astro/b.webp 480w',
      image_alt: 'Cảm biến gắn trên dây dẫn điện',
    });
    expect(record.filters).toEqual({ category: ['Đổi mới sáng tạo'], year: ['2022'], tag: ['Đường dây', 'Cảm biến'] });
    expect(record.sort).toEqual({ date: '2022-09-29T16:02:00+07:00' });
  });
  it('puts the weighted headline, lead and body in the content, and no folded copy', () => {
    expect(record.content).toBe(
      '___PAGEFIND_WEIGHT___7 Thử nghiệm đường dây 500kV ___END_PAGEFIND_WEIGHT___ Đơn vị vận hành lắp đặt cảm biến. Cảm biến đo nhiệt độ liên tục trên đường dây.',
    );
    expect(record.content).not.toMatch(/duong|don vi/i);
  });
  it('keeps the folded đ-words in hidden metadata fields', () => {
    expect(record.meta[META_KEYS.foldTitle]).toBe('thu nghiem duong day 500kv');
    expect(record.meta[META_KEYS.foldText]).toBe('don dat do duong doi dien');
    const plainRecord = buildSearchRecord({ ...source, title: 'Khởi nghiệp', lead: 'Sáng tạo', body: 'Hỗ trợ', category: 'Tin KHCN', tags: [], image: undefined });
    expect(plainRecord.meta).toEqual({ title: 'Khởi nghiệp', date: dateMetaValue(source.publishedAt), category: 'Tin KHCN' });
    expect(plainRecord.filters).toEqual({ category: ['Tin KHCN'], year: ['2022'] });
  });
  it('normalizes decomposed text to NFC', () => {
    const nfd = buildSearchRecord({ ...source, title: source.title.normalize('NFD'), tags: ['Đường dây'.normalize('NFD')] });
    expect(nfd.meta.title).toBe(source.title);
    expect(nfd.filters.tag).toEqual(['Đường dây']);
  });
});

describe('records of the published articles', () => {
  const article: IndexedArticle = {
    slug: 'bai-a',
    title: 'Đường dây 500kV',
    description: 'Mở đầu.',
    categoryTitle: 'Tin KHCN',
    tags: [{ name: 'Đường dây' }],
    publishedAt: new Date('2026-11-19T01:00:00Z'),
    body: { html: '<h2 id="ket-qua">Kết quả</h2>\n<p>Cảm biến đo <strong>nhiệt độ</strong>.</p>' },
    digest: 'abc',
    imageAlt: 'Cảm biến',
  };
  const policy = { fullTextArticles: 1, openingWords: 2, maxBodyWords: 100 };
  const thumbnail = { src: '/_astro/a.webp', srcset: '/_astro/a.webp 480w' };

  it('ranks by the order given: the newest are indexed in full, older ones by their opening', () => {
    const older = { ...article, slug: 'bai-b', imageAlt: undefined };
    const [first, second] = searchRecordsOf([article, older], policy, () => thumbnail);
    expect(first!.url).toBe('/tin-tuc/bai-a/');
    expect(first!.content).toContain('Kết quả Cảm biến đo nhiệt độ');
    expect(first!.meta.image).toBe('/_astro/a.webp');
    expect(dateFromMeta(first!.meta.date)).toEqual(new Date('2026-11-19T08:00:00+07:00'));
    expect(second!.content.endsWith('Mở đầu. Kết quả')).toBe(true);
    expect(second!.meta.image).toBeUndefined();
  });

  it('keys each record by everything it is built from, and reuses records by key', () => {
    const keys = (articles: IndexedArticle[], thumb = thumbnail, withPolicy = policy) => searchRecordKeys(articles, withPolicy, () => thumb);
    const [key] = keys([article]);
    expect(keys([{ ...article }])).toEqual([key]);
    expect(keys([{ ...article, digest: 'abd' }])).not.toEqual([key]);
    expect(keys([{ ...article, digest: undefined, body: { html: '<p>khác</p>' } }])).not.toEqual(keys([{ ...article, digest: undefined }]));
    expect(keys([{ ...article, digest: undefined, body: { text: 'khác' } }])).not.toEqual(keys([{ ...article, digest: undefined, body: { text: 'khác nữa' } }]));
    expect(keys([article], { ...thumbnail, src: '/_astro/b.webp' })).not.toEqual([key]);
    expect(keys([{ ...article, categoryTitle: 'Chuyển đổi số' }])).not.toEqual([key]);
    // Second place is past the full-text window of this policy: indexed by its opening, so another key.
    expect(keys([article, article])[1]).not.toBe(key);
    expect(keys([article], thumbnail, { ...policy, maxBodyWords: 99 })).not.toEqual([key]);

    const built = searchRecordsOf([article], policy, () => thumbnail);
    const stored = { ...built[0]!, content: 'bản đã lưu' };
    const reused = searchRecordsOf([article], policy, () => thumbnail, { keys: [key!], recordFor: (wanted) => (wanted === key ? stored : undefined) });
    expect(reused[0]).toBe(stored);
    const rebuilt = searchRecordsOf([article], policy, () => thumbnail, { keys: [key!], recordFor: () => undefined });
    expect(rebuilt).toEqual(built);
  });
});

describe('index policy', () => {
  const text = Array.from({ length: 500 }, (_, index) => `từ${index}`).join(' ');
  it('indexes the newest articles in full and the opening of older ones', () => {
    const policy = { fullTextArticles: 2, openingWords: 10, maxBodyWords: 300 };
    for (const body of [{ text }, { html: `<p>${text}</p>` }]) {
      expect(indexedBody(body, 0, policy).split(' ')).toHaveLength(300);
      expect(indexedBody(body, 1, policy).split(' ')).toHaveLength(300);
      expect(indexedBody(body, 2, policy)).toBe(firstWords(text, 10));
    }
    expect(indexedBody({ text: 'ngắn' }, 5, policy)).toBe('ngắn');
    expect(indexedBody({ html: '<p>ngắn</p>' }, 5, policy)).toBe('ngắn');
    // An opening that is all listing still leads to the first word after it.
    const listingFirst = `<pre>${'mã '.repeat(1000)}</pre>\n<p>chữ đầu tiên</p>`;
    expect(indexedBody({ html: listingFirst }, 5, { ...policy, openingWords: 1 })).toBe('chữ');
    expect(firstWords('a  b c', 0)).toBe('');
  });
  it('takes the opening of older articles from the start of their HTML, as from the whole body', () => {
    const paragraph = (n: number) =>
      `<p>${Array.from({ length: 12 + (n % 9) }, (_, index) => `chữ${n}x${index}`).join(' ')} CO<sub>2</sub> &amp; <em>Việt</em>nam</p>`;
    const listing = '<pre class="astro-code"><code>mã nguồn\n\n<span>vẫn là mã</span> &lt;/pre&gt;</code></pre>';
    const comment = '<!-- ghi chú </p> -->';
    const list = '<ul>\n<li>mục <strong>một</strong> <a href="https://vi.wikipedia.org/wiki/Hà_Nội" title="a > b">liên kết</a></li>\n<li>mục hai</li>\n</ul>';
    const blocks = Array.from({ length: 300 }, (_, index) => [listing, comment, list][index % 5] ?? paragraph(index));
    const policy = { fullTextArticles: 0, openingWords: 60, maxBodyWords: 3000 };
    // Shifting the blocks one character at a time puts the cuts at every kind of place: inside tags,
    // attribute values, entities, words, listings and comments.
    for (let shift = 0; shift < 300; shift += 1) {
      const html = `<h2 id="mo-dau">Mở đầu ${'x'.repeat(shift)}</h2>\n${blocks.join('\n')}`;
      const plain = htmlToPlainText(html);
      expect(plain).not.toMatch(/mã|ghi chú|[<>]/);
      for (const openingWords of [1, 60, 150, 151, 152, 290, 291, 292, 293, 600, 5000]) {
        const opening = indexedBody({ html }, 3, { ...policy, openingWords });
        expect(opening === firstWords(plain, Math.min(openingWords, 3000)), `${shift}: ${openingWords} words`).toBe(true);
      }
    }
  });
  it('does not read a comment or listing that its first cut leaves open as text', () => {
    const policy = { fullTextArticles: 0, openingWords: 60, maxBodyWords: 3000 };
    for (const open of ['<!-- ghi chú <p>x</p> còn nữa -->', '<pre>mã <p>x</p> còn nữa</pre>']) {
      const filler = `<p>${'từ '.repeat(800)}`.slice(0, 1970);
      const html = `${filler}</p>\n${open}\n<p>sau đó</p>`;
      // The first 2,000 characters end after the block end inside the comment or listing.
      expect(html.indexOf('</p>', 1976)).toBeLessThan(1996);
      const fillerWords = htmlToPlainText(filler).split(' ').length;
      expect(indexedBody({ html }, 1, { ...policy, openingWords: fillerWords + 1 })).toBe(firstWords(htmlToPlainText(html), fillerWords + 1));
      expect(indexedBody({ html }, 1, { ...policy, openingWords: fillerWords + 1 }).endsWith('sau')).toBe(true);
    }
  });
  it('reads overrides from the environment and rejects nonsense', () => {
    expect(indexPolicyFromEnv({})).toEqual(DEFAULT_INDEX_POLICY);
    expect(indexPolicyFromEnv({ SEARCH_FULL_TEXT_ARTICLES: '500', SEARCH_OPENING_WORDS: ' 80 ' })).toEqual({
      ...DEFAULT_INDEX_POLICY,
      fullTextArticles: 500,
      openingWords: 80,
    });
    expect(() => indexPolicyFromEnv({ SEARCH_OPENING_WORDS: '-1' })).toThrow(/SEARCH_OPENING_WORDS/);
  });
  it('hashes content into a short stable cache tag', () => {
    expect(contentHash(['a', 'b'])).toBe(contentHash(['a', 'b']));
    expect(contentHash(['a', 'b'])).not.toBe(contentHash(['ab']));
    expect(contentHash([])).toMatch(/^[0-9a-z]+$/);
  });
});

describe('result dates', () => {
  it('writes the weekday and date in Vietnam time', () => {
    expect(formatWeekdayDate(new Date('2022-09-29T09:02:00Z'))).toBe('Thứ Năm, 29/09/2022');
    expect(formatWeekdayDate(new Date('2026-11-10T17:30:00Z'))).toBe('Thứ Tư, 11/11/2026');
  });
});

describe('publication time in the index', () => {
  it('is one word of Unix seconds, read back as the same instant', () => {
    const value = dateMetaValue('2022-09-29T16:02:00+07:00');
    expect(value).toBe('1664442120');
    expect(dateFromMeta(value)).toEqual(new Date('2022-09-29T09:02:00Z'));
  });
  it('reads times before 1970 too, and nothing else as a time', () => {
    expect(dateFromMeta(dateMetaValue('1965-01-02T08:00:00+07:00'))).toEqual(new Date('1965-01-02T01:00:00Z'));
    for (const value of [undefined, '', '2022-09-29T16:02:00+07:00', '16644x', '9'.repeat(20)]) expect(dateFromMeta(value)).toBeUndefined();
  });
});
