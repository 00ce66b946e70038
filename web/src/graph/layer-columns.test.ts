import { describe, expect, it } from 'vitest';
import { layerColumnPositions } from './layer-columns.js';

describe('layerColumnPositions', () => {
  it('puts each layer in a column, left to right in layer order, centred on y = 0', () => {
    const positions = layerColumnPositions(
      [
        { id: 'b', layer: 1 },
        { id: 'a', layer: 0 },
        { id: 'c', layer: 1 },
        { id: 'm', layer: 0.5 },
      ],
      [],
      { layerGap: 100, rowGap: 10 },
    );
    expect(positions.get('a')).toEqual({ x: 0, y: 0 });
    expect(positions.get('m')).toEqual({ x: 100, y: 0 });
    expect(positions.get('b')).toEqual({ x: 200, y: -5 });
    expect(positions.get('c')).toEqual({ x: 200, y: 5 });
  });

  it('orders a column by where its neighbours sit, to cross fewer edges', () => {
    const positions = layerColumnPositions(
      [
        { id: 'top', layer: 0 },
        { id: 'bottom', layer: 0 },
        { id: 'child-of-bottom', layer: 1 },
        { id: 'child-of-top', layer: 1 },
      ],
      [
        { source: 'child-of-bottom', target: 'bottom' },
        { source: 'top', target: 'child-of-top' },
      ],
    );
    expect(positions.get('child-of-top')!.y).toBeLessThan(positions.get('child-of-bottom')!.y);
  });

  it('wraps a tall layer into several columns and moves the next layer past them', () => {
    const nodes = [
      { id: 'start', layer: 0 },
      ...Array.from({ length: 5 }, (_, index) => ({ id: `n${index}`, layer: 1 })),
      { id: 'end', layer: 2 },
    ];
    const positions = layerColumnPositions(nodes, [], { maxRows: 2, layerGap: 100, wrapGap: 40, rowGap: 10 });
    expect([0, 1, 2, 3, 4].map((index) => positions.get(`n${index}`)!.x)).toEqual([100, 100, 140, 140, 180]);
    expect(positions.get('n4')!.y).toBe(0);
    expect(positions.get('end')!.x).toBe(280);
  });

  it('places nodes without a layer last', () => {
    const positions = layerColumnPositions([{ id: 'loose' }, { id: 'a', layer: 3 }], [], { layerGap: 50 });
    expect(positions.get('a')!.x).toBe(0);
    expect(positions.get('loose')!.x).toBe(50);
  });
});
