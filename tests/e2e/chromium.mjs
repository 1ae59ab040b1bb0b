// Debian's Chromium for the end-to-end tests and the benchmark (bench/run).
import { chromium } from 'playwright-core';

/** Debian's Chromium, headless, quiet on a closed network (without the background-networking
 * flags it floods the network); Playwright gives each launch a fresh profile. */
export function launch() {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
}
