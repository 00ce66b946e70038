// The tests start Chromium exactly as `pnpm bench` does (server/src/bench/chromium.ts).
export { launchChromium } from '../../server/src/bench/chromium.js';
