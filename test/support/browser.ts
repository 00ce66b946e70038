// The tests start Chromium exactly as `pnpm bench` does (server/src/bench/chromium.ts), at the path
// server/scripts/prerequisites.mjs decides, the one `npm test` checked before any test ran.
export { launchChromium } from '../../server/src/bench/chromium.js';
