import type { BuildTimings } from '../../src/build/timings.ts';
import { bareRatioTarget, formatComparison, ratio, type Comparison } from './comparison.ts';
import type { BrowserMeasures, LighthousePerformance, SearchRun } from './browser.ts';
import { kilobytes, longDate, megabytes, seconds, whole } from './format.ts';
import { methodBudgetBytes, type Resource } from './page-weight.ts';

/** bench/.tmp/report.json, and bench/reference.json (the real site alone): bytes and milliseconds. */
export interface BenchReport {
  format: 'tilab-bench/3';
  measuredAt: string;
  /** The machine, in French: « processeur …, 2 cœurs, 25 Go de mémoire, Linux 6.18, Node.js 24… ». */
  machine: string;
  content: {
    generatedMethods: number;
    generatedProjects: number;
    methods: number;
    projects: number;
  };
  build: { wallMs: number; peakRssBytes: number | null; timings: BuildTimings };
  /** Paired rounds against a bare Astro build of the same files, and the load average after them. */
  comparison?: (Comparison & { load: string }) | null | undefined;
  /** The same build again, one sheet changed and Astro's cache kept (null: it failed). */
  rebuild: { wallMs: number; timings: BuildTimings } | null;
  method: {
    path: string;
    resources: Resource[];
    rawBytes: number;
    gzipBytes: number;
    /** JavaScript every page loads (what the bare 404 page loads), and this page's own beyond it. */
    siteWideJsGzipBytes: number;
    ownJsGzipBytes: number;
    /** The heaviest real sheet (the generated ones left aside). */
    heaviest: { path: string; gzipBytes: number };
  };
  /** Null when Chromium could not run. */
  browser: BrowserMeasures | null;
  lighthouse: LighthousePerformance[] | null;
}

export interface Target {
  label: string;
  /** null: not measured, or no target for this N. */
  met: boolean | null;
  measured: string;
}

export const lighthouseTarget = 95;

const heaviestSearch = (report: BenchReport): SearchRun | undefined =>
  [...(report.browser?.searches ?? [])].sort((a, b) => b.gzipBytes - a.gzipBytes)[0];

/**
 * What a search downloads before the first result's excerpt: Pagefind's engine, its metadata
 * (which grows with the site) and the word's index chunks; no choice of results goes below it.
 */
export const beforeExcerpts = (files: Resource[]) =>
  files.filter((f) => !f.path.endsWith('.pf_fragment')).reduce((sum, f) => sum + f.gzipBytes, 0);

/** The issues' targets; `reference` (the real site alone) tells whether a sheet grew with the site. */
export function checkTargets(report: BenchReport, reference?: BenchReport): Target[] {
  const n = report.content.generatedMethods;
  const timeLimitMs = n <= 1000 ? 11_000 : n <= 5000 ? 60_000 : null;
  const memory = report.build.peakRssBytes;
  const search = heaviestSearch(report);
  const { method } = report;
  const targets: Target[] = [
    {
      label: timeLimitMs
        ? `construction complète ${n ? `de ${whole(n)} fiches générées` : 'du site réel'} en ${seconds(timeLimitMs)} au plus`
        : 'construction complète (pas de cible au-delà de 5 000 fiches)',
      met: timeLimitMs ? report.build.wallMs <= timeLimitMs : null,
      measured: seconds(report.build.wallMs),
    },
    {
      label: 'mémoire de la construction : 2 Go au plus',
      met: memory === null ? null : memory <= 2e9,
      measured: memory === null ? 'non mesurée' : megabytes(memory),
    },
    {
      label: 'une fiche méthode pèse 15 Ko compressés au plus, tout compris',
      met: method.heaviest.gzipBytes <= methodBudgetBytes,
      measured: `${kilobytes(method.gzipBytes)} (${method.path}) ; la plus lourde : ${kilobytes(method.heaviest.gzipBytes)} (${method.heaviest.path})`,
    },
    {
      label: 'une fiche ne charge aucun JavaScript à elle (hors script commun à toutes les pages)',
      met: method.ownJsGzipBytes === 0,
      measured: `${kilobytes(method.ownJsGzipBytes)} à elle, ${kilobytes(method.siteWideJsGzipBytes)} communs`,
    },
    {
      label: 'une première recherche télécharge 100 Ko compressés au plus',
      met: search ? search.gzipBytes <= 100_000 : null,
      measured: search
        ? `${kilobytes(search.gzipBytes)} (« ${search.query} »), dont ${kilobytes(beforeExcerpts(search.files))} avant le premier extrait`
        : 'non mesurée',
    },
  ];
  if (report.comparison)
    targets.push({
      label: `astro build du site en ${ratio(bareRatioTarget)} au plus le temps d’Astro seul sur les mêmes fichiers`,
      met: report.comparison.astroRatio <= bareRatioTarget,
      measured: `${ratio(report.comparison.astroRatio)} (médiane de ${report.comparison.rounds.length} manches ; npm run build entier : ${ratio(report.comparison.wholeRatio)})`,
    });
  if (reference && n > 0 && reference.method.path === method.path)
    targets.push({
      label: `une fiche ne grandit pas avec le site (${method.path}, à 1 % près du site réel seul, bench/reference.json)`,
      met: Math.abs(method.rawBytes - reference.method.rawBytes) <= reference.method.rawBytes / 100,
      measured: `${kilobytes(method.rawBytes)} bruts ici, ${kilobytes(reference.method.rawBytes)} sur le site réel seul`,
    });
  return targets;
}

