// `npm run bench [-- --n 5000] [-- --keep]`: builds the site with N generated method sheets (1,000 by
// default) and N/5 case studies added to the real content, and reports time, memory and what a
// reader downloads. A report, never a test: nothing here fails on a target.
// `-- --update-reference`: the real site alone (N = 0); its report becomes bench/reference.json,
// whose figures the éco-conception page states (tests/unit/eco-declaration.test.ts).
// In the same run, paired rounds (`-- --rounds 3`) of the site's build and of a bare Astro build of
// the same Markdown files (scripts/bench/bare-astro.ts): the site's own cost as a ratio.
// `-- --comparison-only`: those rounds alone, without the pages' and the browser's measures.
// `-- --search-only`: the first searches alone (the whole search page's bytes with Pagefind's), e.g.
// `npm run bench -- --n 0 --search-only` on the real site to compare two branches.
// `-- --chunk-sizes 20000,5000,2500`: the first searches at each size of Pagefind's index chunks
// (PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE, in word positions), the site built once, its index per size.
import { appendFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, release, totalmem, tmpdir, type } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { contentRoot } from '../src/lib/content-root.ts';
import { buildBare, writeBareProject } from './bench/bare-astro.ts';
import { compare, formatComparison, type ComparisonRound } from './bench/comparison.ts';
import { lighthousePerformance, measureInBrowser } from './bench/browser.ts';
import { methodsPerProject, readRealContent, writeBenchContent } from './bench/generate.ts';
import { pageLoad, total } from './bench/page-weight.ts';
import {
  checkTargets,
  chunkTableHeader,
  formatChunkRow,
  formatReport,
  formatSearchPage,
} from './bench/report.ts';
import type { BenchReport, ChunkMeasure } from './bench/report.ts';
import { runBuild, type BenchFolders } from './bench/run-build.ts';
import { whole } from './bench/format.ts';

const { values } = parseArgs({
  options: {
    n: { type: 'string' },
    keep: { type: 'boolean', default: false },
    'update-reference': { type: 'boolean', default: false },
    'chunk-sizes': { type: 'string' },
    rounds: { type: 'string', default: '3' },
    'comparison-only': { type: 'boolean', default: false },
    'search-only': { type: 'boolean', default: false },
  },
});
const updateReference = values['update-reference'];
const n = Number(values.n ?? (updateReference ? 0 : 1000));
const chunkSizes = values['chunk-sizes']?.split(',').map(Number);
const rounds = Number(values.rounds);
if (
  !Number.isInteger(n) ||
  n < 0 ||
  (updateReference && n) ||
  chunkSizes?.some((s) => !(s > 0)) ||
  !(Number.isInteger(rounds) && rounds >= 0)
) {
  console.error(
    'Options : --n <fiches générées, 0 ou plus>, --rounds <manches comparées à Astro seul, 0 ou plus>, --comparison-only, --chunk-sizes <tailles séparées par des virgules>, --update-reference (site réel seul, sans --n).',
  );
  process.exit(1);
}

/** The sheet the report weighs, and the first searches: a rare word, a common one, two, three. */
const methodPath = '/methodes/personas/';
const queries = ['persona', 'atelier', 'persona atelier', 'persona atelier usager'];
const referencePath = 'bench/reference.json';

const cpu = cpus()[0]
  ?.model.replace(/\((R|TM)\)|\s+(CPU|Processor)\b/gi, '')
  .replace(/\s+/g, ' ');
const machine = `processeur ${cpu?.trim()}, ${cpus().length} cœurs, ${Math.round(totalmem() / 1e9)} Go de mémoire, ${type()} ${release().replace(/^(\d+\.\d+).*/, '$1')}, Node.js ${process.versions.node}`;

type SiteBuild = Awaited<ReturnType<typeof runBuild>>;

const load = () =>
  loadavg()
    .map((l) => l.toFixed(2).replace('.', ','))
    .join(' ; ');

