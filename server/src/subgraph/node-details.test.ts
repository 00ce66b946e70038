import { describe, expect, it } from 'vitest';
import { propertyText, toNodeProperties } from './node-details.js';

describe('node properties as text', () => {
  it('scalars as text: strings as they are, numbers as written, booleans, ISO dates (already strings)', () => {
    expect(propertyText('Art. 9')).toBe('Art. 9');
    expect(propertyText(12)).toBe('12');
    expect(propertyText(0.5)).toBe('0.5');
    expect(propertyText(false)).toBe('false');
    expect(propertyText('2026-08-02')).toBe('2026-08-02');
  });

  it('every key, ordered by code point; lists in values, scalars in value', () => {
    expect(
      toNodeProperties({
        title: 'Risk management system',
        position: 9,
        verifiedBy: ['a', 'b'],
        grouping: true,
        appliesFrom: '2026-08-02',
        empty: [],
      }),
    ).toEqual([
      { key: 'appliesFrom', value: '2026-08-02', values: null },
      { key: 'empty', value: null, values: [] },
      { key: 'grouping', value: 'true', values: null },
      { key: 'position', value: '9', values: null },
      { key: 'title', value: 'Risk management system', values: null },
      { key: 'verifiedBy', value: null, values: ['a', 'b'] },
    ]);
    expect(toNodeProperties({ b: 1, B: 2, a: 3 }).map((property) => property.key)).toEqual(['B', 'a', 'b']);
    expect(toNodeProperties({})).toEqual([]);
  });
});
