/**
 * A file's stamp vouches for its contents only while nothing has written to it: an edit that keeps
 * the size and sets the modification time back still changes the stamp, and a file changed just
 * before its stamp was taken is not trusted (git's "racy" case).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fileStamp, RACY_MARGIN_MS, stampsFromJson, stampsToJson, stampVouches } from '../../src/lib/file-stamps.ts';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'file-stamps-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
const file = path.join(root, 'bai.md');
const longAfter = () => Date.now() + RACY_MARGIN_MS + 1000;

describe('file stamps', () => {
  it('vouch for a file nobody wrote to since, taken well after its last change', () => {
    fs.writeFileSync(file, 'Bài một');
    const stamp = fileStamp(file)!;
    expect(stampVouches({ stamp, takenAt: longAfter() }, fileStamp(file))).toBe(true);
    // Taken right after the change: the same clock tick might hide a second one.
    expect(stampVouches({ stamp, takenAt: Date.now() }, fileStamp(file))).toBe(false);
    expect(stampVouches(undefined, fileStamp(file))).toBe(false);
    expect(fileStamp(path.join(root, 'khong-co.md'))).toBeUndefined();
  });

  it('change with any write, also one that keeps the size and sets the time back', async () => {
    fs.writeFileSync(file, 'Điểm thứ nhất');
    const fixedTime = new Date('2026-01-01T00:00:00Z');
    fs.utimesSync(file, fixedTime, fixedTime);
    const recorded = { stamp: fileStamp(file)!, takenAt: longAfter() };
    // The change time moves on with the clock: let it tick.
    await new Promise((resolve) => setTimeout(resolve, 20));
    fs.writeFileSync(file, 'Điểm thứ nhứt');
    fs.utimesSync(file, fixedTime, fixedTime);
    expect(fs.statSync(file).mtimeMs).toBe(fixedTime.getTime());
    expect(stampVouches(recorded, fileStamp(file))).toBe(false);
    // Replaced by another file (a checkout, a copy, an editor saving through a rename).
    const replaced = { stamp: fileStamp(file)!, takenAt: longAfter() };
    fs.writeFileSync(`${file}.tmp`, 'Điểm thứ nhứt');
    fs.renameSync(`${file}.tmp`, file);
    expect(stampVouches(replaced, fileStamp(file))).toBe(false);
  });

  it('are kept as JSON and read back; anything else reads as none', () => {
    const stamps = new Map([['/a/b.md', { stamp: '1:2:3:4', takenAt: 5 }]]);
    expect(stampsFromJson(stampsToJson(stamps))).toEqual(stamps);
    expect(stampsFromJson(undefined).size).toBe(0);
    expect(stampsFromJson('{not json').size).toBe(0);
    expect(stampsFromJson(JSON.stringify({ '/a.md': ['1:2:3:4'] })).size).toBe(0);
  });
});
