import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { answeringReads, holdSynchronousReads, readingSynchronously } from '../../src/data/synchronous-reads.ts';
import { readTextFile } from '../../src/lib/file-tree.ts';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'synchronous-reads-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
const write = (relative: string, text: string) => {
  const file = path.join(root, relative);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  return file;
};

describe('content files read synchronously while a collection loads', () => {
  const nodeReadFile = fs.promises.readFile;

  it('reads a file below the folder at the call, as Astro calls it (file URL, utf-8)', async () => {
    const file = write('articles/2026/bai.md', '# Bài một');
    await readingSynchronously(path.join(root, 'articles'), async () => {
      const read = fs.promises.readFile(pathToFileURL(file), 'utf-8');
      // Read already: a change after the call does not show.
      fs.writeFileSync(file, '# Đã sửa');
      expect(await read).toBe('# Bài một');
      await expect(fs.promises.readFile(pathToFileURL(path.join(root, 'articles', 'khong-co.md')), 'utf-8')).rejects.toMatchObject({ code: 'ENOENT' });
    });
    expect(fs.promises.readFile).toBe(nodeReadFile);
  });

  it('leaves other reads to Node, and puts Node’s back once every collection has loaded', async () => {
    const outside = write('elsewhere/khac.md', 'khác');
    const categories = write('categories/tin.md', 'tin');
    let finishArticles!: () => void;
    const articles = readingSynchronously(path.join(root, 'articles'), () => new Promise<void>((resolve) => (finishArticles = resolve)));
    await readingSynchronously(path.join(root, 'categories'), async () => {
      expect(await fs.promises.readFile(categories, 'utf-8')).toBe('tin');
      // Bytes, and files elsewhere, as Node reads them.
      expect(Buffer.isBuffer(await fs.promises.readFile(categories))).toBe(true);
      expect(await fs.promises.readFile(outside, 'utf-8')).toBe('khác');
    });
    expect(fs.promises.readFile).not.toBe(nodeReadFile);
    finishArticles();
    await articles;
    expect(fs.promises.readFile).toBe(nodeReadFile);
  });

  it('gives a stand-in’s text for the files it answers for, only while that folder loads', async () => {
    const unchanged = write('stand-in/khong-doi.md', 'chữ thật');
    const changed = write('stand-in/da-sua.md', 'đã sửa');
    const asked: string[] = [];
    const standIn = (file: string) => (asked.push(file), file === unchanged ? 'thay thế' : undefined);
    await readingSynchronously(path.join(root, 'stand-in'), async () => {
      expect(await fs.promises.readFile(pathToFileURL(unchanged), 'utf-8')).toBe('thay thế');
      expect(await fs.promises.readFile(pathToFileURL(changed), 'utf-8')).toBe('đã sửa');
    }, standIn);
    expect(asked).toEqual([unchanged, changed]);
    expect(await fs.promises.readFile(unchanged, 'utf-8')).toBe('chữ thật');
  });

  it('holds synchronous reads of one file until released (the content store at the start of a build)', async () => {
    const store = write('cache/data-store.json', '["Map"]');
    const release = holdSynchronousReads(store);
    const read = fs.promises.readFile(store, 'utf-8');
    fs.writeFileSync(store, '["Đã đổi"]');
    expect(await read).toBe('["Map"]');
    release();
    release();
    expect(fs.promises.readFile).toBe(nodeReadFile);
  });

  it('answers reads of one file with a given text while a load runs (the store in V8’s format)', async () => {
    const store = write('cache-binary/data-store.json', 'khcn-content-store 1 v8 …');
    const neighbour = write('cache-binary/data-store.json.tmp', 'tệp bên cạnh');
    const read = await answeringReads(store, '[["Map"]]', async () => [
      await fs.promises.readFile(pathToFileURL(store), 'utf-8'),
      await fs.promises.readFile(neighbour, 'utf-8'),
      await fs.promises.readFile(store),
    ]);
    expect(read[0]).toBe('[["Map"]]');
    expect(read[1]).toBe('tệp bên cạnh');
    // Bytes are read from the file.
    expect(read[2]).toEqual(Buffer.from('khcn-content-store 1 v8 …'));
    expect(fs.promises.readFile).toBe(nodeReadFile);
    expect(await fs.promises.readFile(store, 'utf-8')).toBe('khcn-content-store 1 v8 …');
  });
});

describe('readTextFile', () => {
  it('gives what Node gives for utf8: NFD kept, a byte order mark kept, invalid bytes as U+FFFD, CRLF kept', () => {
    const samples = [
      Buffer.from('Khoa học công nghệ: đổi mới sáng tạo\n', 'utf8'),
      Buffer.from('Khoa ho\u0323c co\u0302ng nghe\u0323\u0302', 'utf8'),
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('---\r\ntitle: Đường\r\n---\r\n', 'utf8')]),
      Buffer.concat([Buffer.from('Tr', 'utf8'), Buffer.from([0xc6, 0xb0, 0xe1, 0xbb]), Buffer.from('ng', 'utf8'), Buffer.from([0xff, 0xfe])]),
      Buffer.from('', 'utf8'),
    ];
    samples.forEach((bytes, position) => {
      const file = path.join(root, 'text', `${position}.md`);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, bytes);
      expect(readTextFile(file)).toBe(fs.readFileSync(file, 'utf8'));
    });
    expect(readTextFile(path.join(root, 'text', '3.md'))).toContain('\uFFFD');
  });
});
