import { describe, expect, it } from 'vitest';
import type { GraphQLError } from 'graphql';
import { inRange, integerArgument } from './integer-arguments.js';

describe('integer arguments', () => {
  const bounds = { fallback: 4, max: 8 };

  it('take the fallback when absent and any whole number from 1 to the maximum', () => {
    expect(integerArgument(undefined, 'maxDepth', bounds)).toBe(4);
    expect(integerArgument(null, 'maxDepth', bounds)).toBe(4);
    expect(integerArgument(1, 'maxDepth', bounds)).toBe(1);
    expect(integerArgument(8, 'maxDepth', bounds)).toBe(8);
  });

  it.each([0, 9, -1, 2.5, Number.NaN])('refuse %s as BAD_USER_INPUT naming the argument', (value) => {
    try {
      integerArgument(value, 'maxDepth', bounds);
    } catch (error) {
      expect((error as GraphQLError).message).toBe('"maxDepth" must be between 1 and 8.');
      expect((error as GraphQLError).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'maxDepth' });
      return;
    }
    throw new Error('not refused');
  });

  it('range checks take a lower bound', () => {
    expect(inRange(0, 6, 0)).toBe(true);
    expect(inRange(0, 6)).toBe(false);
    expect(inRange(7, 6, 0)).toBe(false);
  });
});
