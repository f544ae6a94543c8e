import { ui } from './strings.ts';

/**
 * Dates in Vietnam time. Editors write naive date-times meaning Asia/Ho_Chi_Minh (+07:00),
 * which has had no daylight saving since 1975, so a fixed offset is exact.
 */

export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';
export const VIETNAM_OFFSET = '+07:00';

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * Parses an editor's date or date-time. No offset means Vietnam time; "Z" or "+hh:mm" is respected.
 * Returns null for anything that is not a real calendar date-time (e.g. 2024-02-30).
 */
export function parseVietnamDateTime(input: string | Date): Date | null {
  if (input instanceof Date) return Number.isNaN(input.getTime()) ? null : input;
  const text = input.trim();
  let year: string, month: string, day: string, hour = '00', minute = '00', second = '00', fraction = '', offset = VIETNAM_OFFSET;
  const dateOnly = DATE_ONLY.exec(text);
  const dateTime = DATE_TIME.exec(text);
  if (dateOnly) {
    [, year, month, day] = dateOnly as unknown as [string, string, string, string];
  } else if (dateTime) {
    [, year, month, day, hour, minute] = dateTime as unknown as [string, string, string, string, string, string];
    second = dateTime[6] ?? '00';
    fraction = dateTime[7] ?? '';
    const rawOffset = dateTime[8];
    if (rawOffset) offset = rawOffset.toUpperCase() === 'Z' ? 'Z' : rawOffset.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
  } else {
    return null;
  }
  if (+month < 1 || +month > 12 || +day < 1 || +hour > 23 || +minute > 59 || +second > 59) return null;
  const daysInMonth = new Date(Date.UTC(+year, +month, 0)).getUTCDate();
  if (+day > daysInMonth) return null;
  const date = new Date(`${year}-${month}-${day}T${hour}:${minute}:${second}${fraction}${offset}`);
  return Number.isNaN(date.getTime()) ? null : date;
}

export interface VietnamDateParts {
  year: string;
  month: string;
  day: string;
  hour: string;
  minute: string;
  second: string;
  /** 0 = Sunday … 6 = Saturday, in Vietnam time. */
  weekday: number;
}

const partsFormatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: VIETNAM_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  weekday: 'short',
  hourCycle: 'h23',
});

const WEEKDAY_INDEX: Record<string, number> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };

/** Vietnam has kept UTC+7 without daylight saving since 1976-01-01 (00:00 local). */
const FIXED_OFFSET_SINCE = Date.UTC(1975, 11, 31, 17, 0, 0);
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

const pad2 = (value: number) => String(value).padStart(2, '0');

/** Parts through ICU's time-zone data: right for any date, but slow (used only before 1976). */
function partsFromIntl(date: Date): VietnamDateParts {
  const parts: Record<string, string> = {};
  for (const part of partsFormatter.formatToParts(date)) parts[part.type] = part.value;
  return {
    year: parts.year ?? '',
    month: parts.month ?? '',
    day: parts.day ?? '',
    hour: parts.hour ?? '',
    minute: parts.minute ?? '',
    second: parts.second ?? '',
    weekday: WEEKDAY_INDEX[parts.weekday ?? ''] ?? 0,
  };
}

/**
 * Calendar parts in Vietnam time. Every card on every page shows a date, so this is hot: since
 * 1976 the offset is a constant +7 h and plain arithmetic gives the same result as
 * Intl.formatToParts about 20× faster (a unit test compares both over many instants).
 */
export function vietnamDateParts(date: Date): VietnamDateParts {
  const time = date.getTime();
  if (time < FIXED_OFFSET_SINCE) return partsFromIntl(date);
  const local = new Date(time + VIETNAM_OFFSET_MS);
  return {
    year: String(local.getUTCFullYear()).padStart(4, '0'),
    month: pad2(local.getUTCMonth() + 1),
    day: pad2(local.getUTCDate()),
    hour: pad2(local.getUTCHours()),
    minute: pad2(local.getUTCMinutes()),
    second: pad2(local.getUTCSeconds()),
    weekday: local.getUTCDay(),
  };
}

/** Exposed for the test that keeps the fast path equal to ICU's answer. */
export const vietnamDatePartsFromIntl = partsFromIntl;

/** "29/09/2022" */
export function formatVietnamDate(date: Date): string {
  const p = vietnamDateParts(date);
  return `${p.day}/${p.month}/${p.year}`;
}

/** "16:02" */
export function formatVietnamTime(date: Date): string {
  const p = vietnamDateParts(date);
  return `${p.hour}:${p.minute}`;
}

/** "Thứ Năm, 29/09/2022 | 16:02 (GMT+7)": the article dateline. */
export function formatDateline(date: Date): string {
  const p = vietnamDateParts(date);
  return `${ui.weekdays[p.weekday]}, ${p.day}/${p.month}/${p.year} | ${p.hour}:${p.minute} ${ui.timeZoneLabel}`;
}

/** "Thứ Năm, 29/09/2022": weekday and date, for search results. */
export function formatWeekdayDate(date: Date): string {
  const p = vietnamDateParts(date);
  return `${ui.weekdays[p.weekday]}, ${p.day}/${p.month}/${p.year}`;
}

/** "Cập nhật lúc 16:02 ngày 29/09/2022" */
export function formatUpdatedLine(date: Date): string {
  return ui.updatedAt(formatVietnamTime(date), formatVietnamDate(date));
}

/**
 * `format`, remembered by instant: every card shows its article's date twice (as text and as
 * `datetime`), and a 10,000-article build renders over 100,000 cards of 10,000 dates.
 */
function rememberedByInstant(format: (date: Date) => string): (date: Date) => string {
  const byTime = new Map<number, string>();
  return (date) => {
    const time = date.getTime();
    let text = byTime.get(time);
    if (text === undefined) {
      // Bounded for a long-running `astro dev`; a build of 30,000 articles stays well under.
      if (byTime.size >= 100_000) byTime.clear();
      text = format(date);
      byTime.set(time, text);
    }
    return text;
  };
}

/** "16:02 29/09/2022": compact date for lists. */
export const formatListDate = rememberedByInstant((date) => `${formatVietnamTime(date)} ${formatVietnamDate(date)}`);

/** ISO 8601 in Vietnam time with explicit offset: "2022-09-29T16:02:00+07:00" (for metadata). */
export const toVietnamISOString = rememberedByInstant((date) => {
  const p = vietnamDateParts(date);
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}${VIETNAM_OFFSET}`;
});

export function vietnamYear(date: Date): number {
  return Number(vietnamDateParts(date).year);
}

const RFC_822_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;
const RFC_822_WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;

/** RFC 822 date-time in Vietnam time, as RSS wants it: "Thu, 29 Sep 2022 16:02:00 +0700" (09:02 GMT). */
export function toVietnamRfc822(date: Date): string {
  const p = vietnamDateParts(date);
  return `${RFC_822_WEEKDAYS[p.weekday]}, ${p.day} ${RFC_822_MONTHS[Number(p.month) - 1]} ${p.year} ${p.hour}:${p.minute}:${p.second} ${VIETNAM_OFFSET.replace(':', '')}`;
}
