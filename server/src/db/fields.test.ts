import { describe, expect, it } from 'vitest';
import { fields, flag, integer, list, optionalNumber, optionalText, text, texts } from './fields.js';

describe('row readers', () => {
  it('give back values of the shape asked for', () => {
    expect(text('a', 'id')).toBe('a');
    expect(optionalText(null, 'title')).toBeNull();
    expect(optionalText(undefined, 'title')).toBeNull();
    expect(integer(3, 'count')).toBe(3);
    expect(optionalNumber(2.5, 'strength')).toBe(2.5);
    expect(optionalNumber(null, 'strength')).toBeNull();
    expect(flag(false, 'outgoing')).toBe(false);
    expect(fields({ a: 1 }, 'node')).toEqual({ a: 1 });
    expect(texts(['x', 'y'], 'labels')).toEqual(['x', 'y']);
  });

  it('refuse anything else, naming the value and where in the row it was', () => {
    expect(() => text(1, 'id')).toThrow('row value id: expected text, found number');
    expect(() => integer(1.5, 'count')).toThrow('expected an integer');
    expect(() => flag('true', 'outgoing')).toThrow('expected a boolean');
    expect(() => fields([], 'node')).toThrow('expected a map, found a list');
    expect(() => fields(null, 'node')).toThrow('found null');
    expect(() => list({}, 'paths', text)).toThrow('expected a list');
    expect(() => texts(['x', 2], 'labels')).toThrow('row value labels[1]: expected text');
  });
});
