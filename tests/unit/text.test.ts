import { describe, expect, it } from 'vitest';
import { compareVietnamese, countWords, foldVietnamese, htmlToPlainText, isValidSlug, markdownToPlainText, markdownWordCount, normalizeDeep, slugify, toNFC } from '../../src/lib/text.ts';

describe('NFC normalization', () => {
  it('makes decomposed and composed Vietnamese equal', () => {
    const decomposed = 'Khởi nghiệp đổi mới'.normalize('NFD');
    expect(decomposed).not.toBe('Khởi nghiệp đổi mới');
    expect(toNFC(decomposed)).toBe('Khởi nghiệp đổi mới');
  });
  it('normalizes strings deep inside objects and arrays, leaving other values alone', () => {
    const when = new Date(0);
    const value = normalizeDeep({ a: 'Việt'.normalize('NFD'), b: ['Đà Nẵng'.normalize('NFD')], c: 3, d: when });
    expect(value).toEqual({ a: 'Việt', b: ['Đà Nẵng'], c: 3, d: when });
    expect(value.d).toBe(when);
  });
});

describe('folding and slugs', () => {
  it('folds tone marks and đ', () => {
    expect(foldVietnamese('Đường dây điện Ưu tiên')).toBe('Duong day dien Uu tien');
    expect(foldVietnamese('khởi nghiệp'.normalize('NFD'))).toBe('khoi nghiep');
  });
  it('makes ASCII slugs with đ → d', () => {
    expect(slugify('Đổi mới sáng tạo')).toBe('doi-moi-sang-tao');
    expect(slugify('Tiêu chuẩn – Đo lường – Chất lượng')).toBe('tieu-chuan-do-luong-chat-luong');
    expect(slugify('  Tây Ninh: 5G & AI!  ')).toBe('tay-ninh-5g-ai');
    expect(slugify('Đồng Nai'.normalize('NFD'))).toBe('dong-nai');
  });
  it('cuts long slugs at a word boundary', () => {
    const slug = slugify('Chương trình quốc gia về sử dụng năng lượng tiết kiệm và hiệu quả giai đoạn mới', 40);
    expect(slug.length).toBeLessThanOrEqual(40);
    expect(slug).toBe('chuong-trinh-quoc-gia-ve-su-dung-nang');
  });
  it('validates slugs', () => {
    expect(isValidSlug('tay-ninh')).toBe(true);
    expect(isValidSlug('Tây-Ninh')).toBe(false);
    expect(isValidSlug('tay--ninh')).toBe(false);
    expect(isValidSlug('-tay')).toBe(false);
  });
});

describe('Vietnamese collation', () => {
  it('orders the Vietnamese alphabet correctly', () => {
    const words = ['Ư', 'U', 'Đ', 'D', 'Ơ', 'Ô', 'O', 'Â', 'Ă', 'A', 'E', 'Ê'];
    expect([...words].sort(compareVietnamese)).toEqual(['A', 'Ă', 'Â', 'D', 'Đ', 'E', 'Ê', 'O', 'Ô', 'Ơ', 'U', 'Ư']);
  });
  it('sorts words as a Vietnamese reader expects', () => {
    expect(['Đồng Nai', 'Dầu khí', 'Ăn uống', 'An Giang', 'Bắc Ninh'].sort(compareVietnamese)).toEqual([
      'An Giang',
      'Ăn uống',
      'Bắc Ninh',
      'Dầu khí',
      'Đồng Nai',
    ]);
  });
});

