import { describe, expect, it } from 'vitest';
import { DEFAULT_SCALE, parseScaleArgs } from './options.js';
import { Random } from './random.js';

describe('parseScaleArgs', () => {
  it('takes the issue’s organisation by default and a flag for every count', () => {
    expect(parseScaleArgs([]).options).toEqual(DEFAULT_SCALE);
    const { options, force, clear, batchSize } = parseScaleArgs([
      '--systems',
      '50',
      '--evidence',
      '0',
      '--seed',
      '9',
      '--batch-size',
      '100',
      '--force',
    ]);
    expect(options).toMatchObject({ systems: 50, evidence: 0, seed: 9, models: 1000 });
    expect({ force, clear, batchSize }).toEqual({ force: true, clear: false, batchSize: 100 });
  });

  it('refuses counts that are not whole numbers, and unknown flags', () => {
    expect(() => parseScaleArgs(['--systems', '0'])).toThrow(/--systems must be a whole number from 1/);
    expect(() => parseScaleArgs(['--vendors', '2.5'])).toThrow(/--vendors/);
    expect(() => parseScaleArgs(['--sytems', '5'])).toThrow();
  });
});

describe('Random', () => {
  it('gives the same sequence for the same seed and stream, another for another', () => {
    const draw = (seed: number, stream: string) =>
      Array.from(
        { length: 5 },
        (
          (random) => () =>
            random.int(0, 1_000_000)
        )(new Random(seed, stream)),
      );
    expect(draw(42, 'systems')).toEqual(draw(42, 'systems'));
    expect(draw(42, 'systems')).not.toEqual(draw(43, 'systems'));
    expect(draw(42, 'systems')).not.toEqual(draw(42, 'models'));
  });

  it('draws within bounds', () => {
    const random = new Random(1);
    for (let i = 0; i < 1000; i += 1) {
      const value = random.int(3, 7);
      expect(value).toBeGreaterThanOrEqual(3);
      expect(value).toBeLessThanOrEqual(7);
      expect(random.skewed(10)).toBeLessThan(10);
    }
    expect(new Set(random.sample([1, 2, 3, 4, 5], 3)).size).toBe(3);
  });
});
