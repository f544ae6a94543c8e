/**
 * Headless Debian Chromium through playwright-core (never a downloaded browser).
 * Without Chromium, browser suites are skipped with a loud message, unless REQUIRE_BROWSER=1
 * (CI), where a missing browser is a failure.
 */
import fs from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

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
