import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { readTimings, type BuildTimings } from '../../src/build/timings.ts';

export type BenchFolders = Record<'content' | 'out' | 'cache', string>;

export const astroBin = join(
  createRequire(import.meta.url).resolve('astro/package.json'),
  '../bin/astro.mjs',
);
/** The two steps of `npm run build`: Astro, then the search index and the link check. */
const buildSteps = [[astroBin, 'build'], [join(import.meta.dirname, '../finish-build.ts')]];

/** Resident memory of a process and its descendants, from /proc (Linux), or null elsewhere. */
function treeRssBytes(root: number): number | null {
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return null;
  }
  const parent = new Map<number, number>();
  const rss = new Map<number, number>();
  for (const pid of pids) {
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      parent.set(Number(pid), Number(/^PPid:\s+(\d+)/m.exec(status)?.[1] ?? 0));
      rss.set(Number(pid), Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? 0) * 1024);
    } catch {
      // the process ended between the listing and the read
    }
  }
  const inTree = (pid: number): boolean =>
    pid === root || (pid > 1 && inTree(parent.get(pid) ?? 0));
  return [...rss].reduce((sum, [pid, bytes]) => sum + (inTree(pid) ? bytes : 0), 0);
}

/**
 * Runs the steps of `npm run build` (or only its second, `indexOnly`) with the project's own
 * configuration on other content, output and cache folders: its duration, the timings it wrote
 * (src/build/timings.ts), the peak memory of its processes together (sampled every 100 ms, null
 * without /proc) and the last lines of its output.
 */
export async function runBuild(
  folders: BenchFolders,
  { echo = (_line: string) => {}, indexOnly = false, env = {} as Record<string, string> } = {},
): Promise<{
  ok: boolean;
  wallMs: number;
  /** The first step's duration, `astro build` alone (null with `indexOnly`). */
  astroWallMs: number | null;
  timings: BuildTimings;
  peakRssBytes: number | null;
  tail: string[];
}> {
  const started = performance.now();
  const timings = join(folders.cache, 'build-timings.json');
  const tail: string[] = [];
  let peak: number | null = null;
  let ok = true;
  let astroWallMs: number | null = null;
  for (const args of indexOnly ? buildSteps.slice(1) : buildSteps) {
    const child = spawn(process.execPath, args, {
      env: {
        ...process.env,
        TILAB_CONTENT_DIR: folders.content,
        TILAB_OUT_DIR: folders.out,
        TILAB_CACHE_DIR: folders.cache,
        TILAB_TIMINGS_FILE: timings,
        ASTRO_TELEMETRY_DISABLED: '1',
        FORCE_COLOR: '0',
        NO_COLOR: '1',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const sample = () => {
      const bytes = treeRssBytes(child.pid!);
      if (bytes !== null) peak = Math.max(peak ?? 0, bytes);
    };
    const sampler = setInterval(sample, 100);
    for (const stream of [child.stdout, child.stderr])
      stream.setEncoding('utf8').on('data', (chunk: string) => {
        for (const line of chunk.split('\n').filter(Boolean)) {
          echo(line);
          tail.push(line);
          tail.splice(0, tail.length - 40);
        }
      });
    ok = (await new Promise((done) => child.on('close', done))) === 0;
    clearInterval(sampler);
    if (args[0] === astroBin) astroWallMs = performance.now() - started;
    if (!ok) break;
  }
  return {
    ok,
    wallMs: performance.now() - started,
    astroWallMs,
    timings: readTimings(timings),
    peakRssBytes: peak,
    tail,
  };
}