const optional = (ms: number | undefined) => (ms === undefined ? 'non mesuré' : seconds(ms));
const mark = (met: boolean | null) => (met === null ? '–' : met ? '✓' : '✗');

export function formatReport(report: BenchReport, targets: Target[]): string {
  const { build, content, method, browser } = report;
  const t = build.timings;
  const phase = (label: string, ms: number | undefined) =>
    `    ${label.padEnd(38)} ${optional(ms)}`;
  return [
    `Banc d’essai du site — ${report.measuredAt.slice(0, 16).replace('T', ' ')} UTC`,
    `Machine : ${report.machine}`,
    `Contenu : ${whole(content.methods)} fiches et ${whole(content.projects)} études de cas, dont ${whole(content.generatedMethods)} fiches et ${whole(content.generatedProjects)} études de cas générées`,
    '',
    'Construction complète (npm run build : Astro, vérifications, Pagefind ; cache vide)',
    `  durée totale ${seconds(build.wallMs)}, ${t.pages === undefined ? '?' : whole(t.pages)} pages, mémoire (pic, processus et enfants) ${build.peakRssBytes === null ? 'non mesurée' : megabytes(build.peakRssBytes)}`,
    '  répartition (écrite par la construction, src/build/timings.ts) :',
    phase('démarrage d’Astro', t.startupMs),
    phase('vérification du contenu', t.contentCheckMs),
    phase('synchronisation du contenu (Markdown)', t.contentSyncMs),
    phase('compilation (Vite)', t.bundleMs),
    phase('rendu des pages', t.renderMs),
    phase('fin d’Astro (plan du site)', t.astroEndMs),
    phase('index Pagefind', t.pagefindMs),
    phase('vérification des liens', t.linkCheckMs),
    ...(report.comparison
      ? [
          ...formatComparison(report.comparison),
          `  charge de la machine après les manches (1, 5, 15 min) : ${report.comparison.load}`,
        ]
      : []),
    report.rebuild
      ? `Reconstruction, une fiche modifiée, cache d’Astro conservé : ${seconds(report.rebuild.wallMs)} (synchronisation ${optional(report.rebuild.timings.contentSyncMs)}, rendu ${optional(report.rebuild.timings.renderMs)}, Pagefind ${optional(report.rebuild.timings.pagefindMs)})`
      : 'Reconstruction, une fiche modifiée : en échec',
    '',
    `Fiche ${method.path} au chargement : ${method.resources.length} fichiers, ${kilobytes(method.rawBytes)} bruts, ${kilobytes(method.gzipBytes)} compressés (gzip)`,
    ...(browser
      ? [
          `Appareil lent simulé, cache vide : ${browser.profile}`,
          `  fiche : premier affichage en ${seconds(browser.method.firstPaintMs)}, chargée en ${seconds(browser.method.loadedMs)}`,
          '  première recherche (/recherche/?q=…) : fichiers de /pagefind/ téléchargés, premiers résultats',
          ...browser.searches.map(
            (s) =>
              `    « ${s.query} » : ${s.results} résultats, ${s.files.length} fichiers, ${kilobytes(s.gzipBytes)} (dont ${kilobytes(beforeExcerpts(s.files))} avant le premier extrait), affichés en ${seconds(s.resultsMs)} ; ${formatSearchPage(s)}`,
          ),
        ]
      : ['Appareil lent et première recherche : non mesurés (Chromium indisponible ou en échec)']),
    '',
    ...formatLighthouse(report.lighthouse),
    '',
    'Objectifs :',
    ...targets.map(
      (target) => `  ${mark(target.met)} ${target.label} — mesuré : ${target.measured}`,
    ),
  ].join('\n');
}

