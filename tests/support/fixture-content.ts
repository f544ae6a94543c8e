/**
 * Writes a small, fully known content folder for integration and browser tests. Tests read the
 * exported manifest instead of depending on the sample content in content/.
 */
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';

export interface FixtureArticle {
  slug: string;
  folder: string;
  title: string;
  description: string;
  category: string;
  publishedAt: string;
  updatedAt?: string;
  author?: string;
  tags?: string[];
  draft?: boolean;
  featured?: boolean;
  image?: { file: string; alt: string; caption?: string; credit?: string };
  extraFrontmatter?: string;
  body: string;
  /** What the build must do with it. */
  expected: 'published' | 'draft' | 'scheduled';
  /** Raw file text is written decomposed (NFD), as macOS pastes it. */
  decomposed?: boolean;
  /** File type; .md when absent. */
  extension?: 'md' | 'mdx';
}

export const fixtureCategories = [
  { slug: 'tin-khcn', title: 'Tin KHCN', description: 'Tin tức khoa học và công nghệ.', order: 1 },
  { slug: 'doi-moi-sang-tao', title: 'Đổi mới sáng tạo', description: 'Hoạt động đổi mới sáng tạo.', order: 2 },
  { slug: 'chuyen-doi-so', title: 'Chuyển đổi số', description: 'Chuyển đổi số trong ngành.', order: 3 },
];

const paragraph =
  'Các doanh nghiệp nhỏ và vừa đang đẩy mạnh ứng dụng công nghệ để nâng cao năng suất, giảm chi phí và mở rộng thị trường. ' +
  'Nhiều mô hình hợp tác giữa viện nghiên cứu và nhà máy đã cho kết quả tích cực.';

function body(extra = ''): string {
  return `## Bối cảnh\n\n${paragraph}\n\n${extra}\n\n## Kết quả\n\n- Điểm thứ nhất\n- Điểm thứ hai\n\n${paragraph}\n`;
}

/** 23 published articles in tin-khcn make its list two pages long (20 a page). */
const serialArticles: FixtureArticle[] = Array.from({ length: 23 }, (_, index) => {
  const n = index + 1;
  const day = String(1 + (index % 28)).padStart(2, '0');
  const month = String(1 + Math.floor(index / 28) + 2).padStart(2, '0');
  return {
    slug: `ban-tin-khcn-so-${n}`,
    folder: '2025',
    title: `Bản tin khoa học công nghệ số ${n}`,
    description: `Tóm tắt các sự kiện khoa học công nghệ nổi bật, bản tin số ${n}.`,
    category: 'tin-khcn',
    publishedAt: `2025-${month}-${day}T08:00:00+07:00`,
    author: n % 2 === 0 ? 'Đặng Thu Hà' : 'Lê Minh Quân',
    tags: n % 3 === 0 ? ['Bản tin', 'Đường dây'] : ['Bản tin'],
    body: body(),
    expected: 'published',
  };
});

