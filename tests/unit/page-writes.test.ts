import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { EVENT_LOOP_TURN_MS, writePagesInBackground, type FinishPageWrites } from '../../src/integrations/page-writes.ts';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'page-writes-'));
const outDir = path.join(root, 'dist');
const elsewhere = path.join(root, 'elsewhere');
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('page files written by a thread of their own while pages render', () => {
  const nodeMkdir = fs.promises.mkdir;
  const nodeWriteFile = fs.promises.writeFile;
  let finish: FinishPageWrites | undefined;
  afterEach(async () => {
    await finish?.().catch(() => undefined);
    finish = undefined;
  });

  it('creates the folder and the file, as Astro calls them (file URLs, bytes), by the time the writes are finished', async () => {
    finish = writePagesInBackground(outDir);
    const folder = pathToFileURL(path.join(outDir, 'tin-tuc', 'bài-một') + path.sep);
    await fs.promises.mkdir(folder, { recursive: true });
    const file = new URL('index.html', folder);
    await fs.promises.writeFile(file, Buffer.from('<p>Tiếng Việt</p>'));
    const done = finish;
    finish = undefined;
    await done();
    expect(fs.readFileSync(file, 'utf8')).toBe('<p>Tiếng Việt</p>');
  });

  it('keeps the order of the writes and loses none while it holds rendering back', async () => {
    // Tiny limits: a batch per page, and rendering waits for the writer after every other one.
    finish = writePagesInBackground(outDir, { batchBytes: 1, maxPendingBytes: 2048 });
    const pages = Array.from({ length: 300 }, (_, page) => page);
    for (const page of pages) {
      const folder = path.join(outDir, 'thu-tu', String(page % 30));
      await fs.promises.mkdir(folder, { recursive: true });
      await fs.promises.writeFile(path.join(folder, 'index.html'), Buffer.from(`<p>trang ${page}</p>`.padEnd(1024, ' ')));
    }
    const done = finish;
    finish = undefined;
    await done();
    // Each folder's file was written ten times: the last write wins.
    for (let folder = 0; folder < 30; folder += 1) {
      expect(fs.readFileSync(path.join(outDir, 'thu-tu', String(folder), 'index.html'), 'utf8').trim()).toBe(`<p>trang ${270 + folder}</p>`);
    }
  });

  it('lets the event loop turn while pages are written, so that messages from worker threads get through', async () => {
    finish = writePagesInBackground(outDir);
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

  it('fails the build once the writes are finished when one failed, naming the file, after writing the others', async () => {
    finish = writePagesInBackground(outDir);
    const inMissingFolder = path.join(outDir, 'không-có', 'index.html');
    await fs.promises.writeFile(pathToFileURL(inMissingFolder), Buffer.from('x'));
    await fs.promises.writeFile(path.join(outDir, 'sau-loi.html'), Buffer.from('vẫn ghi'));
    const done = finish;
    finish = undefined;
    await expect(done()).rejects.toMatchObject({ code: 'ENOENT', path: inMissingFolder });
    expect(fs.readFileSync(path.join(outDir, 'sau-loi.html'), 'utf8')).toBe('vẫn ghi');
  });

  it('leaves other calls to Node: paths outside the output folder, text, options', async () => {
    finish = writePagesInBackground(outDir);
    fs.mkdirSync(elsewhere, { recursive: true });
    const outside = path.join(elsewhere, 'a.txt');
    await fs.promises.writeFile(outside, Buffer.from('ngoài'));
    expect(fs.readFileSync(outside, 'utf8')).toBe('ngoài');
    // A sibling folder whose name starts like the output folder's is outside it.
    const sibling = `${outDir}-khac`;
    await fs.promises.mkdir(sibling, { recursive: true });
    expect(fs.statSync(sibling).isDirectory()).toBe(true);
    fs.mkdirSync(path.join(outDir, 'van-ban'), { recursive: true });
    await fs.promises.writeFile(path.join(outDir, 'van-ban', 'text.txt'), 'chuỗi', 'utf8');
    expect(fs.readFileSync(path.join(outDir, 'van-ban', 'text.txt'), 'utf8')).toBe('chuỗi');
  });

  it("puts Node's functions back", async () => {
    await writePagesInBackground(outDir)();
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
