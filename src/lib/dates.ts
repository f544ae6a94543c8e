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

export function vietnamDateParts(date: Date): VietnamDateParts {
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

/** "Cập nhật lúc 16:02 ngày 29/09/2022" */
export function formatUpdatedLine(date: Date): string {
  return ui.updatedAt(formatVietnamTime(date), formatVietnamDate(date));
}

/** "16:02 29/09/2022": compact date for lists. */
export function formatListDate(date: Date): string {
  return `${formatVietnamTime(date)} ${formatVietnamDate(date)}`;
}

/** ISO 8601 in Vietnam time with explicit offset: "2022-09-29T16:02:00+07:00" (for metadata). */
export function toVietnamISOString(date: Date): string {
  const p = vietnamDateParts(date);
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}${VIETNAM_OFFSET}`;
}

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