export const fixtureArticles: FixtureArticle[] = [
  ...serialArticles,
  {
    slug: 'thu-nghiem-duong-day-500kv',
    folder: '2022',
    title: 'Thử nghiệm đường dây 500kV mạch 3 bằng cảm biến thông minh',
    description: 'Đơn vị vận hành lắp đặt cảm biến theo dõi nhiệt độ dây dẫn trên đường dây 500kV.',
    category: 'doi-moi-sang-tao',
    // A naive date-time: Vietnam time, 16:02 on Thursday 29/09/2022.
    publishedAt: '2022-09-29 16:02:00',
    updatedAt: '2022-10-01 09:15:00',
    author: 'Đặng Thu Hà',
    tags: ['Đường dây', 'Cảm biến'],
    featured: true,
    image: { file: 'cam-bien.png', alt: 'Cảm biến gắn trên dây dẫn điện', caption: 'Cảm biến nhiệt độ trên đường dây', credit: 'Ban biên tập' },
    extraFrontmatter:
      'source:\n  name: Báo Khoa học\n  url: https://example.org/bao\ndocuments:\n  - title: Kế hoạch thử nghiệm\n    url: https://example.org/ke-hoach.pdf\n',
    body: body('Đơn vị vận hành cho biết cảm biến đo nhiệt độ dây dẫn liên tục.'),
    expected: 'published',
  },
  {
    slug: 'khoi-nghiep-sang-tao-dong-nai',
    folder: '2026',
    title: 'Đồng Nai hỗ trợ khởi nghiệp sáng tạo',
    description: 'Tỉnh ban hành kế hoạch hỗ trợ hệ sinh thái khởi nghiệp đổi mới sáng tạo giai đoạn mới.',
    category: 'doi-moi-sang-tao',
    publishedAt: '2026-11-18T09:30:00+07:00',
    author: 'Lê Minh Quân',
    tags: ['Khởi nghiệp', 'Đồng Nai'],
    decomposed: true,
    body: body('Kế hoạch ưu tiên các dự án ứng dụng trí tuệ nhân tạo.'),
    expected: 'published',
  },
  {
    slug: 'so-hoa-nha-may-det',
    folder: '2026',
    title: 'Số hóa nhà máy dệt: từ giấy tờ đến dữ liệu',
    description: 'Một nhà máy dệt chuyển toàn bộ quy trình sang phần mềm quản lý sản xuất.',
    category: 'chuyen-doi-so',
    publishedAt: '2026-11-10T07:00:00Z',
    author: 'Phạm Ngọc Ánh',
    tags: ['Chuyển đổi số', 'Khởi nghiệp'],
    body: body(),
    expected: 'published',
  },
  {
    // Text as editors paste it from Word and the web: markup, ampersands, quotes, emoji and
    // control characters (escaped in YAML, raw in the body) that XML forbids.
    slug: 'canh-bao-ma-doc-tu-tep-word',
    folder: '2026',
    title: 'Cảnh báo <script>alert(1)</script> & "mã độc" 🚀 từ tệp\u000BWord\u0008 dán vào',
    description: 'Biên tập viên dán “văn bản” có <b>thẻ</b> & ký tự\u0008 điều khiển, \'nháy đơn\' và "nháy kép" 😀',
    category: 'chuyen-doi-so',
    publishedAt: '2026-11-19T20:00:00+07:00',
    author: 'Trần "Tí" & Cộng sự',
    tags: ['An toàn thông tin', 'R&D'],
    body: body('Đoạn có ký tự điều khiển\u0008 và\u000Bngắt dòng, R&D và 5 < 7, xem [chuyên mục](/chuyen-muc/chuyen-doi-so/).'),
    expected: 'published',
  },
  {
    slug: 'so-do-trien-khai-mdx',
    folder: '2026',
    extension: 'mdx',
    title: 'Sơ đồ triển khai nền tảng dữ liệu (bài MDX)',
    description: 'Bài viết MDX có khung lưu ý, ảnh trong thân bài và liên kết tương đối.',
    category: 'chuyen-doi-so',
    publishedAt: '2026-11-20T08:00:00+07:00',
    updatedAt: '2026-11-20T09:30:00+07:00',
    author: 'Phạm Ngọc Ánh',
    tags: ['Chuyển đổi số', 'Dữ liệu'],
    image: { file: 'so-do.png', alt: 'Sơ đồ các khối của nền tảng dữ liệu', credit: 'Phòng Kỹ thuật' },
    body:
      '## Sơ đồ\n\nXem [chuyên mục Chuyển đổi số](/chuyen-muc/chuyen-doi-so/), [bài liên quan](../so-hoa-nha-may-det/) và [phần dưới](#ket-luan).\n\n' +
      '![Sơ đồ trong thân bài](./images/so-do.png)\n\n<Callout title="Lưu ý">Hệ thống chạy thử trong ba tháng.</Callout>\n\n' +
      // The heading gets the ASCII id "ket-luan" that the link above points to.
      `${paragraph}\n\n## Kết luận\n\n${paragraph}\n`,
    expected: 'published',
  },
  {
    slug: 'ban-nhap-chua-dang',
    folder: '2026',
    title: 'Bài nháp zebrafinch chưa được đăng',
    description: 'Nội dung nháp với từ khóa riêng zebrafinch.',
    category: 'chuyen-doi-so',
    publishedAt: '2026-11-01T08:00:00+07:00',
    draft: true,
    tags: ['Nháp riêng'],
    author: 'Tác Giả Nháp',
    body: body('zebrafinch là từ chỉ có trong bài nháp.'),
    expected: 'draft',
  },
  {
    slug: 'bai-hen-gio-dang',
    folder: '2027',
    title: 'Bài hẹn giờ kingfisher sẽ đăng năm sau',
    description: 'Nội dung hẹn giờ với từ khóa riêng kingfisher.',
    category: 'chuyen-doi-so',
    publishedAt: '2027-03-15T08:00:00+07:00',
    tags: ['Hẹn giờ riêng'],
    author: 'Tác Giả Hẹn Giờ',
    body: body('kingfisher là từ chỉ có trong bài hẹn giờ.'),
    expected: 'scheduled',
  },
];

