// The tests start Chromium exactly as `pnpm bench` does (server/tools/bench/chromium.ts), at the path
// server/scripts/prerequisites.mjs decides, the one `npm test` checked before any test ran; and they
// turn on the explorer's test hooks as the bench does.
export { launchChromium } from '../../server/tools/bench/chromium.js';
export { enableTestHooks } from '../../server/tools/bench/explorer.js';
