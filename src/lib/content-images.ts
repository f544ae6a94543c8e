/** Image facts the content check needs: remote or local, real image or not, images in Markdown text. */
import fs from 'node:fs';

export const REMOTE = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

/** Reads the first bytes to tell a real image from a renamed document or a broken download. */
export function looksLikeImage(file: string, extension: string): boolean {
  let head: Buffer;
  try {
    const fd = fs.openSync(file, 'r');
    try {
      head = Buffer.alloc(1024);
      const read = fs.readSync(fd, head, 0, head.length, 0);
      head = head.subarray(0, read);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return false;
  }
  const ascii = (start: number, end: number) => head.subarray(start, end).toString('latin1');
  switch (extension) {
    case '.jpg':
    case '.jpeg':
      return head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff;
    case '.png':
      return ascii(1, 4) === 'PNG';
    case '.gif':
      return ascii(0, 4) === 'GIF8';
    case '.webp':
      return ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP';
    case '.avif':
      return ascii(4, 8) === 'ftyp';
    case '.tif':
    case '.tiff':
      return ascii(0, 4) === 'II*\0' || ascii(0, 4) === 'MM\0*';
    case '.svg':
      return /<svg[\s>]/i.test(head.toString('utf8'));
    default:
      return false;
  }
}

const MARKDOWN_IMAGE = /!\[([^\]]*)\]\(\s*(<[^>]*>|[^)\s]+)(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*\)/g;

/** Images written in the article text (`![alt](./images/x.jpg)`), outside code. */
export function bodyImages(body: string, firstLine: number): Array<{ alt: string; src: string; line: number }> {
  const found: Array<{ alt: string; src: string; line: number }> = [];
  let fence: string | undefined;
  body.split('\n').forEach((raw, index) => {
    const fenceMatch = /^\s*(`{3,}|~{3,})/.exec(raw);
    if (fenceMatch) {
      const marker = fenceMatch[1] ?? '';
      if (!fence) fence = marker;
      else if (marker.startsWith(fence)) fence = undefined;
      return;
    }
    if (fence) return;
    const line = raw.replace(/`[^`]*`/g, '');
    for (const match of line.matchAll(MARKDOWN_IMAGE)) {
      const src = (match[2] ?? '').replace(/^<|>$/g, '');
      found.push({ alt: (match[1] ?? '').trim(), src, line: firstLine + index });
    }
  });
  return found;
}