function yamlString(value: string): string {
  return JSON.stringify(value);
}

function articleSource(article: FixtureArticle): string {
  const lines = [
    '---',
    `title: ${yamlString(article.title)}`,
    `description: ${yamlString(article.description)}`,
    `category: ${article.category}`,
    `publishedAt: ${article.publishedAt}`,
  ];
  if (article.updatedAt) lines.push(`updatedAt: ${article.updatedAt}`);
  if (article.author) lines.push(`author: ${yamlString(article.author)}`);
  if (article.tags) lines.push(`tags: [${article.tags.map(yamlString).join(', ')}]`);
  if (article.draft) lines.push('draft: true');
  if (article.featured) lines.push('featured: true');
  if (article.image) {
    lines.push('image:', `  src: ./images/${article.image.file}`, `  alt: ${yamlString(article.image.alt)}`);
    if (article.image.caption) lines.push(`  caption: ${yamlString(article.image.caption)}`);
    if (article.image.credit) lines.push(`  credit: ${yamlString(article.image.credit)}`);
  }
  const text = `${lines.join('\n')}\n${article.extraFrontmatter ?? ''}---\n\n${article.body}`;
  return article.decomposed ? text.normalize('NFD') : text;
}

/** Writes the fixture into `dir` (replacing what was there). */
export async function writeFixtureContent(dir: string): Promise<void> {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, 'categories'), { recursive: true });
  for (const category of fixtureCategories) {
    fs.writeFileSync(
      path.join(dir, 'categories', `${category.slug}.md`),
      `---\ntitle: ${yamlString(category.title)}\ndescription: ${yamlString(category.description)}\norder: ${category.order}\n---\n`,
    );
  }
  for (const article of fixtureArticles) {
    const folder = path.join(dir, 'articles', article.folder);
    fs.mkdirSync(folder, { recursive: true });
    fs.writeFileSync(path.join(folder, `${article.slug}.${article.extension ?? 'md'}`), articleSource(article));
    if (article.image) {
      fs.mkdirSync(path.join(folder, 'images'), { recursive: true });
      // A colour per file: identical bytes would be merged into one built asset.
      const shade = [...article.image.file].reduce((sum, character) => (sum + character.charCodeAt(0)) % 200, 0);
      await sharp({ create: { width: 1200, height: 675, channels: 3, background: { r: 30, g: 40 + shade / 2, b: 140 } } })
        .png()
        .toFile(path.join(folder, 'images', article.image.file));
    }
  }
}

export const publishedFixtureArticles = fixtureArticles.filter((article) => article.expected === 'published');
export const hiddenFixtureArticles = fixtureArticles.filter((article) => article.expected !== 'published');
