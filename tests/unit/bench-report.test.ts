import { describe, expect, it } from 'vitest';
import type { SearchRun } from '../../scripts/bench/browser.ts';
import { plainSpaces } from '../../scripts/bench/format.ts';
import {
  checkTargets,
  formatChunkRow,
  formatLighthouse,
  formatReport,
  type BenchReport,
} from '../../scripts/bench/report.ts';

// The benchmark's verdicts against the issues' targets, and how its report reads.

const file = (path: string, gzipBytes: number) => ({
  path,
  kind: 'data' as const,
  rawBytes: gzipBytes,
  gzipBytes,
});
const searchRun = (query: string, gzipBytes: number): SearchRun => {
  const files = [
    file('/pagefind/wasm.fr.pagefind', gzipBytes - 4_000),
    file('/pagefind/fragment/fr_3.pf_fragment', 4_000),
  ];
  return {
    query,
    results: 10,
    resultsMs: 4_550,
    files,
    rawBytes: gzipBytes,
    gzipBytes,
    page: { rawBytes: gzipBytes + 50_000, gzipBytes: gzipBytes + 20_000, own: [] },
  };
};

function report({
  n = 1000,
  wallMs = 10_000,
  memory = 900_000_000 as number | null,
  searches = [90_000],
  ownJs = 0,
  heaviest = 11_000,
  rawBytes = 33_000,
} = {}): BenchReport {
  return {
    format: 'tilab-bench/3',
    measuredAt: '2026-11-26T00:00:00.000Z',
    machine: 'processeur AMD EPYC, 2 cœurs, 25 Go de mémoire, Linux 6.18, Node.js 24.21.0',
    content: {
      generatedMethods: n,
      generatedProjects: n / 5,
      methods: n + 39,
      projects: n / 5 + 6,
    },
    build: {
      wallMs,
      peakRssBytes: memory,
      timings: { contentCheckMs: 1000, contentSyncMs: 4000, renderMs: 3000, pages: 1267 },
    },
    rebuild: { wallMs: 9000, timings: { contentSyncMs: 700 } },
    method: {
      path: '/methodes/personas/',
      resources: [],
      rawBytes,
      gzipBytes: 10_900,
      siteWideJsGzipBytes: 400,
      ownJsGzipBytes: ownJs,
      heaviest: { path: '/methodes/x/', gzipBytes: heaviest },
    },
    browser: {
      profile: '4G lente',
      method: { path: '/methodes/personas/', firstPaintMs: 1890, loadedMs: 1920 },
      searches: searches.map((bytes, i) => searchRun(`q${i}`, bytes)),
    },
    lighthouse: null,
  };
}

const verdict = (r: BenchReport, label: RegExp, reference?: BenchReport) =>
  checkTargets(r, reference).find((t) => label.test(t.label))?.met;

describe('the benchmark targets', () => {
  it('want 1,000 sheets built in 11 s and 5,000 in 60 s, and set none beyond', () => {
    expect(verdict(report({ wallMs: 11_000 }), /^construction/)).toBe(true);
    expect(verdict(report({ wallMs: 11_001 }), /^construction/)).toBe(false);
    expect(verdict(report({ n: 5000, wallMs: 59_000 }), /^construction/)).toBe(true);
    expect(verdict(report({ n: 5000, wallMs: 61_000 }), /^construction/)).toBe(false);
    expect(verdict(report({ n: 10_000, wallMs: 500_000 }), /^construction/)).toBeNull();
  });

  it('judge memory against 2 GB, and say nothing when it was not measured', () => {
    expect(verdict(report({ memory: 1_999_000_000 }), /^mémoire/)).toBe(true);
    expect(verdict(report({ memory: 2_100_000_000 }), /^mémoire/)).toBe(false);
    expect(verdict(report({ memory: null }), /^mémoire/)).toBeNull();
  });

  it('judge the first search by its heaviest query', () => {
    expect(verdict(report({ searches: [80_000, 99_000] }), /recherche/)).toBe(true);
    expect(verdict(report({ searches: [80_000, 141_100] }), /recherche/)).toBe(false);
  });

  it('judge a sheet by the heaviest real sheet, and its JavaScript by what is its own', () => {
    expect(verdict(report({ heaviest: 15_001 }), /pèse 15 Ko/)).toBe(false);
    expect(verdict(report({ ownJs: 0 }), /JavaScript/)).toBe(true);
    expect(verdict(report({ ownJs: 120 }), /JavaScript/)).toBe(false);
  });

  it('want a sheet to weigh, with N sheets more, what it weighs on the real site alone (to 1 %)', () => {
    const alone = report({ n: 0 });
    expect(verdict(report({ rawBytes: 33_200 }), /grandit/, alone)).toBe(true);
    expect(verdict(report({ rawBytes: 60_000 }), /grandit/, alone)).toBe(false);
    expect(verdict(report({ n: 0 }), /grandit/, alone)).toBeUndefined();
    expect(verdict(report(), /grandit/)).toBeUndefined();
  });
});

