import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

// Debian's headless Chromium (installed by .ci/run), as the browser tests and `pnpm bench` start it:
// with the flags that keep it from reaching for the network on its own, so only the loopback traffic
// the page itself makes leaves it.

export const chromiumPath = () => process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const chromiumAvailable = () => existsSync(chromiumPath());

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
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
