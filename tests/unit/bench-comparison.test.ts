import { describe, expect, it } from 'vitest';
import { compare, formatComparison, median, ratio } from '../../scripts/bench/comparison.ts';

describe('the bench’s comparison with a bare Astro build', () => {
  it('takes the median of each round’s ratio, so that a round run under load weighs no more than one', () => {
    const result = compare([
      { siteMs: 30_000, siteAstroMs: 20_000, bareMs: 10_000 },
      { siteMs: 60_000, siteAstroMs: 44_000, bareMs: 40_000 },
      { siteMs: 33_000, siteAstroMs: 24_000, bareMs: 11_000 },
    ]);
    expect(result.astroRatio).toBeCloseTo(2);
    expect(result.wholeRatio).toBeCloseTo(3);
  });

  it('reads in French, with decimal commas', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(ratio(1.104)).toBe('1,10×');
    const lines = formatComparison(
      compare([{ siteMs: 34_700, siteAstroMs: 23_900, bareMs: 10_600 }]),
    );
    expect(lines.at(-1)).toBe(
      '  rapport médian : 2,25× pour astro build, 3,27× pour npm run build',
    );
  });
});
