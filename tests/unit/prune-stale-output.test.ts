/**
 * The integration removes pages an earlier build left behind, and skips looking for them when the
 * build started from an empty output folder (everything in it is then this build's).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { AstroIntegration } from 'astro';
import pruneStaleOutput from '../../src/integrations/prune-stale-output.ts';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'prune-stale-output-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const logger = { info: () => undefined };
const folderUrl = (folder: string) => pathToFileURL(folder + path.sep);

/** One build: `written` are the pages it writes (site paths of files), `before` runs between start and done; `fails` stops it before done. */
async function build(name: string, written: string[], before: (outDir: string) => void = () => undefined, fails = false): Promise<string[]> {
  const outDir = path.join(root, name, 'dist');
  const hooks = pruneStaleOutput().hooks as Required<AstroIntegration['hooks']>;
  const config = { publicDir: folderUrl(path.join(root, name, 'public')), cacheDir: folderUrl(path.join(root, name, 'cache')), outDir: folderUrl(outDir) };
  await (hooks['astro:config:done'] as (options: unknown) => unknown)({ config });
  await (hooks['astro:build:start'] as (options: unknown) => unknown)({ logger });
  before(outDir);
  for (const page of written) {
    fs.mkdirSync(path.dirname(path.join(outDir, page)), { recursive: true });
    fs.writeFileSync(path.join(outDir, page), '<p>trang</p>');
  }
  const assets = new Map([['page', written.map((page) => pathToFileURL(path.join(outDir, page)))]]);
  if (!fails) await (hooks['astro:build:done'] as (options: unknown) => unknown)({ dir: folderUrl(outDir), assets, logger });
  return fs.readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html')).sort();
}

describe('pruning pages an earlier build left behind', () => {
  it('removes the page a rebuild no longer writes', async () => {
    await build('rebuild', ['tin-tuc/a/index.html', 'tin-tuc/b/index.html']);
    expect(await build('rebuild', ['tin-tuc/a/index.html'])).toEqual(['tin-tuc/a/index.html']);
  });

  it('looks for them among the files the last build wrote, not in the whole folder', async () => {
    await build('listed', ['tin-tuc/a/index.html', 'tin-tuc/b/index.html']);
    const listFile = path.join(root, 'listed', 'cache', 'khcn-output-files.json');
    expect((JSON.parse(fs.readFileSync(listFile, 'utf8')) as { files: string[] }).files.sort()).toEqual(['tin-tuc/a/index.html', 'tin-tuc/b/index.html']);
    // Put there by hand: no build wrote it, so none removes it.
    const byHand = (outDir: string) => {
      fs.mkdirSync(path.join(outDir, 'tay'), { recursive: true });
      fs.writeFileSync(path.join(outDir, 'tay', 'index.html'), '<p>tay</p>');
    };
    expect(await build('listed', ['tin-tuc/a/index.html'], byHand)).toEqual(['tay/index.html', 'tin-tuc/a/index.html']);
    expect((JSON.parse(fs.readFileSync(listFile, 'utf8')) as { files: string[] }).files).toEqual(['tin-tuc/a/index.html']);
  });

  it('walks the whole folder again after a build that failed halfway', async () => {
    await build('failed', ['tin-tuc/a/index.html', 'tin-tuc/b/index.html']);
    // The failed build wrote a page no list names.
    await build('failed', ['tin-tuc/a/index.html', 'tin-tuc/c/index.html'], () => undefined, true);
    expect(fs.existsSync(path.join(root, 'failed', 'cache', 'khcn-output-files.json'))).toBe(false);
    expect(await build('failed', ['tin-tuc/a/index.html'])).toEqual(['tin-tuc/a/index.html']);
  });

  it('does not look for them when the build started from an empty folder', async () => {
    // A file appearing during the build is this build's: left as it is, and nothing is walked.
    const pages = await build('first', ['tin-tuc/a/index.html'], (outDir) => {
      fs.mkdirSync(path.join(outDir, 'tin-tuc', 'khac'), { recursive: true });
      fs.writeFileSync(path.join(outDir, 'tin-tuc', 'khac', 'index.html'), '<p>khác</p>');
    });
    expect(pages).toEqual(['tin-tuc/a/index.html', 'tin-tuc/khac/index.html']);
  });
});
