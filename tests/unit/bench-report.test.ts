import { describe, expect, it } from 'vitest';
import type { BuildTimings } from '../../src/build/timings.ts';
import type { ReferenceFigures } from '../../scripts/bench/reference.ts';
import { checkTargets, formatReport, type BenchReport } from '../../scripts/bench/report.ts';

// The benchmark's verdicts against the targets, and how the report reads.

const phases: BuildTimings = {
  startupMs: 2000,
  contentCheckMs: 1000,
  contentSyncMs: 4000,
  bundleMs: 1500,
  renderMs: 3000,
  astroEndMs: 500,
  pagefindMs: 3000,
  linkCheckMs: 400,
  pages: 1267,
  indexedPages: 1267,
};

function report(
  overrides: {
    n?: number;
    wallMs?: number;
    memory?: number | null;
    searches?: number[];
    ownJs?: number;
    heaviest?: number;
    pageBytes?: number;
  } = {},
): Omit<BenchReport, 'targets'> {
  const {
    n = 1000,
    wallMs = 10_000,
    memory = 900_000_000,
    searches = [90_000],
    ownJs = 0,
    heaviest = 11_000,
    pageBytes = 33_000,
  } = overrides;
  return {
    format: 'tilab-bench/2',
    measuredAt: '2026-11-26T00:00:00.000Z',
    machine: {
      cpu: 'AMD EPYC',
      cores: 2,
      memoryBytes: 25e9,
      system: 'Linux 6.18.0',
      node: 'v24.21.0',
    },
    content: {
      syntheticMethods: n,
      syntheticProjects: n / 5,
      methodSheets: n + 39,
      caseStudies: n / 5 + 6,
      generationMs: 800,
    },
    build: {
      wallMs,
      pages: 1267,
      pagesPerSecond: 127,
      peakTreeRssBytes: memory,
      largestProcessRssBytes: memory,
      phases,
    },
    rebuild: { wallMs: 9000, phases: { ...phases, contentSyncMs: 700 } },
    output: { distBytes: 26e6, distFiles: 2603, pagefindBytes: 4e6, pagefindFiles: 1322 },
    methodPage: {
      path: '/methodes/personas/',
      requests: 4,
      rawBytes: pageBytes,
      gzipBytes: 10_900,
      resources: [],
      siteWideJs: { rawBytes: 600, gzipBytes: 400 },
      ownJs: { rawBytes: ownJs, gzipBytes: ownJs },
      realSheets: {
        count: 39,
        medianGzipBytes: 10_400,
        maxGzipBytes: heaviest,
        maxPath: '/methodes/x/',
      },
    },
    searchPage: { path: '/recherche/', requests: 5, rawBytes: 30_000, gzipBytes: 8_900 },
    firstSearch: searches.map((gzipBytes, i) => ({
      query: `q${i}`,
      results: 10,
      files: [],
      rawBytes: gzipBytes,
      gzipBytes,
    })),
    firstSearchError: null,
    slowDevice: {
      profile: '4G lente',
      sheet: { path: '/methodes/personas/', firstPaintMs: 1890, loadedMs: 1920 },
      search: { query: 'atelier', resultsMs: 4550, results: 10 },
    },
  };
}

const verdict = (r: Omit<BenchReport, 'targets'>, id: string) =>
  checkTargets(r).find((t) => t.id === id)!.met;

describe('the benchmark targets', () => {
  it('want 1,000 sheets built in 11 s and 5,000 in 60 s, and set none beyond', () => {
    expect(verdict(report({ wallMs: 11_000 }), 'buildTime')).toBe(true);
    expect(verdict(report({ wallMs: 11_001 }), 'buildTime')).toBe(false);
    expect(verdict(report({ n: 5000, wallMs: 59_000 }), 'buildTime')).toBe(true);
    expect(verdict(report({ n: 5000, wallMs: 61_000 }), 'buildTime')).toBe(false);
    expect(verdict(report({ n: 10_000, wallMs: 500_000 }), 'buildTime')).toBeNull();
  });

  it('judge memory against 2 GB, and say nothing when it was not measured', () => {
    expect(verdict(report({ memory: 1_999_000_000 }), 'buildMemory')).toBe(true);
    expect(verdict(report({ memory: 2_100_000_000 }), 'buildMemory')).toBe(false);
    expect(verdict(report({ memory: null }), 'buildMemory')).toBeNull();
  });

  it('judge the first search by its heaviest query', () => {
    expect(verdict(report({ searches: [80_000, 99_000] }), 'firstSearch')).toBe(true);
    expect(verdict(report({ searches: [80_000, 141_100] }), 'firstSearch')).toBe(false);
  });

  it('judge a method page by the heaviest real sheet, and its JavaScript by what is its own', () => {
    expect(verdict(report({ heaviest: 15_001 }), 'methodPageWeight')).toBe(false);
    expect(verdict(report({ ownJs: 0 }), 'methodPageJs')).toBe(true);
    expect(verdict(report({ ownJs: 120 }), 'methodPageJs')).toBe(false);
  });
});

