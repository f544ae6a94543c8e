import fs from 'node:fs';
import path from 'node:path';

/** Every file below `root`, as paths relative to it with forward slashes; none if it does not exist. */
export function filesBelow(root: string): string[] {
  if (!fs.existsSync(root)) return [];
  return fs
    .readdirSync(root, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
}
