import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeBenchContent } from './generate.ts';
import { runBuild } from './run-build.ts';

const sizes = (process.argv[2] ?? '0,1000').split(',').map(Number);
for (const n of sizes) {
  const work = mkdtempSync(join(tmpdir(), 'tilab-pool-'));
  writeBenchContent('content', join(work, 'content'), n);
  const results: Record<string, number[]> = { on: [], off: [] };
  for (let round = 0; round < 3; round++) {
    for (const mode of round % 2 === 0 ? ['on', 'off'] : ['off', 'on']) {
      process.env.TILAB_MARKDOWN_POOL = mode;
      const cache = join(work, `cache-${mode}-${round}`);
      const run = await runBuild(
        { content: join(work, 'content'), out: join(work, `dist-${mode}`), cache },
        () => {},
      );
      if (run.status !== 0) {
        console.log(
          'FAILED',
          mode,
          run.lines
            .slice(-20)
            .map((l) => l.text)
            .join('\n'),
        );
        process.exit(1);
      }
      results[mode]!.push(Math.round(run.wallMs));
      console.log(`n=${n} round=${round} pool=${mode} ${Math.round(run.wallMs)} ms`);
      rmSync(cache, { recursive: true, force: true });
    }
  }
  const med = (v: number[]) => [...v].sort((a, b) => a - b)[1]!;
  console.log(
    `n=${n} median pool on ${med(results.on!)} ms, off ${med(results.off!)} ms, saving ${(100 * (1 - med(results.on!) / med(results.off!))).toFixed(1)} %`,
  );
  rmSync(work, { recursive: true, force: true });
}
