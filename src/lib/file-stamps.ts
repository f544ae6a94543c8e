/**
 * Telling, without reading it, that a content file still holds what the last build read. A rebuild
 * read all 10,000 article files and hashed them to find the few that changed (~0.6 s of the build's
 * main thread; docs/performance.md, twelfth round). A file's stamp is what `stat` says of it: inode,
 * size, and modification and change times in nanoseconds. Every write to a file sets its change
 * time to the clock's current time (also `touch` and `utimes`, which can set the modification time
 * back, and a copy or a checkout makes a new inode), so as git does with its index, an equal stamp
 * means an unchanged file, with one exception git also makes: a file changed again within the same
 * clock tick as a change just before the stamp was taken. A stamp is therefore trusted only when the
 * file had last changed well before it was taken (RACY_MARGIN_MS); a file changed later is read.
 *
 * The stamp of each file is taken before the build reads it, so it can only be older than what was
 * read: a file changed between the two gets another stamp, and is read again next time.
 */
import fs from 'node:fs';

/** A file that changed less than this long before its stamp was taken is read again next time. */
export const RACY_MARGIN_MS = 2000;

/** A stamp and when it was taken (ms since the epoch). */
export interface RecordedStamp {
  stamp: string;
  takenAt: number;
}

/** The stamp of `file` now, or undefined when it cannot be read. */
export function fileStamp(file: string): string | undefined {
  const stats = fs.statSync(file, { bigint: true, throwIfNoEntry: false });
  return stats && `${stats.ino}:${stats.size}:${stats.mtimeNs}:${stats.ctimeNs}`;
}

/** Whether `recorded` vouches for a file whose stamp is now `current`: the same stamp, taken well after the file's last change. */
export function stampVouches(recorded: RecordedStamp | undefined, current: string | undefined): boolean {
  if (!recorded || current === undefined || recorded.stamp !== current) return false;
  const changedAtNs = BigInt(current.slice(current.lastIndexOf(':') + 1));
  return changedAtNs < BigInt(Math.floor(recorded.takenAt - RACY_MARGIN_MS)) * 1_000_000n;
}

/** Stamps by file, as kept between builds (JSON: file → [stamp, takenAt]). */
export function stampsToJson(stamps: ReadonlyMap<string, RecordedStamp>): string {
  return JSON.stringify(Object.fromEntries([...stamps].map(([file, { stamp, takenAt }]) => [file, [stamp, takenAt]])));
}

/** The stamps kept by stampsToJson; none from anything else. */
export function stampsFromJson(json: unknown): Map<string, RecordedStamp> {
  const stamps = new Map<string, RecordedStamp>();
  if (typeof json !== 'string') return stamps;
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return stamps;
  }
  if (!parsed || typeof parsed !== 'object') return stamps;
  for (const [file, value] of Object.entries(parsed)) {
    if (Array.isArray(value) && typeof value[0] === 'string' && typeof value[1] === 'number') stamps.set(file, { stamp: value[0], takenAt: value[1] });
  }
  return stamps;
}
