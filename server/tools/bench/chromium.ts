import { chromium, type Browser } from 'playwright-core';
import { DEBIAN_CHROMIUM, findChromium, isExecutable } from '../../src/../scripts/prerequisites.mjs';

// A headless Chromium (Debian's, which `npm test` installs as root when it is missing), as the browser
// tests and `pnpm bench` start it: with the flags that keep it from reaching for the network on its
// own, so only the loopback traffic the page itself makes leaves it.

/** Which Chromium: decided in server/scripts/prerequisites.mjs alone (CHROMIUM_PATH, /usr/bin/chromium, PATH). */
export const chromiumPath = () => findChromium() ?? DEBIAN_CHROMIUM;
export const chromiumAvailable = () => isExecutable(chromiumPath());

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
