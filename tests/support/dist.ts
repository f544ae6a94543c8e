/** Reading a built site in tests. */
import fs from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

export function distFile(distDir: string, sitePath: string): string {
  const clean = sitePath.replace(/^\//, '');
  const file = clean === '' || clean.endsWith('/') ? path.join(distDir, clean, 'index.html') : path.join(distDir, clean);
  return file;
}

export function hasPage(distDir: string, sitePath: string): boolean {
  return fs.existsSync(distFile(distDir, sitePath));
}

export function readPage(distDir: string, sitePath: string): HTMLElement {
  return parse(fs.readFileSync(distFile(distDir, sitePath), 'utf8'));
}

export function readText(distDir: string, sitePath: string): string {
  return fs.readFileSync(distFile(distDir, sitePath), 'utf8');
}

/** Every file below dir, relative paths with forward slashes. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (current: string) => {
    for (const entry of fs.readdirSync(current, { withFileTypes: true })) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) walk(full);
      else out.push(path.relative(dir, full).split(path.sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

export function htmlFiles(dir: string): string[] {
  return listFiles(dir).filter((file) => file.endsWith('.html'));
}