describe('plain text and word counts', () => {
  it('counts Vietnamese syllables as words and ignores Markdown syntax', () => {
    const text = markdownToPlainText('## Tiêu đề\n\nMột **hai** [ba](https://x.vn) ![ảnh](a.png)\n\nimport X from "y";');
    expect(text).toBe('Tiêu đề Một hai ba');
    expect(countWords(text)).toBe(5);
  });

  it('counts the words of Markdown as in its plain text, by the shorter path', () => {
    const pieces = ['## ', 'Đề', '**', 'mục', '_', 'l’eau', "o'", '-', '---', '> ', '|', '~~', '`x`', '```js\nconst a = 1;\n```', '[liên kết](https://a.vn/x-y)', '![ảnh](b.png)', '<sub>2</sub>', 'CO', 'import X from "y";\n', '\n', ' ', '\t', '7', '٣', '😀'];
    let seed = 11;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let round = 0; round < 2000; round += 1) {
      const markdown = Array.from({ length: 1 + Math.floor(next() * 30) }, () => pieces[Math.floor(next() * pieces.length)]).join('');
      expect(markdownWordCount(markdown), JSON.stringify(markdown)).toBe(countWords(markdownToPlainText(markdown)));
    }
  });

  it('counts exactly what the word pattern matches, apostrophes, digits, emoji and all', () => {
    const reference = (text: string) => text.match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu)?.length ?? 0;
    const pieces = ['a', 'Đ', 'ự', '7', '٣', "'", '’', ' ', '\n', '-', '.', '😀', '𝒜', '\u0301', 'x1', "o'", 'ab’c', '\uD800'];
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let round = 0; round < 2000; round += 1) {
      const length = Math.floor(next() * 12);
      const text = Array.from({ length }, () => pieces[Math.floor(next() * pieces.length)]).join('');
      expect(countWords(text), JSON.stringify(text)).toBe(reference(text));
    }
    expect(countWords("rock'n'roll 12'ab l'3")).toBe(reference("rock'n'roll 12'ab l'3"));
  });
});

describe('heading ids', () => {
  it('are ASCII and unique within a document', async () => {
    const { createHeadingIdAllocator } = await import('../../src/lib/heading-ids.ts');
    const next = createHeadingIdAllocator();
    expect(next('Kết luận')).toBe('ket-luan');
    expect(next('Kết luận'.normalize('NFD'))).toBe('ket-luan-2');
    expect(next('Đường dây 500kV')).toBe('duong-day-500kv');
    expect(next('???')).toBe('muc');
  });
});

describe('body statistics', () => {
  it('counts the words of a Markdown body and reads the count the loader stored', async () => {
    const { BODY_WORDS_KEY, storedBodyWords } = await import('../../src/lib/body-stats.ts');
    expect(markdownWordCount('## Tiêu đề\n\nMột **hai** [ba](https://x.vn)')).toBe(5);
    expect(storedBodyWords({ title: 'A', [BODY_WORDS_KEY]: 812 })).toBe(812);
    expect(storedBodyWords({ title: 'A' })).toBeUndefined();
  });
  it('reads the plain text the loader stored for a body without stored HTML', async () => {
    const { BODY_TEXT_KEY, storedBodyText } = await import('../../src/lib/body-stats.ts');
    expect(storedBodyText({ [BODY_TEXT_KEY]: 'Một hai' })).toBe('Một hai');
    expect(storedBodyText({ title: 'A' })).toBeUndefined();
  });
});

describe('plain text of rendered HTML', () => {
  it('keeps what readers see: words split at blocks, joined across inline elements', () => {
    expect(htmlToPlainText('<h2 id="a">Tiêu đề</h2>\n<p>Khí CO<sub>2</sub> và <strong>Việt</strong>nam</p><ul><li>một</li><li>hai<br>ba</li></ul>')).toBe(
      'Tiêu đề Khí CO2 và Việtnam một hai ba',
    );
    expect(htmlToPlainText('<p>các-bon, 2020–2025</p>')).toBe('các-bon, 2020–2025');
  });
  it('leaves out code listings, scripts, styles and comments, and image addresses', () => {
    expect(htmlToPlainText('<p>trước</p><pre class="x"><code>const a = 1;\n\n</code></pre><!-- ghi chú --><script>x()</script><style>p{}</style><p>sau</p>')).toBe('trước sau');
    expect(htmlToPlainText('<p><img src="a.png" alt="a > b">chú thích <a href="/x?a=1&amp;b=2" title=\'c > d\'>liên kết</a></p>')).toBe('chú thích liên kết');
  });
  it('decodes entities once, and leaves unknown ones and bare ampersands as they are', () => {
    expect(htmlToPlainText('<p>A &amp; B &lt;p&gt; &quot;x&quot; &#39;y&#x27; &#7889;&nbsp;z &amp;lt;</p>')).toBe('A & B <p> "x" \'y\' ố z &lt;');
    expect(htmlToPlainText('<p>R&D &bogus; &#0; 1 < 2</p>')).toBe('R&D &bogus; &#0; 1 < 2');
  });
});
