import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { readTimings, type BuildTimings } from '../../src/build/timings.ts';
import { watchMemory, type MemoryPeak } from './memory.ts';

export interface BuildRun {
  status: number | null;
  wallMs: number;
  /** Where the time went, as the build wrote it (src/build/timings.ts). */
  timings: BuildTimings;
  memory: MemoryPeak | null;
  /** The output's last lines, to show when the build fails. */
  tail: string[];
}

const astroBin = join(
  createRequire(import.meta.url).resolve('astro/package.json'),
  '..',
  'bin',
  'astro.mjs',
);

/** The two steps of `npm run build`: Astro, then the search index and the link check. */
const steps = [[astroBin, 'build'], [join(import.meta.dirname, '..', 'finish-build.ts')]];

/**
 * Runs the steps of `npm run build` with the project's own configuration on another content
 * folder, output and cache folder, sampling memory; the build writes its timings to the cache.
 */
export async function runBuild(
  folders: { content: string; out: string; cache: string },
  echo: (line: string) => void,
): Promise<BuildRun> {
  const started = performance.now();
  const tail: string[] = [];
  const timingsFile = join(folders.cache, 'build-timings.json');
  let status: number | null = 0;
  let memory: MemoryPeak | null = null;
  for (const args of steps) {
    if (status !== 0) break;
    const child = spawn(process.execPath, args, {
      env: {
        ...process.env,
        TILAB_CONTENT_DIR: folders.content,
        TILAB_OUT_DIR: folders.out,
        TILAB_CACHE_DIR: folders.cache,
        TILAB_TIMINGS_FILE: timingsFile,
        ASTRO_TELEMETRY_DISABLED: '1',
        FORCE_COLOR: '0',
        NO_COLOR: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const watch = watchMemory(child.pid!);
    for (const stream of [child.stdout!, child.stderr!]) {
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => {
        for (const line of chunk.split('\n').filter(Boolean)) {
          echo(line);
          tail.push(line);
          if (tail.length > 40) tail.shift();
        }
      });
    }
    status = await new Promise<number | null>((done) => child.on('close', done));
    const peak = watch.stop();
    if (peak && (!memory || peak.treeRssBytes > memory.treeRssBytes)) memory = peak;
  }
  return {
    status,
    wallMs: performance.now() - started,
    timings: readTimings(timingsFile),
    memory,
    tail,
  };
}
