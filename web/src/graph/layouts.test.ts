import { describe, expect, it } from 'vitest';
import { layoutOptions, needsSpreading, spreadCoincident, type Point } from './layouts.js';

describe('spreading nodes a layout put on one point', () => {
  it('fans out every node of a stack, spacing apart, and leaves lone nodes alone', () => {
    const positions = new Map<string, Point>([
      ['a', { x: 100, y: 100 }],
      ['b', { x: 100.2, y: 99.8 }],
      ['c', { x: 100, y: 100 }],
      ['lone', { x: 500, y: 0 }],
    ]);
    const moved = spreadCoincident(positions, 40);
    expect([...moved.keys()].sort()).toEqual(['a', 'b', 'c']);
    const points = [...moved.values()];
    for (const [index, point] of points.entries()) {
      for (const other of points.slice(index + 1)) {
        expect(Math.hypot(point.x - other.x, point.y - other.y)).toBeGreaterThan(20);
      }
      // Around where the stack was.
      expect(Math.hypot(point.x - 100, point.y - 100)).toBeLessThan(40 * Math.sqrt(3));
    }
  });

  it('spreads a stack of hundreds into distinct places', () => {
    const positions = new Map<string, Point>(Array.from({ length: 600 }, (_, index) => [`system:${index}`, { x: 0, y: 0 }]));
    const moved = spreadCoincident(positions, 40);
    const distinct = new Set([...moved.values()].map((point) => `${Math.round(point.x)},${Math.round(point.y)}`));
    expect(distinct.size).toBe(600);
  });

  it('applies to large force-directed layouts only, which run the fast pass', () => {
    expect(needsSpreading('fcose', 2000)).toBe(true);
    expect(needsSpreading('fcose', 100)).toBe(false);
    expect(needsSpreading('grid', 2000)).toBe(false);
    expect(layoutOptions('fcose', 2000, false)).toMatchObject({ quality: 'draft', animate: false });
    expect(layoutOptions('fcose', 100, false)).toMatchObject({ quality: 'default', animate: true });
  });
});