/** The whole search page with its first results: HTML, stylesheets, scripts and Pagefind's files. */
export const formatSearchPage = (s: SearchRun) =>
  `page entière ${whole(s.page.rawBytes)} octets bruts, ${whole(s.page.gzipBytes)} compressés`;

export function formatLighthouse(results: LighthousePerformance[] | null): string[] {
  const title = `Lighthouse, performance (profil mobile : 4G lente et processeur 4 fois plus lent simulés), objectif ${lighthouseTarget} :`;
  if (!results) return [title, '  non mesurée (Chromium indisponible ou Lighthouse en échec)'];
  const ms = (value: number | undefined) => (value === undefined ? '—' : seconds(value));
  return [
    title,
    ...results.map(
      ({ template, path, score, metrics: m }) =>
        `  ${mark(score >= lighthouseTarget)} ${String(score).padStart(3)}  ${`${template} ${path}`.padEnd(52)} FCP ${ms(m.FCP)}, LCP ${ms(m.LCP)}, TBT ${Math.round(m.TBT ?? 0)} ms, CLS ${(m.CLS ?? 0).toFixed(3).replace('.', ',')}, SI ${ms(m.SI)}`,
    ),
  ];
}

/** One size of Pagefind's index chunks (`--chunk-sizes`): the index's shape and each first search. */
export interface ChunkMeasure {
  methods: number;
  chunkSize: number;
  index: { chunks: number; largestChunkBytes: number; metaBytes: number };
  searches: SearchRun[];
}

export const chunkTableHeader =
  'Blocs de l’index de Pagefind : fiches, taille (positions de mots), nombre, plus gros, métadonnées ; puis par requête : fichiers téléchargés, Ko (dont avant le premier extrait), premiers résultats sur appareil lent';

export function formatChunkRow({ methods, chunkSize, index, searches }: ChunkMeasure): string {
  const columns = [
    whole(methods).padEnd(6),
    whole(chunkSize).padStart(6),
    whole(index.chunks).padStart(5),
    kilobytes(index.largestChunkBytes).padStart(9),
    kilobytes(index.metaBytes).padStart(9),
    ...searches.map((s) =>
      `« ${s.query} » ${s.files.length} req., ${kilobytes(s.gzipBytes)} (${kilobytes(beforeExcerpts(s.files))}), ${seconds(s.resultsMs)}`.padEnd(
        50,
      ),
    ),
  ];
  return `  ${columns.join(' ')}`.trimEnd();
}

/**
 * Each figure as the éco-conception page must write it, by what it measures: the sheet, and the
 * first query (one rare word, as a reader searches), from the reference.
 */
export function statedFigures(report: BenchReport): Record<string, string> {
  const { browser, method } = report;
  const search = browser?.searches[0];
  if (!search || report.build.timings.pages === undefined)
    throw new Error('mesure incomplète : pas de chiffres à déclarer');
  return {
    'date de la mesure': longDate(report.measuredAt.slice(0, 10)),
    machine: report.machine,
    'fiches du site mesuré': whole(report.content.methods),
    'pages du site mesuré': whole(report.build.timings.pages),
    'poids compressé d’une fiche': kilobytes(method.gzipBytes),
    'poids non compressé d’une fiche': kilobytes(method.rawBytes),
    'requêtes d’une fiche': `${method.resources.length} fichiers`,
    'JavaScript d’une fiche': kilobytes(method.siteWideJsGzipBytes + method.ownJsGzipBytes),
    'JavaScript commun à toutes les pages': kilobytes(method.siteWideJsGzipBytes),
    'requête de recherche mesurée': `« ${search.query} »`,
    'fichiers de la première recherche': `${search.files.length} fichiers`,
    'poids de la première recherche': kilobytes(search.gzipBytes),
    'premier affichage d’une fiche sur appareil lent': seconds(browser.method.firstPaintMs),
    'premiers résultats sur appareil lent': seconds(search.resultsMs),
  };
}