describe('the benchmark report', () => {
  const text = (r: BenchReport) => plainSpaces(formatReport(r, checkTargets(r)));

  it('splits the build as the build itself timed it, and says what it did not measure', () => {
    const slow = text(report({ wallMs: 17_000 }));
    expect(slow).toContain('synchronisation du contenu (Markdown) 4,0 s');
    expect(slow).toContain('compilation (Vite) non mesuré');
    expect(slow).toContain('cache d’Astro conservé : 9,0 s (synchronisation 0,7 s');
    expect(slow).toMatch(
      /✗ construction complète de 1 000 fiches générées en 11,0 s au plus — mesuré : 17,0 s/,
    );
  });

  it('gives the slow phone and what each first search downloads before its first excerpt', () => {
    const searched = text(report({ searches: [113_000] }));
    expect(searched).toContain('fiche : premier affichage en 1,9 s, chargée en 1,9 s');
    expect(searched).toContain(
      '« q0 » : 10 résultats, 2 fichiers, 113,0 Ko (dont 109,0 Ko avant le premier extrait), affichés en 4,6 s',
    );
    expect(searched).toMatch(/✗ une première recherche télécharge 100 Ko .* mesuré : 113,0 Ko/);
    expect(text({ ...report(), browser: null })).toContain('non mesurés (Chromium indisponible');
  });

  it('gives each Lighthouse page its score, a verdict against 95 and its metrics', () => {
    const lines = formatLighthouse([
      {
        template: 'fiche',
        path: '/methodes/personas/',
        score: 100,
        metrics: { FCP: 940, TBT: 12 },
      },
      {
        template: 'recherche avec résultats',
        path: '/recherche/?q=atelier',
        score: 79,
        metrics: { LCP: 2156, CLS: 0.24 },
      },
    ]).map(plainSpaces);
    expect(lines[0]).toMatch(/^Lighthouse, performance \(profil mobile .*objectif 95 :$/);
    expect(lines[1]).toMatch(
      /^ ✓ 100 fiche \/methodes\/personas\/ FCP 0,9 s, LCP —, TBT 12 ms, CLS 0,000/,
    );
    expect(lines[2]).toMatch(/^ ✗ 79 recherche .* LCP 2,2 s, TBT 0 ms, CLS 0,240,/);
    expect(formatLighthouse(null)[1]).toMatch(/non mesurée/);
  });

  it('gives, for a chunk size, the index’s shape and each query’s requests, kilobytes and time', () => {
    const row = formatChunkRow({
      methods: 1000,
      chunkSize: 5000,
      index: { chunks: 142, largestChunkBytes: 36_400, metaBytes: 14_100 },
      searches: [searchRun('persona', 112_400)],
    });
    expect(plainSpaces(row)).toMatch(
      /^ 1 000 5 000 142 36,4 Ko 14,1 Ko « persona » 2 req\., 112,4 Ko \(108,4 Ko\), 4,6 s$/,
    );
  });
});
