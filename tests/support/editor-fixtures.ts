/**
 * Small content folders for the editor tooling tests (content check, `npm run new`, `--fix`).
 * Each folder is a fresh temporary directory with three categories; tests add the files they need.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from './paths.ts';

/** A valid 1×1 PNG, small enough to inline, real enough for Astro's image pipeline. */
export const TINY_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

export const EDITOR_CATEGORIES = ['tin-khcn', 'chuyen-doi-so', 'doi-moi-sang-tao'];

const DEFAULT_FIELDS: Record<string, string> = {
  title: '"Bài viết mẫu về đổi mới sáng tạo"',
  description: '"Tóm tắt bài viết mẫu."',
  category: 'tin-khcn',
  publishedAt: '2024-05-01T08:00:00+07:00',
};

/**
 * An article file. `fields` are raw YAML values that replace the defaults (undefined removes a
 * field); keys not in the defaults are appended in order, so `image: '\n  src: …'` works.
 */
export function articleText(fields: Record<string, string | undefined> = {}, body = 'Nội dung bài viết.\n'): string {
  const merged: Record<string, string | undefined> = { ...DEFAULT_FIELDS, ...fields };
  const lines = ['---'];
  for (const [key, value] of Object.entries(merged)) {
    if (value === undefined) continue;
    lines.push(value.startsWith('\n') ? `${key}:${value}` : `${key}: ${value}`);
  }
  lines.push('---', '', body);
  return lines.join('\n');
}

export function categoryText(title: string, order = 1): string {
  return `---\ntitle: "${title}"\ndescription: "Giới thiệu chuyên mục ${title}."\norder: ${order}\n---\n`;
}

const created: string[] = [];

/** Writes a content folder in the system temp folder; paths in `files` are relative to it. */
export function writeContentDir(files: Record<string, string | Buffer> = {}, options: { categories?: boolean } = {}): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'khcn-editor-'));
  created.push(root);
  fs.mkdirSync(path.join(root, 'articles'), { recursive: true });
  fs.mkdirSync(path.join(root, 'categories'), { recursive: true });
  if (options.categories !== false) {
    EDITOR_CATEGORIES.forEach((slug, index) => fs.writeFileSync(path.join(root, 'categories', `${slug}.md`), categoryText(slug, index + 1)));
  }
  for (const [relative, content] of Object.entries(files)) {
    const target = path.join(root, relative);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, content);
  }
  return root;
}

export function removeContentDirs(): void {
  for (const dir of created.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
  /** stdout and stderr together. */
  output: string;
}

function run(command: string, args: string[], env: Record<string, string | undefined>): CliResult {
  const result = spawnSync(command, args, {
    cwd: projectRoot,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, output: `${result.stdout}\n${result.stderr}` };
}

/**
 * Runs an npm script exactly as an editor does (`npm run --silent <script> -- …`); with
 * `separator: false` the `--` is left out, as editors sometimes do.
 */
export function runNpm(script: string, args: string[], env: Record<string, string | undefined>, options: { separator?: boolean } = {}): CliResult {
  const separator = options.separator === false || args.length === 0 ? [] : ['--'];
  return run('npm', ['run', '--silent', script, ...separator, ...args], env);
}

/** Runs a script with the current Node (24, type stripping) directly: same code as the npm script, faster. */
export function runScript(script: string, args: string[], env: Record<string, string | undefined>): CliResult {
  return run(process.execPath, [path.join(projectRoot, script), ...args], env);
}

/** True when the output contains something that looks like a JavaScript stack trace. */
export function hasStackTrace(output: string): boolean {
  return /^\s+at .+[(:]\d+/m.test(output) || /\bError:\s/.test(output);
}
