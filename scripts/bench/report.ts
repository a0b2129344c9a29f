import { kilobytes, megabytes, seconds, whole } from './format.ts';
import { describeMachine, type Machine } from './machine.ts';
import type { Resource } from './page-weight.ts';
import type { BuildTimings } from '../../src/build/timings.ts';
import type { ReferenceFigures } from './reference.ts';
import type { SearchDownload } from './search-weight.ts';
import type { SlowDevice } from './slow-device.ts';

/** bench/.tmp/report.json: field names are stable, sizes in bytes, durations in milliseconds. */
export interface BenchReport {
  format: 'tilab-bench/2';
  measuredAt: string;
  machine: Machine;
  content: {
    syntheticMethods: number;
    syntheticProjects: number;
    methodSheets: number;
    caseStudies: number;
    generationMs: number;
  };
  build: {
    wallMs: number;
    pages: number | null;
    pagesPerSecond: number | null;
    peakTreeRssBytes: number | null;
    largestProcessRssBytes: number | null;
    phases: BuildTimings;
  };
  /** The same build again, one sheet changed and Astro's cache kept (null: it failed). */
  rebuild: { wallMs: number; phases: BuildTimings } | null;
  output: { distBytes: number; distFiles: number; pagefindBytes: number; pagefindFiles: number };
  methodPage: {
    path: string;
    requests: number;
    rawBytes: number;
    gzipBytes: number;
    resources: Resource[];
    /** JavaScript every page loads (what the bare 404 page loads): the header's search shortcut. */
    siteWideJs: { rawBytes: number; gzipBytes: number };
    /** JavaScript this page loads beyond that. */
    ownJs: { rawBytes: number; gzipBytes: number };
    /** Every real method sheet (the generated ones left aside): median and heaviest, compressed. */
    realSheets: { count: number; medianGzipBytes: number; maxGzipBytes: number; maxPath: string };
  };
  searchPage: { path: string; requests: number; rawBytes: number; gzipBytes: number };
  firstSearch: SearchDownload[] | null;
  firstSearchError: string | null;
  /** A sheet and a first search on a simulated old phone and slow network; null when Chromium could not run. */
  slowDevice: SlowDevice | null;
  targets: Target[];
}

export interface Target {
  id: string;
  label: string;
  /** null: not measured, or no target for this N. */
  met: boolean | null;
  measured: string;
}

const memoryLimitBytes = 2_000_000_000;

/** The issue's targets, checked against a report; `reference` (the real site alone) tells whether a sheet grew with the site. */
export function checkTargets(
  report: Omit<BenchReport, 'targets'>,
  reference: ReferenceFigures | null = null,
): Target[] {
  const n = report.content.syntheticMethods;
  const timeLimitMs = n <= 1000 ? 11_000 : n <= 5000 ? 60_000 : null;
  const heaviest = heaviestSearch(report.firstSearch);
  const search = heaviest?.gzipBytes ?? null;
  const memory = report.build.peakTreeRssBytes;
  return [
    {
      id: 'buildTime',
      label: !timeLimitMs
        ? 'construction complète (pas de cible au-delà de 5 000 fiches)'
        : `construction complète ${n === 0 ? 'du site réel' : `de ${whole(n)} fiches générées`} en ${seconds(timeLimitMs)} au plus`,
      met: timeLimitMs ? report.build.wallMs <= timeLimitMs : null,
      measured: seconds(report.build.wallMs),
    },
    {
      id: 'buildMemory',
      label: 'mémoire de la construction : 2 Go au plus',
      met: memory === null ? null : memory <= memoryLimitBytes,
      measured: memory === null ? 'non mesurée' : megabytes(memory),
    },
    {
      id: 'methodPageWeight',
      label: 'une fiche méthode pèse 15 Ko compressés au plus, tout compris',
      met: report.methodPage.realSheets.maxGzipBytes <= 15_000,
      measured: `${kilobytes(report.methodPage.gzipBytes)} (${report.methodPage.path}) ; la plus lourde : ${kilobytes(report.methodPage.realSheets.maxGzipBytes)}`,
    },
    {
      id: 'methodPageJs',
      label:
        'une fiche méthode ne charge aucun JavaScript (hors raccourci de recherche commun à toutes les pages)',
      met: report.methodPage.ownJs.rawBytes === 0,
      measured: `${kilobytes(report.methodPage.ownJs.gzipBytes)} propres à la fiche, ${kilobytes(report.methodPage.siteWideJs.gzipBytes)} communs`,
    },
    {
      id: 'firstSearch',
      label: 'une première recherche télécharge 100 Ko compressés au plus',
      met: search === null ? null : search <= 100_000,
      measured: heaviest
        ? `${kilobytes(heaviest.gzipBytes)}, dont ${kilobytes(beforeExcerpts(heaviest.files))} avant le premier extrait (moteur, métadonnées et index de Pagefind)`
        : 'non mesurée',
    },
    ...(reference && n > 0 && reference.methodPage.path === report.methodPage.path
      ? [pageGrowth(report, reference)]
      : []),
  ];
}

