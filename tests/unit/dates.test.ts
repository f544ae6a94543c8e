import { describe, expect, it } from 'vitest';
import {
  formatDateline,
  formatListDate,
  formatUpdatedLine,
  formatVietnamDate,
  parseVietnamDateTime,
  toVietnamISOString,
  vietnamYear,
} from '../../src/lib/dates.ts';

describe('parseVietnamDateTime', () => {
  it('reads a naive date-time as Vietnam time (+07:00), not UTC', () => {
    expect(parseVietnamDateTime('2022-09-29 16:02:00')!.toISOString()).toBe('2022-09-29T09:02:00.000Z');
    expect(parseVietnamDateTime('2022-09-29T16:02')!.toISOString()).toBe('2022-09-29T09:02:00.000Z');
  });
  it('reads a date alone as midnight in Vietnam', () => {
    expect(parseVietnamDateTime('2024-01-01')!.toISOString()).toBe('2023-12-31T17:00:00.000Z');
  });
  it('respects explicit offsets and Z', () => {
    expect(parseVietnamDateTime('2024-05-01T08:00:00+07:00')!.toISOString()).toBe('2024-05-01T01:00:00.000Z');
    expect(parseVietnamDateTime('2024-05-01T08:00:00Z')!.toISOString()).toBe('2024-05-01T08:00:00.000Z');
    expect(parseVietnamDateTime('2024-05-01T08:00:00-0500')!.toISOString()).toBe('2024-05-01T13:00:00.000Z');
    expect(parseVietnamDateTime('2024-05-01 08:00:00.250+09:00')!.toISOString()).toBe('2024-04-30T23:00:00.250Z');
  });
  it('rejects things that are not real dates', () => {
    for (const bad of ['hôm qua', '29/09/2022', '2024-02-30', '2024-13-01', '2024-05-01T25:00', '']) {
      expect(parseVietnamDateTime(bad), bad).toBeNull();
    }
    expect(parseVietnamDateTime(new Date('nope'))).toBeNull();
  });
  it('passes a valid Date through', () => {
    const date = new Date('2024-05-01T01:00:00Z');
    expect(parseVietnamDateTime(date)).toBe(date);
  });
});

describe('Vietnamese formatting in Asia/Ho_Chi_Minh', () => {
  const instant = new Date('2022-09-29T09:02:00Z');
  it('writes the article dateline with the weekday', () => {
    expect(formatDateline(instant)).toBe('Thứ Năm, 29/09/2022 | 16:02 (GMT+7)');
    expect(formatDateline(new Date('2024-06-02T00:30:00+07:00'))).toBe('Chủ Nhật, 02/06/2024 | 00:30 (GMT+7)');
  });
  it('writes the update line', () => {
    expect(formatUpdatedLine(instant)).toBe('Cập nhật lúc 16:02 ngày 29/09/2022');
  });
  it('uses the Vietnam calendar day, not the UTC one', () => {
    const lateUtc = new Date('2022-12-31T20:00:00Z'); // 03:00 on 1 January 2023 in Vietnam
    expect(formatVietnamDate(lateUtc)).toBe('01/01/2023');
    expect(vietnamYear(lateUtc)).toBe(2023);
    expect(formatListDate(lateUtc)).toBe('03:00 01/01/2023');
  });
  it('writes ISO 8601 with the +07:00 offset', () => {
    expect(toVietnamISOString(instant)).toBe('2022-09-29T16:02:00+07:00');
    expect(toVietnamISOString(new Date('2022-12-31T20:00:00Z'))).toBe('2023-01-01T03:00:00+07:00');
  });
});

describe('fast Vietnam calendar parts', () => {
  it('equal ICU (Asia/Ho_Chi_Minh) for instants from 1976 to 2100, and use ICU before 1976', async () => {
    const { vietnamDateParts, vietnamDatePartsFromIntl } = await import('../../src/lib/dates.ts');
    const start = Date.UTC(1975, 11, 31, 16, 0, 0);
    const end = Date.UTC(2100, 0, 1);
    const step = Math.floor((end - start) / 5000) + 7919; // odd step: hits every hour and weekday
    for (let time = start; time < end; time += step) {
      const date = new Date(time);
      expect(vietnamDateParts(date), date.toISOString()).toEqual(vietnamDatePartsFromIntl(date));
    }
    // 1960 in Saigon was UTC+8: the slow path knows it.
    const old = new Date('1960-06-01T00:00:00Z');
    expect(vietnamDateParts(old)).toEqual(vietnamDatePartsFromIntl(old));
  });
});

describe('list dates remembered by instant', () => {
  it('give every Date of the same instant the text a fresh formatting gives, whatever came before', async () => {
    const { formatListDate, toVietnamISOString, formatVietnamDate, formatVietnamTime, vietnamDateParts } = await import('../../src/lib/dates.ts');
    const instants = [Date.UTC(2022, 8, 29, 9, 2), Date.UTC(2026, 10, 20, 1, 0, 59), Date.UTC(1970, 0, 1), Date.UTC(2022, 8, 29, 9, 3)];
    for (const round of [0, 1]) {
      for (const time of instants) {
        const date = new Date(time);
        const p = vietnamDateParts(date);
        expect(formatListDate(date), `${round} ${date.toISOString()}`).toBe(`${formatVietnamTime(date)} ${formatVietnamDate(date)}`);
        expect(toVietnamISOString(new Date(time))).toBe(`${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}+07:00`);
      }
    }
    expect(formatListDate(new Date(Number.NaN))).toBe(formatListDate(new Date(Number.NaN)));
  });
});