/**
 * Paired rounds from empty caches, the order alternating so that neither build always runs second:
 * the site's (`first` is the bench's own first build, already done) and the bare project's.
 */
async function compareWithBareAstro(folders: BenchFolders, first: SiteBuild) {
  const bare = join(folders.out, '..', 'bare');
  writeBareProject(bare);
  const buildBareOnce = async () => {
    rmSync(join(bare, 'dist'), { recursive: true, force: true });
    rmSync(join(bare, 'cache'), { recursive: true, force: true });
    const result = await buildBare(bare, folders.content);
    if (!result.ok) throw new Error(`Astro seul a échoué :\n${result.tail.join('\n')}`);
    return result.wallMs;
  };
  const buildSiteOnce = async () => {
    rmSync(folders.out, { recursive: true, force: true });
    rmSync(folders.cache, { recursive: true, force: true });
    const result = await runBuild(folders);
    if (!result.ok) throw new Error(`la construction a échoué :\n${result.tail.join('\n')}`);
    return result;
  };
  const measured: ComparisonRound[] = [];
  for (let round = 0; round < rounds; round++) {
    console.log(
      `Comparaison avec Astro seul, manche ${round + 1} sur ${rounds} (charge ${load()})…`,
    );
    let bareMs: number;
    let site: SiteBuild;
    if (round % 2) {
      bareMs = await buildBareOnce();
      site = await buildSiteOnce();
    } else {
      site = round === 0 ? first : await buildSiteOnce();
      bareMs = await buildBareOnce();
    }
    measured.push({ siteMs: site.wallMs, siteAstroMs: site.astroWallMs ?? NaN, bareMs });
  }
  return measured.length ? { ...compare(measured), load: load() } : null;
}

async function benchReport(
  folders: BenchFolders,
  build: SiteBuild,
  comparison: BenchReport['comparison'],
) {
  const real = readRealContent(contentRoot());
  const dist = folders.out;
  console.log('Mesure des pages, puis dans Chromium (appareil lent, premières recherches)…');
  const method = pageLoad(dist, methodPath);
  const siteWide = new Set(pageLoad(dist, '/404.html').map((r) => r.path));
  const js = (common: boolean) =>
    total(method.filter((r) => r.kind === 'js' && siteWide.has(r.path) === common)).gzipBytes;
  const heaviest = real.methods
    .map(({ id }) => ({ path: `/methodes/${id}/`, ...total(pageLoad(dist, `/methodes/${id}/`)) }))
    .reduce((a, b) => (b.gzipBytes > a.gzipBytes ? b : a));
  const browser = await measureInBrowser(dist, methodPath, queries).catch(() => null);
  console.log('Lighthouse, performance, une page par gabarit…');
  const lighthouse = await lighthousePerformance(dist).catch(() => null);

  console.log('Reconstruction après modification d’une fiche (cache conservé)…');
  appendFileSync(
    join(folders.content, 'methodes', `${real.methods[0]!.id}.md`),
    '\nUne phrase de plus.\n',
  );
  const rebuild = await runBuild(folders);
  const counts = (folder: string) =>
    readdirSync(join(folders.content, folder)).filter((f) => /\.mdx?$/.test(f)).length;
  const report: BenchReport = {
    format: 'tilab-bench/3',
    measuredAt: new Date().toISOString(),
    machine,
    content: {
      generatedMethods: n,
      generatedProjects: Math.floor(n / methodsPerProject),
      methods: counts('methodes'),
      projects: counts('projets'),
    },
    build: {
      wallMs: Math.round(build.wallMs),
      peakRssBytes: build.peakRssBytes,
      timings: build.timings,
    },
    comparison,
    rebuild: rebuild.ok ? { wallMs: Math.round(rebuild.wallMs), timings: rebuild.timings } : null,
    method: {
      path: methodPath,
      resources: method,
      ...total(method),
      siteWideJsGzipBytes: js(true),
      ownJsGzipBytes: js(false),
      heaviest: { path: heaviest.path, gzipBytes: heaviest.gzipBytes },
    },
    browser,
    lighthouse,
  };
  const reference =
    n > 0 ? (JSON.parse(readFileSync(referencePath, 'utf8')) as BenchReport) : undefined;
  const targets = checkTargets(report, reference);
  console.log(`\n${formatReport(report, targets)}`);
  const json = `${JSON.stringify({ ...report, targets }, null, 2)}\n`;
  writeFileSync(`bench/.tmp/report-${n}.json`, json);
  if (updateReference) writeFileSync(referencePath, json);
  console.log(
    `\nRapport : bench/.tmp/report-${n}.json${updateReference ? ` et ${referencePath} (reportez ses chiffres dans content/pages/eco-conception.md : le test eco-declaration dit lesquels)` : ''}`,
  );
}

