/**
 * The search records file (src/lib/search-records-file.ts): its fields in a JSON header line, the
 * records in V8's format, read back as written; anything else is refused, never misread.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { SearchRecordsFile } from '../../src/lib/search-build.ts';
import { buildSearchRecord } from '../../src/lib/search-records.ts';
import { readSearchRecordsFile, searchRecordsFileBytes, serializeRecords } from '../../src/lib/search-records-file.ts';

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'search-records-file-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

const records = [
  buildSearchRecord({ url: '/tin-tuc/a/', title: 'Đo lường "mới"\ndòng hai', lead: 'Mô tả.', body: 'Nội dung.', category: 'Tin', tags: ['Đà Nẵng'], publishedAt: '2026-01-02T10:00:00+07:00', year: '2026' }),
  buildSearchRecord({ url: '/tin-tuc/b/', title: 'Đổi mới sáng tạo', lead: 'Lời dẫn.', body: 'Thân bài.', category: 'Tin', tags: [], publishedAt: '2025-12-31T23:59:00+07:00', year: '2025' }),
];
// A line break in a field: JSON escapes it, so the header still ends at the first one.
const fields: Omit<SearchRecordsFile, 'records'> = { version: 1, cacheTag: 'thẻ\nhai', recordKeys: ['["a"]', '["b"]'], codeVersion: 'v1' };
const write = (name: string, content: Uint8Array | string) => {
  const file = path.join(scratch, name);
  fs.writeFileSync(file, content);
  return file;
};

describe('search records file', () => {
  it('reads back its fields and records as written', () => {
    const file = write('records.bin', searchRecordsFileBytes(fields, serializeRecords(records)));
    expect(readSearchRecordsFile(file)).toEqual({ ...fields, records });
  });

  it('refuses a file by another V8, in the earlier JSON form, cut short or missing (the callers then do without it)', () => {
    const bytes = Buffer.from(searchRecordsFileBytes(fields, serializeRecords(records)));
    const otherV8 = Buffer.from(bytes.toString('latin1').replace(process.versions.v8, '0.0.0'), 'latin1');
    expect(() => readSearchRecordsFile(write('other-v8.bin', otherV8))).toThrow();
    expect(() => readSearchRecordsFile(write('earlier.json', JSON.stringify({ ...fields, records })))).toThrow();
    expect(() => readSearchRecordsFile(write('short.bin', bytes.subarray(0, bytes.length - 20)))).toThrow();
    expect(() => readSearchRecordsFile(path.join(scratch, 'missing.bin'))).toThrow();
  });
});
