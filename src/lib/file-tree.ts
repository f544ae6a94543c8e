import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Every file below `root`, as paths relative to it with forward slashes; none if it does not exist. */
export function filesBelow(root: string): string[] {
  if (!fs.existsSync(root)) return [];
  return fs
    .readdirSync(root, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
}

/** The path a Node file call was given (a path or a file: URL), or undefined for anything else. */
export function localPathOf(target: unknown): string | undefined {
  if (target instanceof URL) return target.protocol === 'file:' ? fileURLToPath(target) : undefined;
  return typeof target === 'string' ? target : undefined;
}