describe('the page-growth target', () => {
  const reference: ReferenceFigures = {
    measuredOn: '2026-11-26',
    machine: 'x',
    methodSheets: 39,
    pages: 67,
    methodPage: {
      path: '/methodes/personas/',
      requests: 4,
      rawBytes: 33_000,
      gzipBytes: 10_900,
      jsGzipBytes: 400,
      siteWideJsGzipBytes: 400,
    },
    firstSearch: { query: 'atelier', requests: 19, gzipBytes: 139_000 },
    slowDevice: { sheetFirstPaintMs: 1890, searchResultsMs: 4550 },
  };

  it('passes when the sheet weighs, with N sheets more, what it weighs on the real site alone (to 1 %)', () => {
    expect(verdict2(report({ pageBytes: 33_200 }), reference)).toBe(true);
  });

  it('fails when something in the page grows with the site (a list of every sheet, say)', () => {
    expect(verdict2(report({ pageBytes: 60_000 }), reference)).toBe(false);
  });

  it('is not judged on the real site alone, nor without a reference', () => {
    expect(checkTargets(report({ n: 0 }), reference).some((t) => t.id === 'pageGrowth')).toBe(
      false,
    );
    expect(checkTargets(report(), null).some((t) => t.id === 'pageGrowth')).toBe(false);
  });

  const verdict2 = (r: Omit<BenchReport, 'targets'>, ref: ReferenceFigures) =>
    checkTargets(r, ref).find((t) => t.id === 'pageGrowth')?.met;
});

describe('the benchmark report', () => {
  const text = formatReport({
    ...report({ wallMs: 17_000 }),
    targets: checkTargets(report({ wallMs: 17_000 })),
  });

  it('splits the build as the build itself timed it, and says what it did not measure', () => {
    expect(text).toContain('synchronisation du contenu (Markdown)  4,0 s');
    expect(text).toContain('vérification du contenu                1,0 s');
    expect(text).toContain('index Pagefind                         3,0 s (1 267 pages indexées)');
    expect(text).toContain('vérification des liens                 0,4 s');
    const partial = { ...report(), build: { ...report().build, phases: { renderMs: 3000 } } };
    expect(formatReport({ ...partial, targets: [] })).toContain(
      'compilation (Vite)                     non mesuré',
    );
  });

  it('gives the rebuild with the cache kept, and each target with its mark', () => {
    expect(text).toContain(
      'Reconstruction, une fiche modifiée, cache d’Astro conservé : 9,0 s (synchronisation 0,7 s',
    );
    expect(text).toMatch(
      /✗ construction complète de 1 000 fiches générées en 11,0 s au plus — mesuré : 17,0 s/,
    );
    expect(text).toMatch(
      /✓ une première recherche télécharge 100 Ko compressés au plus — mesuré : 90,0 Ko/,
    );
  });

  it('gives the sheet and the first search on a simulated slow device, or says why not', () => {
    expect(text).toContain('Appareil lent simulé, cache vide : 4G lente');
    expect(text).toContain(
      'fiche méthode /methodes/personas/ : premier affichage en 1,9 s, chargée en 1,9 s',
    );
    expect(text).toContain(
      'première recherche « atelier » (/recherche/?q=…) : 10 résultats affichés en 4,6 s',
    );
    const without = { ...report(), slowDevice: null };
    expect(formatReport({ ...without, targets: checkTargets(without) })).toContain(
      'Appareil lent simulé : non mesuré (Chromium indisponible ou en échec)',
    );
  });

  it('tells what a search downloads before its first excerpt, which no choice of results lowers', () => {
    const file = (path: string, gzipBytes: number) => ({
      path,
      kind: 'data' as const,
      rawBytes: gzipBytes,
      gzipBytes,
    });
    const files = [
      file('/pagefind/pagefind.js', 13_400),
      file('/pagefind/wasm.fr.pagefind', 59_800),
      file('/pagefind/pagefind.fr_1.pf_meta', 13_000),
      file('/pagefind/index/fr_2.pf_index', 23_000),
      file('/pagefind/fragment/fr_3.pf_fragment', 2_000),
      file('/pagefind/fragment/fr_4.pf_fragment', 1_800),
    ];
    const searched = {
      ...report(),
      firstSearch: [{ query: 'atelier', results: 2, files, rawBytes: 113_000, gzipBytes: 113_000 }],
    };
    const withFiles = formatReport({ ...searched, targets: checkTargets(searched) });
    expect(withFiles).toContain(
      '« atelier » (2 résultats) : 6 fichiers, 113,0 Ko transférés, dont 109,2 Ko avant le premier extrait',
    );
    expect(withFiles).toMatch(
      /✗ une première recherche télécharge 100 Ko compressés au plus — mesuré : 113,0 Ko, dont 109,2 Ko avant le premier extrait/,
    );
  });
});
