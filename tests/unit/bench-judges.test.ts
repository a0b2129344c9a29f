import { describe, expect, it } from 'vitest';
import { formatLighthouse } from '../../scripts/bench/lighthouse-performance.ts';
import { formatChunkRow } from '../../scripts/bench/search-chunks.ts';
import { plainSpaces } from '../../scripts/bench/format.ts';

// How the bench reports Lighthouse's performance and the index chunk sizes (runs of spaces read as one).

describe('the Lighthouse lines of the bench', () => {
  it('gives each page its score, a verdict against 95 and its metrics', () => {
    const lines = formatLighthouse([
      {
        template: 'fiche',
        path: '/methodes/personas/',
        score: 100,
        metrics: { FCP: 940, LCP: 940, TBT: 12, CLS: 0, SI: 940 },
      },
      {
        template: 'recherche avec résultats',
        path: '/recherche/?q=atelier',
        score: 79,
        metrics: { FCP: 1052, LCP: 2156, TBT: 338.5, CLS: 0.24, SI: 1052 },
      },
    ]).map(plainSpaces);
    expect(lines[0]).toMatch(/^Lighthouse, performance \(profil mobile .*objectif 95 :$/);
    expect(lines[1]).toMatch(
      /^ ✓ 100 fiche \/methodes\/personas\/ FCP 0,9 s, LCP 0,9 s, TBT 12 ms, CLS 0,000, SI 0,9 s$/,
    );
    expect(lines[2]).toMatch(
      /^ ✗ 79 recherche avec résultats .* LCP 2,2 s, TBT 339 ms, CLS 0,240,/,
    );
  });

  it('says when Lighthouse could not run', () => {
    expect(formatLighthouse(null)[1]).toMatch(/non mesurée/);
  });
});

describe('the chunk-size table', () => {
  it('gives the index’s shape and each query’s requests and kilobytes', () => {
    const row = plainSpaces(
      formatChunkRow({
        sheets: 1000,
        chunkSize: 5000,
        index: { chunks: 142, largestChunkBytes: 36_400, metaBytes: 14_100, indexMs: 4000 },
        searches: [
          { query: 'persona', requests: 15, gzipBytes: 112_400, beforeExcerptsBytes: 79_000 },
        ],
        slowResultsMs: 4200,
      }),
    );
    expect(row).toMatch(/^ 1 000 5 000 142 36,4 Ko 14,1 Ko 15 req\., 112,4 Ko \(79,0 Ko\) 4,2 s$/);
  });
});
