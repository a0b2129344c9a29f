import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { watchMemory, type MemoryPeak } from './memory.ts';
import type { TimedLine } from './phases.ts';

export interface BuildRun {
  status: number | null;
  wallMs: number;
  lines: TimedLine[];
  memory: MemoryPeak | null;
}

const astroBin = join(
  createRequire(import.meta.url).resolve('astro/package.json'),
  '..',
  'bin',
  'astro.mjs',
);

/** The two steps of `npm run build`: Astro, then the search index and the link check (scripts/finish-build.ts). */
const steps = [[astroBin, 'build'], [join(import.meta.dirname, '..', 'finish-build.ts')]];

/**
 * Runs the steps of `npm run build` with the project's own configuration on another content
 * folder, output and (cold) cache folder, timing each output line and sampling memory.
 */
export async function runBuild(
  folders: { content: string; out: string; cache: string },
  echo: (line: string) => void,
): Promise<BuildRun> {
  const started = performance.now();
  const lines: TimedLine[] = [];
  let status: number | null = 0;
  let memory: MemoryPeak | null = null;
  for (const args of steps) {
    if (status !== 0) break;
    const step = await runStep(args, folders, started, lines, echo);
    status = step.status;
    if (step.memory && (!memory || step.memory.treeRssBytes > memory.treeRssBytes))
      memory = step.memory;
  }
  return { status, wallMs: performance.now() - started, lines, memory };
}

async function runStep(
  args: string[],
  folders: { content: string; out: string; cache: string },
  started: number,
  lines: TimedLine[],
  echo: (line: string) => void,
) {
  const child = spawn(process.execPath, args, {
    env: {
      ...process.env,
      TILAB_CONTENT_DIR: folders.content,
      TILAB_OUT_DIR: folders.out,
      TILAB_CACHE_DIR: folders.cache,
      ASTRO_TELEMETRY_DISABLED: '1',
      FORCE_COLOR: '0',
      NO_COLOR: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const memory = watchMemory(child.pid!);
  const collect = (stream: NodeJS.ReadableStream) => {
    let rest = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      const ms = performance.now() - started;
      const parts = (rest + chunk).split('\n');
      rest = parts.pop()!;
      for (const text of parts) {
        lines.push({ ms, text });
        echo(text);
      }
    });
    stream.on('end', () => rest && lines.push({ ms: performance.now() - started, text: rest }));
  };
  collect(child.stdout!);
  collect(child.stderr!);
  const status = await new Promise<number | null>((done) => child.on('close', done));
  return { status, memory: memory.stop() };
}
