// Hooks for the browser tests and `pnpm bench` (window.crosswalkCanvas, a forced renderer) are off
// unless localStorage "crosswalk.testHooks" is "1": a normal page exposes nothing extra.

export const TEST_HOOKS_KEY = 'crosswalk.testHooks';

/** True when the test and benchmark hooks are switched on in this browser. */
export function testHooksOn(storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): boolean {
  try {
    return storage?.getItem(TEST_HOOKS_KEY) === '1';
  } catch {
    // A browser that refuses storage (privacy settings) has no hooks.
    return false;
  }
}
