/**
 * A hash of our library code (src/lib/): what a build or check keeps for the next run (search
 * records, content-check results) is reused only when the code that made it is the same.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readTextFile } from './file-tree.ts';
import { contentHash } from './search-records.ts';

export function libraryCodeVersion(): string {
  const libDir = path.dirname(fileURLToPath(import.meta.url));
  const files = fs.readdirSync(libDir).filter((file) => file.endsWith('.ts')).sort();
  return contentHash(files.flatMap((file) => [file, readTextFile(path.join(libDir, file))]));
}
