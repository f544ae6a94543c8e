/** Formatting for the benchmark's report: numbers, durations, sizes, ratios and a Markdown table. */

export const NA = 'n/a';

/** 10000 → "10,000". */
export function formatCount(value: number | undefined): string {
  if (value === undefined || !Number.isFinite(value)) return NA;
  return Math.round(value).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Milliseconds → "850 ms", "12.3 s", "2 min 05 s". */
export function formatDuration(ms: number | undefined): string {
  if (ms === undefined || !Number.isFinite(ms)) return NA;
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const seconds = ms / 1000;
  if (seconds < 100) return `${seconds.toFixed(1)} s`;
  const whole = Math.round(seconds);
  if (whole < 600) return `${whole} s`;
  return `${Math.floor(whole / 60)} min ${String(whole % 60).padStart(2, '0')} s`;
}

/** Bytes → "512 B", "12.3 kB", "45.6 MB", "3.21 GB" (powers of 1024, as memory is usually shown). */
export function formatBytes(bytes: number | undefined): string {
  if (bytes === undefined || !Number.isFinite(bytes)) return NA;
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  if (unit === 0) return `${Math.round(value)} B`;
  return `${value.toFixed(unit >= 3 ? 2 : 1)} ${units[unit]}`;
}

/** ours / reference → "2.4×"; n/a when either is missing or the reference is zero. */
export function formatRatio(ours: number | undefined, reference: number | undefined): string {
  if (ours === undefined || reference === undefined || !Number.isFinite(ours) || !Number.isFinite(reference) || reference <= 0) return NA;
  const ratio = ours / reference;
  return `${ratio >= 10 ? ratio.toFixed(0) : ratio.toFixed(ratio >= 1 ? 1 : 2)}×`;
}

export type Align = 'left' | 'right';

/** Display width: combining marks (NFD text) take no column. */
function width(text: string): number {
  return [...text.normalize('NFC')].length;
}

/** A Markdown table with padded columns, readable in a terminal and pasteable into docs. */
export function renderTable(headers: readonly string[], rows: readonly (readonly string[])[], align: readonly Align[] = []): string {
  const columns = headers.length;
  for (const row of rows) {
    if (row.length !== columns) throw new Error(`Row has ${row.length} cells, expected ${columns}: ${row.join(' | ')}`);
  }
  const widths = headers.map((header, c) => Math.max(3, width(header), ...rows.map((row) => width(row[c] as string))));
  const cell = (text: string, c: number) => {
    const padding = ' '.repeat((widths[c] as number) - width(text));
    return align[c] === 'right' ? padding + text : text + padding;
  };
  const line = (cells: readonly string[]) => `| ${cells.map(cell).join(' | ')} |`;
  const rule = `| ${widths.map((w, c) => (align[c] === 'right' ? `${'-'.repeat(w - 1)}:` : '-'.repeat(w))).join(' | ')} |`;
  return [line(headers), rule, ...rows.map(line)].join('\n');
}
