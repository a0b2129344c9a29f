// `npm run bench [-- --n 5000] [-- --keep]`: builds the full site with N generated method sheets
// (1 000 by default) and N/5 case studies added to the real content, and reports time, memory,
// sizes and what a reader downloads. A report, never a test: nothing here fails on a target.
// `npm run bench -- --update-reference` measures the real site alone (N = 0) and writes the
// figures the éco-conception page states to bench/reference.json.
import {
  appendFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { contentRoot } from '../src/lib/content-root.ts';
import { methodsPerProject, readRealContent, writeBenchContent } from './bench/generate.ts';
import { describeMachine, thisMachine } from './bench/machine.ts';
import { pageLoad, total } from './bench/page-weight.ts';
import { checkTargets, formatReport, referenceFigures, type BenchReport } from './bench/report.ts';
import { readReference, referencePath, writeReference } from './bench/reference.ts';
import { runBuild } from './bench/run-build.ts';
import { firstSearchDownloads } from './bench/search-weight.ts';
import { slowDeviceTimings } from './bench/slow-device.ts';
import { formatLighthouse, lighthousePerformance } from './bench/lighthouse-performance.ts';

const { values } = parseArgs({
  options: {
    n: { type: 'string' },
    'update-reference': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const updateReference = values['update-reference'];
const n = Number(values.n ?? (updateReference ? 0 : 1000));
if (!Number.isInteger(n) || n < 0) {
  console.error(`--n attend un nombre entier de fiches générées, 0 ou plus (reçu : ${values.n}).`);
  process.exit(1);
}
if (updateReference && n !== 0) {
  console.error(
    'Les chiffres de référence de la page éco-conception se mesurent sur le site réel seul : « npm run bench -- --update-reference », sans --n.',
  );
  process.exit(1);
}

/** The sheet whose weight the report details, and the queries of the first search. */
const methodPagePath = '/methodes/personas/';
const searchQueries = ['persona', 'atelier'];

function folderSize(folder: string): { bytes: number; files: number } {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .reduce(
      (sum, entry) => ({
        bytes: sum.bytes + statSync(join(entry.parentPath, entry.name)).size,
        files: sum.files + 1,
      }),
      { bytes: 0, files: 0 },
    );
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
};

async function bench(work: string): Promise<boolean> {
  const folders = {
    content: join(work, 'content'),
    out: join(work, 'dist'),
    cache: join(work, 'cache'),
  };
  console.log(
    `Génération de ${n} fiches et ${Math.floor(n / methodsPerProject)} études de cas dans ${work}…`,
  );
  const real = readRealContent(contentRoot());
  const generationStart = performance.now();
  const generated = writeBenchContent(contentRoot(), folders.content, n, real);
  const generationMs = performance.now() - generationStart;

  console.log('Construction du site (cache vide)…');
  const build = await runBuild(folders, (line) => {
    if (!/[├└]─/.test(line)) console.log(`  │ ${line}`);
  });
  if (build.status !== 0) {
    console.error(`La construction a échoué (code ${build.status}) :\n${build.tail.join('\n')}`);
    return false;
  }
  const phases = build.timings;
  const dist = folders.out;

  console.log('Mesure des pages et de la recherche…');
  const method = pageLoad(dist, methodPagePath);
  const siteWidePaths = new Set(
    pageLoad(dist, '/404.html')
      .filter((r) => r.kind === 'js')
      .map((r) => r.path),
  );
  const methodJs = method.filter((r) => r.kind === 'js');
  const realSheets = real.methods.map(({ id }) => ({
    path: `/methodes/${id}/`,
    gzipBytes: total(pageLoad(dist, `/methodes/${id}/`)).gzipBytes,
  }));
  const heaviest = realSheets.reduce((a, b) => (b.gzipBytes > a.gzipBytes ? b : a));
  // The search page's own files; Pagefind's, which it preloads, are counted with the first search.
  const searchPage = pageLoad(dist, '/recherche/').filter((r) => !r.path.startsWith('/pagefind/'));
  let firstSearch: BenchReport['firstSearch'] = null;
  let firstSearchError: string | null = null;
  try {
    firstSearch = await firstSearchDownloads(dist, searchQueries);
  } catch (error) {
    firstSearchError = `Chromium indisponible ou en échec (${String(error).split('\n')[0]})`;
  }
  const slowDevice = await slowDeviceTimings(dist, methodPagePath, searchQueries[1]!).catch(
    () => null,
  );
  console.log('Lighthouse, performance, une page par gabarit…');
  const lighthouse = await lighthousePerformance(dist).catch(() => null);
  const distSize = folderSize(dist);
  const pagefindSize = folderSize(join(dist, 'pagefind'));

  // The everyday build: the same site again with one sheet changed, Astro's cache kept from the first build.
  console.log('Reconstruction après modification d’une fiche (cache conservé)…');
  appendFileSync(
    join(folders.content, 'methodes', `${real.methods[0]!.id}.md`),
    '\nUne phrase ajoutée pour la reconstruction du banc d’essai.\n',
  );
  const rebuildRun = await runBuild(folders, () => {});
  const rebuild =
    rebuildRun.status === 0
      ? {
          wallMs: Math.round(rebuildRun.wallMs),
          phases: rebuildRun.timings,
        }
      : null;

  const partial: Omit<BenchReport, 'targets'> = {
    format: 'tilab-bench/2',
    measuredAt: new Date().toISOString(),
    machine: thisMachine(),
    content: {
      syntheticMethods: generated.methods,
      syntheticProjects: generated.projects,
      methodSheets: generated.methods + real.methods.length,
      caseStudies:
        generated.projects +
        readdirSync(join(contentRoot(), 'projets')).filter((f) => /\.mdx?$/.test(f)).length,
      generationMs: Math.round(generationMs),
    },
    build: {
      wallMs: Math.round(build.wallMs),
      pages: phases.pages ?? null,
      pagesPerSecond:
        phases.pages === undefined ? null : Math.round(phases.pages / (build.wallMs / 1000)),
      peakTreeRssBytes: build.memory?.treeRssBytes ?? null,
      largestProcessRssBytes: build.memory?.largestProcessBytes ?? null,
      phases,
    },
    rebuild,
    output: {
      distBytes: distSize.bytes,
      distFiles: distSize.files,
      pagefindBytes: pagefindSize.bytes,
      pagefindFiles: pagefindSize.files,
    },
    methodPage: {
      path: methodPagePath,
      requests: method.length,
      ...total(method),
      resources: method,
      siteWideJs: total(methodJs.filter((r) => siteWidePaths.has(r.path))),
      ownJs: total(methodJs.filter((r) => !siteWidePaths.has(r.path))),
      realSheets: {
        count: realSheets.length,
        medianGzipBytes: median(realSheets.map((s) => s.gzipBytes)),
        maxGzipBytes: heaviest.gzipBytes,
        maxPath: heaviest.path,
      },
    },
    searchPage: { path: '/recherche/', requests: searchPage.length, ...total(searchPage) },
    firstSearch,
    firstSearchError,
    slowDevice,
  };
  const report: BenchReport = {
    ...partial,
    targets: checkTargets(partial, n > 0 ? readReference() : null),
  };

  const reportDir = resolve('bench/.tmp');
  mkdirSync(reportDir, { recursive: true });
  const json = `${JSON.stringify({ ...report, lighthouse }, null, 2)}\n`;
  writeFileSync(join(reportDir, 'report.json'), json);
  writeFileSync(join(reportDir, `report-${n}.json`), json);
  console.log(
    `\n${formatReport(report)}\n${formatLighthouse(lighthouse).join('\n')}\n\nRapport JSON : bench/.tmp/report.json (et report-${n}.json)`,
  );

  if (updateReference) {
    writeReference(referenceFigures(report, describeMachine(report.machine)));
    console.log(
      `Chiffres de référence mis à jour : ${referencePath}. Reportez-les dans content/pages/eco-conception.md (le test tests/unit/eco-declaration.test.ts dit lesquels).`,
    );
  }
  return true;
}

const work = mkdtempSync(join(tmpdir(), 'tilab-bench-'));
try {
  if (!(await bench(work))) process.exitCode = 1;
} finally {
  if (values.keep) console.log(`Dossier de travail conservé : ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