/** Nothing in a page grows with the number of pages: the same sheet, with N sheets more, weighs what it weighs on the real site alone. */
function pageGrowth(report: Omit<BenchReport, 'targets'>, reference: ReferenceFigures): Target {
  const now = report.methodPage.rawBytes;
  const alone = reference.methodPage.rawBytes;
  return {
    id: 'pageGrowth',
    label: `une fiche méthode ne grandit pas avec le site (${report.methodPage.path}, à 1 % près du site réel seul, bench/reference.json)`,
    met: Math.abs(now - alone) <= alone / 100,
    measured: `${kilobytes(now)} bruts avec ${whole(report.content.syntheticMethods)} fiches générées, ${kilobytes(alone)} sur le site réel seul`,
  };
}

const heaviestSearch = (searches: SearchDownload[] | null) =>
  [...(searches ?? [])].sort((a, b) => b.gzipBytes - a.gzipBytes)[0];

/**
 * What a search downloads before the first result's excerpt: Pagefind's engine (JS and WebAssembly),
 * its metadata (which grows with the number of pages) and the index chunk of the word. Pagefind 1.6
 * cuts its index into chunks of about 20,000 word positions, so no choice of results brings a search
 * below this.
 */
export const beforeExcerpts = (files: Resource[]) =>
  files.filter((f) => !f.path.endsWith('.pf_fragment')).reduce((sum, f) => sum + f.gzipBytes, 0);

const optional = (ms: number | undefined) => (ms === undefined ? 'non mesuré' : seconds(ms));
const mark = (met: boolean | null) => (met === null ? '–' : met ? '✓' : '✗');

