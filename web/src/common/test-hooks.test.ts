import { describe, expect, it } from 'vitest';
import { TEST_HOOKS_KEY, testHooksOn } from './test-hooks.js';

const storage = (values: Record<string, string>) => ({ getItem: (key: string) => values[key] ?? null });

describe('testHooksOn', () => {
  it('is off without the switch, on with "1" only', () => {
    expect(testHooksOn(storage({}))).toBe(false);
    expect(testHooksOn(undefined)).toBe(false);
    expect(testHooksOn(storage({ [TEST_HOOKS_KEY]: 'true' }))).toBe(false);
    expect(testHooksOn(storage({ [TEST_HOOKS_KEY]: '1' }))).toBe(true);
  });

  it('is off when the browser refuses storage', () => {
    expect(
      testHooksOn({
        getItem: () => {
          throw new Error('SecurityError');
        },
      }),
    ).toBe(false);
  });
});
