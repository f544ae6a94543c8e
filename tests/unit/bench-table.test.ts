import { describe, expect, it } from 'vitest';
import { formatBytes, formatCount, formatDuration, formatRatio, renderTable } from '../../scripts/bench/table.ts';
import { parseBenchArgs, parseSize } from '../../scripts/bench/args.ts';

describe('number formatting', () => {
  it('groups thousands', () => {
    expect(formatCount(10000)).toBe('10,000');
    expect(formatCount(999)).toBe('999');
    expect(formatCount(1234567)).toBe('1,234,567');
    expect(formatCount(undefined)).toBe('n/a');
  });
  it('shows durations at a useful precision', () => {
    expect(formatDuration(850.4)).toBe('850 ms');
    expect(formatDuration(12_345)).toBe('12.3 s');
    expect(formatDuration(123_400)).toBe('123 s');
    expect(formatDuration(725_000)).toBe('12 min 05 s');
    expect(formatDuration(undefined)).toBe('n/a');
    expect(formatDuration(Number.NaN)).toBe('n/a');
  });
  it('shows sizes in binary units', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(12.5 * 1024)).toBe('12.5 kB');
    expect(formatBytes(45.6 * 1024 ** 2)).toBe('45.6 MB');
    expect(formatBytes(3.214 * 1024 ** 3)).toBe('3.21 GB');
    expect(formatBytes(undefined)).toBe('n/a');
  });
  it('shows ratios, n/a without a reference', () => {
    expect(formatRatio(54, 18)).toBe('3.0×');
    expect(formatRatio(9, 18)).toBe('0.50×');
    expect(formatRatio(250, 18)).toBe('14×');
    expect(formatRatio(5, 0)).toBe('n/a');
    expect(formatRatio(undefined, 3)).toBe('n/a');
  });
});

describe('renderTable', () => {
  it('pads columns, aligns numbers right and writes a Markdown rule', () => {
    const table = renderTable(['Build', 'Total'], [['Astro', '45.2 s'], ['Hugo', '9 s']], ['left', 'right']);
    expect(table).toBe(['| Build |  Total |', '| ----- | -----: |', '| Astro | 45.2 s |', '| Hugo  |    9 s |'].join('\n'));
  });
  it('measures Vietnamese text by visible characters, also when decomposed', () => {
    const table = renderTable(['Tên'], [['Đổi mới'.normalize('NFD')], ['ab']]);
    const lines = table.split('\n');
    expect(lines[2]).toBe(`| ${'Đổi mới'.normalize('NFD')} |`);
    expect(lines[3]).toBe('| ab      |');
  });
  it('refuses rows of the wrong length', () => {
    expect(() => renderTable(['a', 'b'], [['1']])).toThrow(/expected 2/);
  });
});

describe('bench options', () => {
  it('parses sizes as repeated flags and comma lists', () => {
    expect(parseBenchArgs([])).toMatchObject({ sizes: [1000, 10000], hugo: true, warm: true, keep: false });
    expect(parseBenchArgs(['--articles', '1000,10k', '--articles=30_000', '--no-hugo', '--keep'])).toMatchObject({
      sizes: [1000, 10000, 30000],
      hugo: false,
      keep: true,
    });
    expect(parseBenchArgs(['--help'])).toBe('help');
  });
  it('rejects bad input', () => {
    expect(() => parseBenchArgs(['--articles'])).toThrow(/needs a value/);
    expect(() => parseBenchArgs(['--bogus'])).toThrow(/Unknown option/);
    expect(() => parseSize('abc')).toThrow();
    expect(() => parseSize('0')).toThrow();
    expect(parseSize('1.5k')).toBe(1500);
  });
});