/** The report as a reader sees it. */
export function formatReport(report: BenchReport): string {
  const { build, content, output, methodPage, searchPage } = report;
  const phases = build.phases;
  const searches = report.firstSearch?.map(
    (s) =>
      `  « ${s.query} » (${s.results} résultats) : ${s.files.length} fichiers, ${kilobytes(s.gzipBytes)} transférés, dont ${kilobytes(beforeExcerpts(s.files))} avant le premier extrait`,
  ) ?? [`  non mesurée : ${report.firstSearchError}`];
  return [
    `Banc d’essai du site — ${report.measuredAt.slice(0, 16).replace('T', ' ')} UTC`,
    `Machine : ${describeMachine(report.machine)}`,
    '',
    content.syntheticMethods === 0
      ? `Contenu : le contenu réel seul (${whole(content.methodSheets)} fiches, ${whole(content.caseStudies)} études de cas)`
      : `Contenu : ${whole(content.syntheticMethods)} fiches et ${whole(content.syntheticProjects)} études de cas générées, ajoutées au contenu réel (${whole(content.methodSheets)} fiches, ${whole(content.caseStudies)} études de cas en tout) — générées en ${seconds(content.generationMs)}`,
    '',
    'Construction complète (npm run build : Astro, vérifications, Pagefind ; cache vide)',
    `  durée totale              ${seconds(build.wallMs)}`,
    `  pages                     ${build.pages === null ? 'non repéré' : whole(build.pages)}${build.pagesPerSecond === null ? '' : ` (${whole(build.pagesPerSecond)} pages par seconde)`}`,
    `  mémoire (pic, processus et enfants) ${build.peakTreeRssBytes === null ? 'non mesurée' : megabytes(build.peakTreeRssBytes)}${build.largestProcessRssBytes === null ? '' : ` ; plus gros processus : ${megabytes(build.largestProcessRssBytes)}`}`,
    '  répartition (écrite par la construction, src/build/timings.ts) :',
    `    démarrage d’Astro                      ${optional(phases.startupMs)}`,
    `    vérification du contenu                ${optional(phases.contentCheckMs)}`,
    `    synchronisation du contenu (Markdown)  ${optional(phases.contentSyncMs)}`,
    `    compilation (Vite)                     ${optional(phases.bundleMs)}`,
    `    rendu des pages                        ${optional(phases.renderMs)}`,
    `    fin d’Astro (plan du site)             ${optional(phases.astroEndMs)}`,
    `    index Pagefind                         ${optional(phases.pagefindMs)}${phases.indexedPages === undefined ? '' : ` (${whole(phases.indexedPages)} pages indexées)`}`,
    `    vérification des liens                 ${optional(phases.linkCheckMs)}`,
    '',
    report.rebuild
      ? `Reconstruction, une fiche modifiée, cache d’Astro conservé : ${seconds(report.rebuild.wallMs)} (synchronisation ${optional(report.rebuild.phases.contentSyncMs)}, rendu ${optional(report.rebuild.phases.renderMs)}, Pagefind ${optional(report.rebuild.phases.pagefindMs)})`
      : 'Reconstruction, une fiche modifiée : en échec',
    '',
    `Sortie : dist/ ${megabytes(output.distBytes)} (${whole(output.distFiles)} fichiers), dont index Pagefind ${megabytes(output.pagefindBytes)} (${whole(output.pagefindFiles)} fichiers)`,
    '',
    `Fiche méthode ${methodPage.path} au chargement : ${methodPage.requests} fichiers, ${kilobytes(methodPage.rawBytes)} bruts, ${kilobytes(methodPage.gzipBytes)} compressés (gzip)`,
    `  JavaScript commun à toutes les pages (raccourci de recherche, bouton Imprimer) : ${kilobytes(methodPage.siteWideJs.rawBytes)} bruts, ${kilobytes(methodPage.siteWideJs.gzipBytes)} compressés`,
    `  JavaScript propre à la fiche : ${kilobytes(methodPage.ownJs.rawBytes)} bruts, ${kilobytes(methodPage.ownJs.gzipBytes)} compressés`,
    `  les ${methodPage.realSheets.count} fiches réelles : médiane ${kilobytes(methodPage.realSheets.medianGzipBytes)}, la plus lourde ${kilobytes(methodPage.realSheets.maxGzipBytes)} (${methodPage.realSheets.maxPath})`,
    '',
    `Page de recherche ${searchPage.path} : ${searchPage.requests} fichiers, ${kilobytes(searchPage.gzipBytes)} compressés, avant Pagefind`,
    'Première recherche (fichiers de /pagefind/ téléchargés, Chromium) :',
    ...searches,
    '',
    ...slowDeviceLines(report.slowDevice),
    '',
    'Objectifs :',
    ...report.targets.map((t) => `  ${mark(t.met)} ${t.label} — mesuré : ${t.measured}`),
  ].join('\n');
}

function slowDeviceLines(slow: SlowDevice | null): string[] {
  if (!slow) return ['Appareil lent simulé : non mesuré (Chromium indisponible ou en échec)'];
  return [
    `Appareil lent simulé, cache vide : ${slow.profile}`,
    `  fiche méthode ${slow.sheet.path} : premier affichage en ${seconds(slow.sheet.firstPaintMs)}, chargée en ${seconds(slow.sheet.loadedMs)}`,
    `  première recherche « ${slow.search.query} » (/recherche/?q=…) : ${slow.search.results} résultats affichés en ${seconds(slow.search.resultsMs)}`,
  ];
}

/** The figures the éco-conception page states, from a report (the heaviest measured search). */
export function referenceFigures(report: BenchReport, machine: string): ReferenceFigures {
  const search = heaviestSearch(report.firstSearch);
  const slow = report.slowDevice;
  if (!search || !slow || report.build.pages === null)
    throw new Error('mesure incomplète : pas de chiffres de référence');
  const js = report.methodPage.resources
    .filter((r) => r.kind === 'js')
    .reduce((sum, r) => sum + r.gzipBytes, 0);
  return {
    measuredOn: report.measuredAt.slice(0, 10),
    machine,
    methodSheets: report.content.methodSheets,
    pages: report.build.pages,
    methodPage: {
      path: report.methodPage.path,
      requests: report.methodPage.requests,
      rawBytes: report.methodPage.rawBytes,
      gzipBytes: report.methodPage.gzipBytes,
      jsGzipBytes: js,
      siteWideJsGzipBytes: report.methodPage.siteWideJs.gzipBytes,
    },
    firstSearch: {
      query: search.query,
      requests: search.files.length,
      gzipBytes: search.gzipBytes,
    },
    slowDevice: {
      sheetFirstPaintMs: slow.sheet.firstPaintMs,
      searchResultsMs: slow.search.resultsMs,
    },
  };
}
