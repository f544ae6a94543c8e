import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { EVENT_LOOP_TURN_MS, writePagesSynchronously } from '../../src/integrations/page-writes.ts';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'page-writes-'));
const outDir = path.join(root, 'dist');
const elsewhere = path.join(root, 'elsewhere');
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('page files written synchronously while pages render', () => {
  const nodeMkdir = fs.promises.mkdir;
  const nodeWriteFile = fs.promises.writeFile;
  let restore: (() => void) | undefined;
  afterEach(() => {
    restore?.();
    restore = undefined;
  });

  it('creates the folder and the file before the promise is awaited, as Astro calls them (file URLs, bytes)', async () => {
    restore = writePagesSynchronously(outDir);
    const folder = pathToFileURL(path.join(outDir, 'tin-tuc', 'bài-một') + path.sep);
    const made = fs.promises.mkdir(folder, { recursive: true });
    expect(fs.statSync(folder).isDirectory()).toBe(true);
    await made;
    const file = new URL('index.html', folder);
    const written = fs.promises.writeFile(file, Buffer.from('<p>Tiếng Việt</p>'));
    expect(fs.readFileSync(file, 'utf8')).toBe('<p>Tiếng Việt</p>');
    await written;
  });

  it('lets the event loop turn while pages are written, so that messages from worker threads get through', async () => {
    restore = writePagesSynchronously(outDir);
    fs.mkdirSync(path.join(outDir, 'vong-lap'), { recursive: true });
    // Four renderers writing pages as fast as they can, with nothing else to wait for.
    const start = performance.now();
    let turnedAfter: number | undefined;
    setImmediate(() => (turnedAfter = performance.now() - start));
    const renderer = async (which: number) => {
      for (let page = 0; performance.now() - start < 6 * EVENT_LOOP_TURN_MS; page += 1) {
        await fs.promises.writeFile(path.join(outDir, 'vong-lap', `${which}-${page % 20}.html`), Buffer.from('<p>trang</p>'));
      }
    };
    await Promise.all([0, 1, 2, 3].map(renderer));
    expect(turnedAfter).toBeDefined();
    expect(turnedAfter!).toBeLessThan(3 * EVENT_LOOP_TURN_MS);
  });

  it('rejects as Node would when a write fails', async () => {
    restore = writePagesSynchronously(outDir);
    const inMissingFolder = pathToFileURL(path.join(outDir, 'không-có', 'index.html'));
    await expect(fs.promises.writeFile(inMissingFolder, Buffer.from('x'))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('leaves other calls to Node: paths outside the output folder, text, options', async () => {
    restore = writePagesSynchronously(outDir);
    fs.mkdirSync(elsewhere, { recursive: true });
    const outside = path.join(elsewhere, 'a.txt');
    const pending = fs.promises.writeFile(outside, Buffer.from('ngoài'));
    await pending;
    expect(fs.readFileSync(outside, 'utf8')).toBe('ngoài');
    // A sibling folder whose name starts like the output folder's is outside it.
    const sibling = `${outDir}-khac`;
    await fs.promises.mkdir(sibling, { recursive: true });
    expect(fs.statSync(sibling).isDirectory()).toBe(true);
    await fs.promises.writeFile(path.join(outDir, 'tin-tuc', 'bài-một', 'text.txt'), 'chuỗi', 'utf8');
    expect(fs.readFileSync(path.join(outDir, 'tin-tuc', 'bài-một', 'text.txt'), 'utf8')).toBe('chuỗi');
  });

  it("puts Node's functions back", () => {
    writePagesSynchronously(outDir)();
    expect(fs.promises.mkdir).toBe(nodeMkdir);
    expect(fs.promises.writeFile).toBe(nodeWriteFile);
  });

  it("is how the installed Astro writes each rendered page (an upgrade that writes otherwise fails here)", () => {
    const astroRoot = path.dirname(createRequire(import.meta.url).resolve('astro/package.json'));
    const generate = fs.readFileSync(path.join(astroRoot, 'dist', 'core', 'build', 'generate.js'), 'utf8');
    expect(generate).toMatch(/^import nodeFs from "node:fs";$/m);
    expect(generate).toContain('await nodeFs.promises.mkdir(result.outFolder, { recursive: true });');
    expect(generate).toContain('await nodeFs.promises.writeFile(result.outFile, result.body);');
  });
});