async function chunkTable(folders: BenchFolders, sizes: number[]) {
  const rows: ChunkMeasure[] = [];
  console.log(chunkTableHeader);
  for (const chunkSize of sizes) {
    rmSync(join(folders.out, 'pagefind'), { recursive: true, force: true });
    const env = { PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: String(chunkSize) };
    if (!(await runBuild(folders, { indexOnly: true, env })).ok)
      throw new Error(`index en échec (${chunkSize})`);
    const index = join(folders.out, 'pagefind');
    const chunks = readdirSync(join(index, 'index')).map(
      (f) => statSync(join(index, 'index', f)).size,
    );
    const meta = readdirSync(index).find((f) => f.endsWith('.pf_meta'));
    const { searches } = await measureInBrowser(folders.out, methodPath, queries);
    const row = {
      methods: n,
      chunkSize,
      index: {
        chunks: chunks.length,
        largestChunkBytes: Math.max(...chunks),
        metaBytes: meta ? statSync(join(index, meta)).size : 0,
      },
      searches,
    };
    console.log(formatChunkRow(row));
    rows.push(row);
  }
  writeFileSync(`bench/.tmp/chunks-${n}.json`, `${JSON.stringify({ machine, rows }, null, 2)}\n`);
  console.log(`Machine : ${machine}. Tableau : bench/.tmp/chunks-${n}.json`);
}

const work = mkdtempSync(join(tmpdir(), 'tilab-bench-'));
const folders = {
  content: join(work, 'content'),
  out: join(work, 'dist'),
  cache: join(work, 'cache'),
};
try {
  mkdirSync('bench/.tmp', { recursive: true });
  console.log(
    `${n} fiches générées et ${Math.floor(n / methodsPerProject)} études de cas ajoutées au contenu réel, dans ${work}`,
  );
  writeBenchContent(contentRoot(), folders.content, n);
  console.log('Construction du site (cache vide)…');
  const build = await runBuild(folders, {
    echo: (line) => !/[├└]─|\(\+\d+ms\)\s*$/.test(line) && console.log(`  │ ${line}`),
  });
  if (!build.ok) throw new Error(`la construction a échoué :\n${build.tail.join('\n')}`);
  if (chunkSizes) await chunkTable(folders, chunkSizes);
  else if (values['search-only']) {
    const { searches } = await measureInBrowser(folders.out, methodPath, queries);
    console.log(`\n${machine}`);
    for (const s of searches)
      console.log(
        `  /recherche/?q=${s.query} : ${s.results} résultats, Pagefind ${whole(s.rawBytes)} octets ; ${formatSearchPage(s)}`,
      );
  } else {
    const comparison = await compareWithBareAstro(folders, build);
    if (values['comparison-only'] && comparison)
      console.log(
        `\n${machine}\n${formatComparison(comparison).join('\n')}\n  charge à la fin : ${comparison.load}`,
      );
    else await benchReport(folders, build, comparison);
  }
} catch (error) {
  console.error(String(error));
  process.exitCode = 1;
} finally {
  if (values.keep) console.log(`Dossier de travail conservé : ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
