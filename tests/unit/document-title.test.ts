import { describe, expect, it } from 'vitest';
import { documentTitle, escapedLength } from '../../src/lib/document-title.ts';

describe('documentTitle', () => {
  it('adds the site name when it fits in 70 characters', () => {
    expect(documentTitle('Tin KHCN', 'KHCN Công Thương')).toBe('Tin KHCN - KHCN Công Thương');
    expect(documentTitle(undefined, 'KHCN Công Thương')).toBe('KHCN Công Thương');
  });
  it('drops the site name, then shortens at a word, for long headlines', () => {
    const headline = 'Thử nghiệm đường dây 500kV mạch 3 bằng cảm biến thông minh ở miền Trung';
    expect(documentTitle(headline.slice(0, 60), 'KHCN Công Thương')).toBe(headline.slice(0, 60));
    const long = `${headline} trong mùa mưa bão năm nay`;
    const title = documentTitle(long, 'KHCN Công Thương');
    expect(title.length).toBeLessThanOrEqual(70);
    expect(title.endsWith('…')).toBe(true);
    expect(long.startsWith(title.slice(0, -1))).toBe(true);
    expect(title).not.toMatch(/\s…$/);
  });
});

describe('documentTitle with characters HTML escapes', () => {
  it('measures the title as written in HTML', () => {
    const title = documentTitle('Cảnh báo <script>alert(1)</script> & "mã độc" từ tệp Word dán vào trang', 'KHCN');
    expect(escapedLength(title)).toBeLessThanOrEqual(70);
    expect(title.endsWith('…')).toBe(true);
  });
});
