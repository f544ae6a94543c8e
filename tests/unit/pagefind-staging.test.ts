import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { recordHtml, stageRecords, tmpfsRoot } from '../../src/lib/pagefind-staging.ts';
import { buildSearchRecord, type SearchRecord } from '../../src/lib/search-records.ts';

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'pagefind-staging-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

/** Records with what real ones carry, and the characters that HTML or Pagefind's attribute syntax treat specially. */
function edgeRecords(): SearchRecord[] {
  const sources = [
    {
      title: 'Đà Nẵng: đổi mới sáng tạo <mở> & “xanh”, giai đoạn 2025–2030',
      lead: 'Sở KH&CN đánh giá: 5 > 3, a < b; dấu "ngoặc" và \'nháy\'.',
      body: 'Đoạn một. Đoạn hai, có dấu phẩy, chấm phẩy; và hai chấm: hết',
      tags: ['bán dẫn', 'A, B và C', 'R&D <mới>'],
      category: 'Đổi mới sáng tạo',
      image: { src: '/_astro/anh.abc.webp', srcset: '/_astro/anh-320.webp 320w, /_astro/anh-640.webp 640w', alt: 'Ảnh "minh họa", đường đi' },
    },
    { title: 'Không có mô tả', lead: '', body: '', tags: [], category: 'Tin KH&CN' },
    { title: 'Chỉ có thân bài', lead: '', body: 'Từ ngữ không dấu câu ở cuối', tags: ['x'], category: 'Tin' },
    { title: 'Tiêu đề cuối câu 😀.', lead: 'Mở đầu? 𝓐', body: 'Kết thúc bằng dấu chấm than!', tags: ['đ', 'Đ'], category: 'Chuyển đổi số' },
  ];
  return sources.map((source, position) =>
    buildSearchRecord({
      url: `/tin-tuc/bai-${position}-kiem-tra/`,
      publishedAt: `2026-0${position + 1}-1${position}T0${position}:30:00+07:00`,
      year: '2026',
      ...source,
    }),
  );
}

/** Every file of a written Pagefind bundle, by path, as bytes. */
function bundleFiles(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (folder: string) => {
    for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
      const file = path.join(folder, entry.name);
      if (entry.isDirectory()) walk(file);
      else files.set(path.relative(dir, file), fs.readFileSync(file).toString('base64'));
    }
  };
  walk(dir);
  return files;
}

async function writeIndex(outputPath: string, add: (index: import('pagefind').PagefindIndex) => Promise<void>): Promise<Map<string, string>> {
  const pagefind = await import('pagefind');
  try {
    const { index } = await pagefind.createIndex({});
    await add(index!);
    await index!.writeFiles({ outputPath });
  } finally {
    await pagefind.close();
  }
  return bundleFiles(outputPath);
}

