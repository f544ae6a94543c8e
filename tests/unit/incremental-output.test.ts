import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { INCREMENTAL_COPIES_FOLDER, shareIncrementalCopies } from '../../src/lib/incremental-output.ts';
import { skipRewritingLinkedCopies } from '../../src/integrations/incremental-copies.ts';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'incremental-output-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('incremental page copies shared with the output folder', () => {
  const cacheDir = path.join(root, 'cache');
  const outDir = path.join(root, 'out');
  const copies = path.join(cacheDir, INCREMENTAL_COPIES_FOLDER);

  it('replaces a folder of copies from an older build with a link to the output folder', () => {
    fs.mkdirSync(path.join(copies, 'tin-tuc/a'), { recursive: true });
    fs.writeFileSync(path.join(copies, 'tin-tuc/a/index.html'), 'cũ');
    expect(shareIncrementalCopies(cacheDir, outDir)).toBe('replaced-folder');
    expect(fs.lstatSync(copies).isSymbolicLink()).toBe(true);
    // A page written through the cache path is the output folder's page: one file, not two.
    fs.mkdirSync(path.join(copies, 'tin-tuc/b'), { recursive: true });
    fs.writeFileSync(path.join(copies, 'tin-tuc/b/index.html'), 'mới');
    expect(fs.readFileSync(path.join(outDir, 'tin-tuc/b/index.html'), 'utf8')).toBe('mới');
    expect(fs.existsSync(path.join(outDir, 'tin-tuc/a/index.html'))).toBe(false);
  });

  it('leaves a correct link alone and re-points a link to another folder', () => {
    expect(shareIncrementalCopies(cacheDir, outDir)).toBe('already-linked');
    const otherOut = path.join(root, 'other-out');
    expect(shareIncrementalCopies(cacheDir, otherOut)).toBe('linked');
    expect(fs.realpathSync(copies)).toBe(fs.realpathSync(otherOut));
  });

  it('recreates a deleted output folder, so the link never dangles during a build', () => {
    fs.rmSync(outDir, { recursive: true, force: true });
    expect(shareIncrementalCopies(cacheDir, outDir)).toBe('linked');
    expect(fs.statSync(copies).isDirectory()).toBe(true);
  });

  it('does nothing when the cache path already is the output folder', () => {
    const nested = path.join(root, 'nested-cache');
    expect(shareIncrementalCopies(nested, path.join(nested, INCREMENTAL_COPIES_FOLDER))).toBe('same-folder');
    expect(fs.lstatSync(path.join(nested, INCREMENTAL_COPIES_FOLDER)).isDirectory()).toBe(true);
  });
});

describe("Astro's second write of each page", () => {
  interface Cache {
    writeOutputFile(settings: { config: { cacheDir: URL } }, outputFile: string, body: Uint8Array): Promise<void>;
  }
  const astroRoot = path.dirname(createRequire(import.meta.url).resolve('astro/package.json'));
  const cacheDir = path.join(root, 'second-write-cache');
  const settings = { config: { cacheDir: pathToFileURL(cacheDir + path.sep) } };
  const copyOf = (page: string) => path.join(cacheDir, INCREMENTAL_COPIES_FOLDER, page);

  it('is the method the build calls, and stops writing once replaced', async () => {
    // The same module Astro's build imports (a file URL inside the installed package).
    const { IncrementalBuildCache } = (await import(pathToFileURL(path.join(astroRoot, 'dist/core/build/incremental.js')).href)) as {
      IncrementalBuildCache: new (configHash: string, lockfileHash: string, keyDigest: string) => Cache;
    };
    // Before: Astro writes the copy (if this fails, Astro changed and incremental-copies.ts needs a look).
    await new IncrementalBuildCache('c', 'l', 'k').writeOutputFile(settings, 'tin-tuc/a/index.html', new TextEncoder().encode('trang'));
    expect(fs.readFileSync(copyOf('tin-tuc/a/index.html'), 'utf8')).toBe('trang');

    expect(await skipRewritingLinkedCopies()).toBe(true);
    await new IncrementalBuildCache('c', 'l', 'k').writeOutputFile(settings, 'tin-tuc/b/index.html', new TextEncoder().encode('trang'));
    expect(fs.existsSync(copyOf('tin-tuc/b/index.html'))).toBe(false);
  });
});
