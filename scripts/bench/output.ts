/** What a build wrote: page and feed counts, total size, and the search index (Pagefind) inside it. */
import fs from 'node:fs';
import path from 'node:path';

export interface OutputStats {
  files: number;
  /** Sum of file sizes (apparent size, not disk blocks). */
  bytes: number;
  /** *.html files: the pages written. */
  html: number;
  /** *.xml files: feeds and sitemaps. */
  xml: number;
  /** The folder holding pagefind-entry.json, relative to the output, if there is one. */
  searchIndexDir: string | undefined;
  searchIndexFiles: number;
  searchIndexBytes: number;
}

interface FileInfo {
  relative: string;
  bytes: number;
}

function* walk(root: string, relative = ''): Generator<FileInfo> {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(path.join(root, relative), { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const child = relative ? `${relative}/${entry.name}` : entry.name;
    if (entry.isDirectory()) yield* walk(root, child);
    else if (entry.isFile()) yield { relative: child, bytes: fs.statSync(path.join(root, child)).size };
  }
}

export function measureOutput(dir: string): OutputStats {
  const files = [...walk(dir)];
  const entry = files.find((file) => path.posix.basename(file.relative) === 'pagefind-entry.json');
  const searchIndexDir = entry ? path.posix.dirname(entry.relative) : undefined;
  const inIndex = (file: FileInfo) => searchIndexDir !== undefined && file.relative.startsWith(`${searchIndexDir}/`);
  const indexFiles = files.filter(inIndex);
  return {
    files: files.length,
    bytes: files.reduce((sum, file) => sum + file.bytes, 0),
    html: files.filter((file) => file.relative.endsWith('.html')).length,
    xml: files.filter((file) => file.relative.endsWith('.xml')).length,
    searchIndexDir,
    searchIndexFiles: indexFiles.length,
    searchIndexBytes: indexFiles.reduce((sum, file) => sum + file.bytes, 0),
  };
}

/** HTML pages whose path contains the slug as a whole path segment (e.g. …/<slug>/index.html). */
export function findPages(dir: string, slug: string): string[] {
  const pages: string[] = [];
  for (const file of walk(dir)) {
    if (!file.relative.endsWith('.html')) continue;
    const segments = file.relative.split('/');
    if (segments.includes(slug) || segments.includes(`${slug}.html`)) pages.push(path.join(dir, file.relative));
  }
  return pages;
}