describe('search records staged as pages for Pagefind', () => {
  it('escapes text and attribute values, and keeps Pagefind’s instructions to the attribute syntax', () => {
    const [record] = edgeRecords();
    const html = recordHtml(record!)!;
    expect(html).toContain('<html lang="vi">');
    expect(html).toContain('<span data-pagefind-weight="7">Đà Nẵng: đổi mới sáng tạo &lt;mở&gt; &amp; “xanh”, giai đoạn 2025–2030</span>');
    expect(html).toContain('data-pagefind-filter="category[data-f0], year[data-f1], tag[data-f2], tag[data-f3], tag[data-f4]"');
    expect(html).toContain('data-f4="R&amp;D &lt;mới&gt;"');
    expect(html).toContain('data-pagefind-sort="date[data-s0]"');
    expect(html).not.toMatch(/<(p|div|h\d)\b/);
    // Content with an instruction of its own is left to addCustomRecord.
    expect(recordHtml({ ...record!, content: 'a ___PAGEFIND_IGNORE___ b' })).toBeUndefined();
    expect(recordHtml({ ...record!, meta: { 'bad key': 'x' } })).toBeUndefined();
    expect(recordHtml({ ...record!, meta: { title: '' } })).toBeUndefined();
    expect(recordHtml({ ...record!, filters: { tag: ['a\u0007b'] } })).toBeUndefined();
    expect(recordHtml({ ...record!, content: `${record!.content} \u0000` })).toBeUndefined();
  });

  it('stages only records in one folder, each once, and lists them in the records’ order', async () => {
    const records = edgeRecords();
    expect(stageRecords([{ ...records[0]!, url: '/khac/bai/' }, ...records.slice(1)])).toBeUndefined();
    expect(stageRecords([records[0]!, records[0]!])).toBeUndefined();
    expect(stageRecords([{ ...records[0]!, url: '/tin-tuc/Bài/' }])).toBeUndefined();
    expect(stageRecords([])).toBeUndefined();
    const staged = stageRecords(records);
    expect(staged).toBeDefined();
    expect(fs.readdirSync(path.join(staged!.root, 'tin-tuc')).sort()).toEqual(records.map((record) => record.url.split('/')[2]).sort());
    await staged!.remove();
    expect(fs.existsSync(staged!.root)).toBe(false);
  });

  it('removes the staged folder also when a page folder holds more than its page, or is gone', async () => {
    const records = edgeRecords();
    const staged = stageRecords(records)!;
    const [first, second] = records.map((record) => path.join(staged.root, 'tin-tuc', record.url.split('/')[2]!));
    fs.writeFileSync(path.join(first!, 'them.txt'), 'tệp thêm');
    fs.rmSync(second!, { recursive: true });
    await staged.remove();
    expect(fs.existsSync(staged.root)).toBe(false);
  });

  it('gives back the memory of staging folders a killed build left, and only theirs', async () => {
    const base = fs.mkdtempSync(path.join(tmpfsRoot(1024) ?? scratch, 'khcn-test-'));
    try {
      const abandoned = path.join(base, 'khcn-search-abandoned');
      const running = path.join(base, 'khcn-search-running');
      const other = path.join(base, 'someone-else');
      for (const folder of [abandoned, running, other]) fs.mkdirSync(folder);
      const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
      fs.utimesSync(abandoned, twoHoursAgo, twoHoursAgo);
      fs.utimesSync(other, twoHoursAgo, twoHoursAgo);
      const staged = stageRecords(edgeRecords(), base);
      await staged?.remove();
      expect(fs.readdirSync(base).sort()).toEqual(['khcn-search-running', 'someone-else']);
    } finally {
      fs.rmSync(base, { recursive: true, force: true });
    }
  });

  it('finds a tmpfs folder with room on Linux, and no other kind of folder', () => {
    if (process.platform === 'linux') expect(tmpfsRoot(1024)).toBe('/dev/shm');
    expect(tmpfsRoot(1024, [scratch].filter((folder) => fs.statfsSync(folder).type !== 0x01021994))).toBeUndefined();
    expect(tmpfsRoot(Number.MAX_SAFE_INTEGER)).toBeUndefined();
  });

  it('gives Pagefind the same index, byte for byte, as adding the records one by one', async () => {
    // Many records, so that Pagefind's page numbers (the order it finds them in) matter.
    const records = Array.from({ length: 12 }, (_, round) =>
      edgeRecords().map((record) => ({ ...record, url: record.url.replace('/bai-', `/bai-${round}-`), content: `${record.content} vòng ${round}` })),
    ).flat();
    const custom = await writeIndex(path.join(scratch, 'custom'), async (index) => {
      await Promise.all(records.map((record) => index.addCustomRecord(record)));
    });
    const staged = stageRecords(records);
    expect(staged).toBeDefined();
    const fromPages = await writeIndex(path.join(scratch, 'staged'), async (index) => {
      const { errors, page_count } = await index.addDirectory({ path: staged!.root });
      expect(errors).toEqual([]);
      expect(page_count).toBe(records.length);
    });
    await staged!.remove();
    expect([...fromPages.keys()].sort()).toEqual([...custom.keys()].sort());
    expect([...custom.keys()].filter((file) => file.startsWith('fragment/'))).toHaveLength(records.length);
    for (const [file, bytes] of custom) expect(fromPages.get(file), file).toBe(bytes);
  });
});
