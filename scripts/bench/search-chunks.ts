// `npm run bench:search-chunks [-- --n 0,1000] [-- --sizes 20000,10000,5000,2500] [-- --no-slow]`:
// what a first search downloads for one-, two- and three-word queries, at several sizes of
// Pagefind's index chunks (PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE, in word positions), on the real
// site and with N generated sheets. Each site is built once; only its search index is built again
// for each size. A report, never a test. Writes bench/.tmp/search-chunks.json.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { searchIndexChunkSize } from '../../src/build/search-index/build-search-index.ts';
import { contentRoot } from '../../src/lib/content-root.ts';
import { kilobytes, seconds, whole } from './format.ts';
import { readRealContent, writeBenchContent } from './generate.ts';
import { describeMachine, thisMachine } from './machine.ts';
import { beforeExcerpts } from './report.ts';
import { runBuild } from './run-build.ts';
import { firstSearchDownloads } from './search-weight.ts';
import { slowDeviceTimings } from './slow-device.ts';

/**
 * One-word queries, a rare word (« persona »: real sheets only) and one of the commonest (in every
 * generated sheet), then two and three words.
 */
export const chunkQueries = ['persona', 'atelier', 'persona atelier', 'persona atelier usager'];
/** Simulated slow phone runs per measure, whose median is reported: single runs vary by a second. */
const slowRuns = 3;

export interface ChunkMeasure {
  sheets: number;
  chunkSize: number;
  index: { chunks: number; largestChunkBytes: number; metaBytes: number; indexMs: number };
  searches: { query: string; requests: number; gzipBytes: number; beforeExcerptsBytes: number }[];
  /** First results of « atelier » on the simulated slow phone (median); null when not measured. */
  slowResultsMs: number | null;
}

const listOf = (text: string) => text.split(',').map((value) => Number(value.trim()));

function indexShape(dist: string) {
  const folder = join(dist, 'pagefind');
  const chunks = readdirSync(join(folder, 'index')).map((f) => statSync(join(folder, 'index', f)));
  const meta = readdirSync(folder).find((f) => f.endsWith('.pf_meta'));
  return {
    chunks: chunks.length,
    largestChunkBytes: Math.max(...chunks.map((c) => c.size)),
    metaBytes: meta ? statSync(join(folder, meta)).size : 0,
  };
}

/** The second step of the build (search index, link check) again, with another chunk size. */
function reindex(folders: { content: string; out: string; cache: string }, chunkSize: number) {
  rmSync(join(folders.out, 'pagefind'), { recursive: true, force: true });
  const started = performance.now();
  const child = spawn(process.execPath, [resolve('scripts/finish-build.ts')], {
    env: {
      ...process.env,
      TILAB_CONTENT_DIR: folders.content,
      TILAB_OUT_DIR: folders.out,
      PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: String(chunkSize),
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return new Promise<number>((done, fail) =>
    child.on('close', (status) =>
      status === 0
        ? done(performance.now() - started)
        : fail(new Error(`index de recherche en échec (${status})`)),
    ),
  );
}

async function slowSearchMs(dist: string): Promise<number> {
  const runs: number[] = [];
  for (let run = 0; run < slowRuns; run++)
    runs.push((await slowDeviceTimings(dist, '/methodes/personas/', 'atelier')).search.resultsMs);
  return runs.sort((a, b) => a - b)[Math.floor(runs.length / 2)]!;
}

export async function measureChunkSizes(
  sheets: number,
  sizes: number[],
  { slow }: { slow: boolean },
): Promise<ChunkMeasure[]> {
  const work = mkdtempSync(join(tmpdir(), 'tilab-chunks-'));
  const folders = {
    content: join(work, 'content'),
    out: join(work, 'dist'),
    cache: join(work, 'cache'),
  };
  try {
    writeBenchContent(contentRoot(), folders.content, sheets, readRealContent(contentRoot()));
    console.log(`${whole(sheets)} fiches générées : construction du site…`);
    const build = await runBuild(folders, () => {});
    if (build.status !== 0) throw new Error(`construction en échec (${build.status})`);
    const measures: ChunkMeasure[] = [];
    for (const chunkSize of sizes) {
      const indexMs = await reindex(folders, chunkSize);
      const downloads = await firstSearchDownloads(folders.out, chunkQueries);
      const slowResultsMs = slow ? await slowSearchMs(folders.out) : null;
      const measure: ChunkMeasure = {
        sheets,
        chunkSize,
        index: { ...indexShape(folders.out), indexMs: Math.round(indexMs) },
        searches: downloads.map((d) => ({
          query: d.query,
          requests: d.files.length,
          gzipBytes: d.gzipBytes,
          beforeExcerptsBytes: beforeExcerpts(d.files),
        })),
        slowResultsMs,
      };
      console.log(formatChunkRow(measure));
      measures.push(measure);
    }
    return measures;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

export const chunkTableHeader = [
  'Taille des blocs de l’index de Pagefind (positions de mots) et première recherche : requêtes vers /pagefind/, Ko transférés (dont avant le premier extrait)',
  `  ${'fiches'.padEnd(7)} ${'bloc'.padStart(6)} ${'blocs'.padStart(6)} ${'plus gros'.padStart(10)} ${'métadonnées'.padStart(12)}   ${chunkQueries.map((q) => `« ${q} »`.padEnd(28)).join(' ')} ${'téléphone lent'.padStart(15)}`,
];

export function formatChunkRow(m: ChunkMeasure): string {
  const searches = m.searches
    .map((s) =>
      `${s.requests} req., ${kilobytes(s.gzipBytes)} (${kilobytes(s.beforeExcerptsBytes)})`.padEnd(
        28,
      ),
    )
    .join(' ');
  return `  ${whole(m.sheets).padEnd(7)} ${whole(m.chunkSize).padStart(6)} ${whole(m.index.chunks).padStart(6)} ${kilobytes(m.index.largestChunkBytes).padStart(10)} ${kilobytes(m.index.metaBytes).padStart(12)}   ${searches} ${(m.slowResultsMs === null ? '—' : seconds(m.slowResultsMs)).padStart(15)}`;
}

if (import.meta.filename === resolve(process.argv[1] ?? '')) {
  const { values } = parseArgs({
    options: {
      n: { type: 'string', default: '0,1000' },
      sizes: { type: 'string', default: `20000,10000,5000,2500,${searchIndexChunkSize}` },
      'no-slow': { type: 'boolean', default: false },
    },
  });
  const sheetCounts = listOf(values.n);
  const sizes = [...new Set(listOf(values.sizes))];
  if ([...sheetCounts, ...sizes].some((v) => !Number.isInteger(v) || v < 0)) {
    console.error('--n et --sizes attendent des nombres entiers séparés par des virgules.');
    process.exit(1);
  }
  const measures: ChunkMeasure[] = [];
  console.log(chunkTableHeader.join('\n'));
  for (const sheets of sheetCounts)
    measures.push(...(await measureChunkSizes(sheets, sizes, { slow: !values['no-slow'] })));
  const machine = describeMachine(thisMachine());
  console.log(
    `\n${chunkTableHeader.join('\n')}\n${measures.map(formatChunkRow).join('\n')}\nMachine : ${machine}. Réglage du site : ${whole(searchIndexChunkSize)} (src/build/search-index/build-search-index.ts).`,
  );
  mkdirSync('bench/.tmp', { recursive: true });
  writeFileSync(
    'bench/.tmp/search-chunks.json',
    `${JSON.stringify({ measuredAt: new Date().toISOString(), machine, measures }, null, 2)}\n`,
  );
}
