/**
 * Headless Debian Chromium through playwright-core (never a downloaded browser).
 * Without Chromium, browser suites are skipped with a loud message, unless REQUIRE_BROWSER=1
 * (CI), where a missing browser is a failure.
 */
import fs from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { startStaticServer, type StaticServer } from './static-server.ts';

export const INSTALL_HINT = 'apt-get install -y chromium';

export function chromiumPath(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];
  return candidates.find((candidate) => fs.existsSync(candidate));
}

export const browserAvailable = Boolean(chromiumPath());

if (!browserAvailable) {
  const message = `Chromium not found: browser tests are ${process.env.REQUIRE_BROWSER === '1' ? 'REQUIRED and will fail' : 'SKIPPED'}. Install it with: ${INSTALL_HINT} (or set CHROMIUM_PATH).`;
  console.warn(`\n${'!'.repeat(message.length)}\n${message}\n${'!'.repeat(message.length)}\n`);
}

/** True when browser suites should run (or fail because the browser is required). */
export const runBrowserTests = browserAvailable || process.env.REQUIRE_BROWSER === '1';

export async function launchBrowser(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error(`Chromium is required (REQUIRE_BROWSER=1) but was not found. Install it with: ${INSTALL_HINT}`);
  return chromium.launch({
    executablePath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

export interface ServedSite {
  readonly browser: Browser;
  /** Base URL of the static server, without a trailing slash. */
  readonly url: string;
}

/**
 * Serves a built site and opens Chromium for the current describe block (closed after it).
 * Call inside `describe`; read `browser` and `url` in tests, after beforeAll has run.
 */
export function useServedSite(distDir: string): ServedSite {
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  beforeAll(async () => {
    server = await startStaticServer(distDir);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get browser() {
      if (!browser) throw new Error('useServedSite: the browser is opened in beforeAll');
      return browser;
    },
    get url() {
      if (!server) throw new Error('useServedSite: the server is started in beforeAll');
      return server.url;
    },
  };
}
