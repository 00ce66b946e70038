import { chromium, type Browser } from 'playwright-core';

/**
 * Debian's headless Chromium (installed by .ci/run), with the flags that keep it from reaching for
 * the network on its own: the tests must see only the loopback traffic the page itself makes.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
