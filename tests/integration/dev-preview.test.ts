import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withoutVitestEnv } from '../support/build.ts';
import { fixtureContentDir, outRoot, projectRoot } from '../support/paths.ts';

/** `npm run dev` previews drafts and scheduled articles, clearly labelled. */
describe('npm run dev', () => {
  let dev: ChildProcess;
  let baseUrl = '';

  beforeAll(async () => {
    const port = 43000 + Math.floor(Math.random() * 2000);
    dev = spawn('npx', ['astro', 'dev', '--port', String(port), '--host', '127.0.0.1'], {
      cwd: projectRoot,
      env: { ...withoutVitestEnv(), CONTENT_DIR: fixtureContentDir, ASTRO_CACHE_DIR: path.join(outRoot, 'cache', 'dev'), NODE_ENV: 'development', BUILD_TIME: '2026-11-20T10:00:00+07:00' },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let output = '';
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`dev server did not start:\n${output}`)), 90_000);
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        // Vite moves to the next port when the chosen one is taken: read the one it printed.
        // Colour codes (CI forces colours) would split "Local" from the address.
        const ready = /Local\s+(http:\/\/127\.0\.0\.1:\d+)/.exec(output.replace(/\u001b\[[0-9;]*m/g, ''));
        if (ready) {
          baseUrl = ready[1]!;
          clearTimeout(timer);
          resolve();
        }
      };
      dev.stdout!.on('data', onData);
      dev.stderr!.on('data', onData);
    });
  }, 120_000);

  afterAll(() => {
    if (dev?.pid) process.kill(-dev.pid, 'SIGTERM');
  });

  it('shows a draft with the "Bản nháp" label and a scheduled article with "Hẹn giờ đăng"', async () => {
    const draft = await (await fetch(`${baseUrl}/tin-tuc/ban-nhap-chua-dang/`)).text();
    expect(draft).toContain('Bài nháp zebrafinch chưa được đăng');
    expect(draft).toMatch(/<span class="badge"[^>]*>Bản nháp<\/span>/);
    const scheduled = await (await fetch(`${baseUrl}/tin-tuc/bai-hen-gio-dang/`)).text();
    expect(scheduled).toMatch(/<span class="badge"[^>]*>Hẹn giờ đăng: 08:00 15\/03\/2027<\/span>/);
    const list = await (await fetch(`${baseUrl}/chuyen-muc/chuyen-doi-so/`)).text();
    expect(list).toContain('Bản nháp');
  }, 60_000);
});
